package render

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
)

var update = flag.Bool("update", false, "rewrite golden files")

var sample = chorus.Summary{
	Sentences: []chorus.Sentence{
		{Text: "A storm closed the northern ferry route on Friday.", Sources: []int{1, 2}, Support: 2},
		{Text: "Crews expect to reopen it by Sunday [weather permitting].", Sources: []int{2}, Support: 1},
	},
	Sources: []chorus.Source{
		{ID: 1, Article: "a", Title: "Ferries halted", Source: "Coast Daily"},
		{ID: 2, Article: "b", Title: "Storm shuts route", URL: "https://news.example/storm"},
	},
	Words: 18,
}

// withVoices is sample with two speakers, one quoted by both sources,
// and a dispute.
var withVoices = func() chorus.Summary {
	s := sample
	s.Voices = []chorus.Voice{
		{Name: "Ilse Varga", Role: "the harbour master of Nordby", Statements: []chorus.Statement{
			{Text: "We will not sail until the swell drops below three metres.", Sources: []int{1, 2}, Quote: true},
			{Text: "Varga said the crews had checked every berth on Saturday.", Sources: []int{2}},
		}},
		{Name: "Tom Reyes", Statements: []chorus.Statement{
			{Text: "It was the worst crossing in [ten] years.", Sources: []int{1}, Quote: true},
		}},
	}
	s.Sources = []chorus.Source{sample.Sources[0], sample.Sources[1]}
	s.Sources[1].Published = time.Date(2031, 4, 8, 9, 30, 0, 0, time.UTC)
	s.Disputes = []chorus.Dispute{{Topic: "Number of dead", Claims: []chorus.Claim{
		{Text: "Two people died, police said.", Sources: []int{1}},
		{Text: "Three people died.", Sources: []int{2}, Speaker: "Ilse Varga"},
	}}}
	return s
}()

func TestWrite(t *testing.T) {
	tests := []struct {
		name string
		sum  chorus.Summary
		opts Options
	}{
		{"text", sample, Options{}},
		{"text-cluster", sample, Options{Format: Text, Cluster: "storm"}},
		{"markdown", sample, Options{Format: Markdown}},
		{"json", sample, Options{Format: JSON}},
		{"json-cluster", sample, Options{Format: JSON, Cluster: "storm"}},
		{"text-voices", withVoices, Options{Format: Text}},
		{"markdown-voices", withVoices, Options{Format: Markdown}},
		{"json-voices", withVoices, Options{Format: JSON}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := Write(&b, tt.sum, tt.opts); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", tt.name+".golden")
			if *update {
				if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if !bytes.Equal(b.Bytes(), want) {
				t.Errorf("output differs from %s:\n%s", path, b.Bytes())
			}
		})
	}
}

func TestFormat(t *testing.T) {
	for _, f := range Formats() {
		if got, err := ParseFormat(string(f)); err != nil || got != f {
			t.Errorf("ParseFormat(%q) = %q, %v", f, got, err)
		}
	}
	if _, err := ParseFormat("pdf"); !errors.Is(err, ErrFormat) {
		t.Errorf("ParseFormat(pdf): %v, want ErrFormat", err)
	}
	if err := Write(&bytes.Buffer{}, sample, Options{Format: "pdf"}); !errors.Is(err, ErrFormat) {
		t.Errorf("Write with bad format: %v", err)
	}
}

func TestDescribeNamesPublisherOnceInOneStyle(t *testing.T) {
	tests := []struct {
		name string
		src  chorus.Source
		want string
	}{
		{"title and publisher", chorus.Source{Title: "Dam repaired", Source: "Vell Post"}, "Dam repaired — Vell Post"},
		{"site name in title", chorus.Source{Title: "Dam repaired | Vell Post", Source: "Vell Post"}, "Dam repaired — Vell Post"},
		{"site name first, any case", chorus.Source{Title: "VELL POST - Dam repaired", Source: "Vell Post"}, "Dam repaired — Vell Post"},
		{"title is the site name", chorus.Source{Title: "Vell Post", Source: "Vell Post"}, "Vell Post"},
		{"other site in title", chorus.Source{Title: "Dam repaired | Orla Herald", Source: "Vell Post"}, "Dam repaired | Orla Herald — Vell Post"},
		{"publisher only", chorus.Source{Source: "Vell Post", Article: "a"}, "Vell Post"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := describe(tt.src, false); got != tt.want {
				t.Errorf("describe = %q, want %q", got, tt.want)
			}
		})
	}
}
