package summarize

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/dataset"
)

// invented returns an invented article of n sentences about subject.
func invented(subject string, n int, seed uint64) string {
	r := rand.New(rand.NewPCG(seed, 7))
	verbs := []string{"reported", "confirmed", "announced", "denied", "questioned", "approved"}
	nouns := []string{"council", "ministry", "committee", "union", "agency", "court", "company"}
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "The %s %s on day %d that the %s plan for %s would cost %d million.",
			nouns[r.IntN(len(nouns))], verbs[r.IntN(len(verbs))], i%30, nouns[r.IntN(len(nouns))], subject, r.IntN(900)+10)
		if i%5 == 4 {
			b.WriteString("\n\n")
		} else {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

func TestBadInput(t *testing.T) {
	t.Parallel()
	many := make([]chorus.Article, 500)
	for i := range many {
		many[i] = chorus.Article{ID: fmt.Sprint(i), Text: invented("the harbour", 12, uint64(i))}
	}
	junk := make([]byte, 4096)
	for i := range junk {
		junk[i] = byte(i * 7919 % 256)
	}
	tests := []struct {
		name     string
		articles []chorus.Article
		wantErr  error // nil: a summary is expected
	}{
		{"nil", nil, chorus.ErrNoArticles},
		{"empty text", []chorus.Article{{ID: "a"}}, chorus.ErrNoText},
		{"whitespace", []chorus.Article{{ID: "a", Text: " \n\n\t  \n"}, {ID: "b", Text: "   "}}, chorus.ErrNoText},
		{"punctuation only", []chorus.Article{{ID: "a", Text: "... !!! ??? --- ***"}}, chorus.ErrNoText},
		{"invalid utf-8", []chorus.Article{{ID: "a", Text: "The mayor \xff\xfe opened the new library on Monday after \xc3 years of work. " + invented("the library", 5, 1)}}, nil},
		{"binary junk", []chorus.Article{{ID: "a", Text: string(junk)}}, nil},
		{"single article", []chorus.Article{{ID: "a", Text: invented("the bridge", 20, 2)}}, nil},
		{"500 articles", many, nil},
		{"400,000 words", []chorus.Article{{ID: "a", Text: invented("the dam", 32000, 3)}}, nil},
		{"one long line, no punctuation", []chorus.Article{{ID: "a", Text: strings.Repeat("word ", 200000)}}, chorus.ErrNoText},
		{"400 words, no punctuation", []chorus.Article{{ID: "a", Text: strings.Repeat("the tide came in over the sea wall and the road closed ", 34)}}, chorus.ErrNoText},
		{"run-on beside a sentence", []chorus.Article{{ID: "a", Text: strings.Repeat("the tide came in over the sea wall ", 40)}, {ID: "b", Text: invented("the sea wall", 6, 4)}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Summarize(tt.articles, chorus.Options{})
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("error %v, want %v", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				if errors.Is(err, chorus.ErrNoText) && tt.name == "binary junk" {
					return // junk may hold no sentence at all: a clear error is fine
				}
				t.Fatalf("unexpected error %v", err)
			}
			if s.Words > chorus.DefaultWords || len(s.Sentences) == 0 {
				t.Errorf("summary of %d words, %d sentences", s.Words, len(s.Sentences))
			}
			for _, x := range s.Sentences {
				if !strings.Contains(x.Text, " ") && len(x.Text) > 0 && tt.name != "binary junk" {
					t.Errorf("odd sentence %q", x.Text)
				}
			}
		})
	}
}

func BenchmarkSummarize(b *testing.B) {
	arts := make([]chorus.Article, 10)
	for i := range arts {
		arts[i] = chorus.Article{ID: fmt.Sprint(i), Text: invented("the port strike", 25, uint64(i))}
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Summarize(arts, chorus.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMultiNews summarizes the first 500 Multi-News validation clusters
// (reading excluded) and reports clusters per second. It skips when the
// data is absent.
func BenchmarkMultiNews(b *testing.B) {
	dir, err := dataset.Dir()
	if err != nil {
		b.Skipf("no data: %v", err)
	}
	var clusters [][]chorus.Article
	err = dataset.Read(dir, "multinews-val", 500, func(ex dataset.Example) error {
		clusters = append(clusters, ex.Cluster.Articles)
		return nil
	})
	if err != nil {
		b.Skipf("cannot read multinews-val: %v", err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, arts := range clusters {
			Summarize(arts, chorus.Options{Words: 260, Fill: true})
		}
	}
	b.ReportMetric(float64(b.N*len(clusters))/b.Elapsed().Seconds(), "clusters/s")
}
