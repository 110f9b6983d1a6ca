package voices

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// TestTrackSlab holds the tokens track carves from one slab to tokenize's
// own for each sentence, and checks that a sentence's tokens never reach
// into the next one's room, on random texts of sentences with quotes,
// short and long words (more tokens than tokenGuess makes room for) and
// non-ASCII letters.
func TestTrackSlab(t *testing.T) {
	pieces := []string{"Ana", "VELMOR", "pier", "“Tarnwick”", "(AP)", "É", "a", "I", ",", ".", `"`, "''", "``",
		"O'Brien", "U.S.", "Mr.", "said", "—", "…", "harbourmaster", "x"}
	seps := []string{" ", " ", "", ", ", "\t"}
	r := rand.New(rand.NewPCG(18, 5))
	for range 5000 {
		texts := make([]string, r.IntN(6))
		for i := range texts {
			var b strings.Builder
			for range r.IntN(16) {
				b.WriteString(pieces[r.IntN(len(pieces))])
				b.WriteString(seps[r.IntN(len(seps))])
			}
			texts[i] = b.String()
		}
		sents := track(texts)
		for i, s := range sents {
			want := tokenize(texts[i])
			if len(want) == 0 {
				want = nil
			}
			got := s.toks
			if len(got) == 0 {
				got = nil
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("track(%q)[%d].toks = %+v, tokenize says %+v", texts, i, got, want)
			}
			if len(s.toks) <= tokenGuess(texts[i]) && cap(s.toks) != tokenGuess(texts[i]) {
				t.Fatalf("track(%q)[%d]: room %d, want %d", texts, i, cap(s.toks), tokenGuess(texts[i]))
			}
		}
	}
}
