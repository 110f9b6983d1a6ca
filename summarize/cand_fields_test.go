package summarize

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// TestCandFields holds candFields to strings.Fields of each sentence (what
// lowerGivenNamesOf called before) on random sentences of words and white
// space of every kind, and checks that no sentence's fields reach into the
// next one's.
func TestCandFields(t *testing.T) {
	pieces := []string{"Orla", "quay", "said.", "“Brenn”", "a", "I", "é", "\xff", "—", ",", "harbourmaster"}
	seps := []string{" ", "  ", "\t", "\n", "\u00a0", "\u2003", "\u0085", ""}
	r := rand.New(rand.NewPCG(18, 6))
	for range 5000 {
		cands := make([]candidate, r.IntN(6))
		for i := range cands {
			var b strings.Builder
			for range r.IntN(20) {
				b.WriteString(seps[r.IntN(len(seps))])
				b.WriteString(pieces[r.IntN(len(pieces))])
			}
			cands[i].text = b.String()
		}
		words := make([][]string, len(cands))
		total := candFields(words, cands)
		n := 0
		for i := range cands {
			want := strings.Fields(cands[i].text)
			if len(words[i]) != len(want) || len(want) > 0 && !reflect.DeepEqual(words[i], want) {
				t.Fatalf("candFields of %q = %q, strings.Fields says %q", cands[i].text, words[i], want)
			}
			if cap(words[i]) != len(words[i]) {
				t.Fatalf("candFields of %q: room %d past its %d fields", cands[i].text, cap(words[i]), len(words[i]))
			}
			n += len(want)
		}
		if total != n {
			t.Fatalf("candFields returned %d fields, want %d", total, n)
		}
	}
}
