package dispute

import (
	"fmt"
	"testing"

	"github.com/chorusnews/chorus/voices"
)

// tollSources returns n invented sources whose leads each give another
// toll of the same event (every pair of sources differs).
func tollSources(n int) []voices.Doc {
	docs := make([]voices.Doc, n)
	for i := range docs {
		docs[i].Source = i + 1
		for k := range 5 {
			docs[i].Sentences = append(docs[i].Sentences,
				fmt.Sprintf("The flood in Tessbury killed %d people on Sunday, the Marle county coroner said.", 10+7*i+k))
		}
	}
	return docs
}

// BenchmarkFindTolls measures Find over many sources that all give
// different tolls of one event. Before differing indexed each source's
// mentions, its pair loop was cubic in the mentions: 125 / 250 sources
// took 4.6 s / 37.9 s per op, now 0.24 s / 0.95 s (500: 1.5 s; 2-core
// EPYC shared with other jobs, go test ./dispute -run '^$' -bench
// FindTolls -benchtime 1x).
func BenchmarkFindTolls(b *testing.B) {
	for _, n := range []int{125, 250, 500} {
		docs := tollSources(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				Find(docs)
			}
		})
	}
}

// TestFindManyTolls checks that the disputes of many sources are found and
// that each shows at most MaxClaims figures.
func TestFindManyTolls(t *testing.T) {
	ds := Find(tollSources(40))
	if len(ds) == 0 {
		t.Fatal("no dispute among 40 sources giving 40 different tolls")
	}
	for _, d := range ds {
		if len(d.Claims) < 2 || len(d.Claims) > MaxClaims {
			t.Errorf("%d claims in %+v", len(d.Claims), d)
		}
	}
}
