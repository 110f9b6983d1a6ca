package dispute

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/chorusnews/chorus/clean"
	"github.com/chorusnews/chorus/input"
	splitter "github.com/chorusnews/chorus/sentence"
	"github.com/chorusnews/chorus/voices"
)

var update = flag.Bool("update", false, "rewrite golden files")

// split splits an article the way the summarizer does.
func split(text string) []string {
	var out []string
	for _, p := range clean.Paragraphs(text) {
		out = append(out, splitter.Split(p)...)
	}
	return out
}

// TestGolden runs Find on the fixtures of testdata (each folder's N.txt
// are the articles) and on examples/quake, against disputes.golden.json.
func TestGolden(t *testing.T) {
	dirs, _ := filepath.Glob("testdata/*/1.txt")
	for i, d := range dirs {
		dirs[i] = filepath.Dir(d)
	}
	dirs = append(dirs, "../examples/quake")
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			arts, _, err := input.ReadPath(dir, input.Options{})
			if err != nil {
				t.Fatal(err)
			}
			docs := make([]voices.Doc, len(arts))
			for i, a := range arts {
				docs[i] = voices.Doc{Source: i + 1, Sentences: split(a.Text)}
			}
			got, err := json.MarshalIndent(Find(docs), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := filepath.Join("testdata", filepath.Base(dir)+".golden.json")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("disputes differ from %s (run go test -update if intended):\n%s", path, got)
			}
		})
	}
}

// TestFigures checks the counts read from single sentences.
func TestFigures(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want []figure
	}{
		{"after", "At least 23 people were killed on Tuesday.", []figure{{"dead", "people", 23, '>'}}},
		{"before", "The blast killed at least 23 and injured 140.", []figure{{"dead", "people", 23, '>'}, {"injured", "people", 140, 0}}},
		{"toll", "The death toll rose to 31 on Wednesday.", []figure{{"dead", "people", 31, 0}}},
		{"noun", "Three soldiers were killed.", []figure{{"dead", "soldiers", 3, 0}}},
		{"unit", "The quake killed people 15 kilometers away.", nil},
		{"year", "He was killed in 1998.", nil},
		{"thousands", "About 1,200 people were injured.", []figure{{"injured", "people", 1200, '~'}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := figuresOf(words(tt.s)); !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// TestCompatible checks which figures tell the same count.
func TestCompatible(t *testing.T) {
	tests := []struct {
		a, b figure
		want bool
	}{
		{figure{value: 23, bound: '>'}, figure{value: 31}, false},
		{figure{value: 300, bound: '>'}, figure{value: 327}, true},
		{figure{value: 50, bound: '~'}, figure{value: 49}, true},
		{figure{value: 12}, figure{value: 19}, false},
		{figure{value: 12}, figure{value: 12, bound: '>'}, true},
	}
	for _, tt := range tests {
		if got := compatible(tt.a, tt.b); got != tt.want {
			t.Errorf("compatible(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestDenyAt checks which sentences deny a claim.
func TestDenyAt(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"The survey disputed that account.", true},
		{"The company denied that the ferry was overloaded.", true},
		{"He was denied bail.", false},
		{"The minister spoke on Monday.", false},
	}
	for _, tt := range tests {
		if got := denyAt(words(tt.s)) >= 0; got != tt.want {
			t.Errorf("denyAt(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// FuzzFind checks that Find never panics and that every dispute has two
// claims or more, each cited.
func FuzzFind(f *testing.F) {
	f.Add("At least 12 people were killed.", "The toll rose to 19.", "The company denied that account.")
	f.Add("", "denied", "killed 5")
	f.Fuzz(func(t *testing.T, a, b, c string) {
		for _, d := range Find([]voices.Doc{{Source: 1, Sentences: []string{a, c}}, {Source: 2, Sentences: []string{b}}}) {
			if len(d.Claims) < 2 {
				t.Errorf("dispute with %d claims: %+v", len(d.Claims), d)
			}
			for _, c := range d.Claims {
				if len(c.Sources) == 0 {
					t.Errorf("claim without sources: %+v", c)
				}
			}
		}
	})
}
