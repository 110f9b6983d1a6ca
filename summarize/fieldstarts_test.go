package summarize

import (
	"math/rand"
	"slices"
	"strings"
	"testing"

	"github.com/chorusnews/chorus/internal/lex"
)

// fieldStartsTwoPass is fieldStarts as it was before it read whether a
// word is plainLower in the pass that finds the word's end.
func fieldStartsTwoPass(s string, n int) ([]int, []string) {
	var starts []int
	var words []string
	for i := 0; i < len(s) && len(words) < n; {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		if i == len(s) {
			break
		}
		j := i
		for j < len(s) && s[j] != ' ' {
			j++
		}
		starts = append(starts, i)
		w := s[i:j]
		if !plainLower(w) {
			w = lex.Lower(lex.TrimPunct(w, `,.;:!?"“”'‘’()[]`))
		}
		words = append(words, w)
		i = j
	}
	return starts, words
}

// TestFieldStartsOnePass holds fieldStarts to fieldStartsTwoPass on
// random texts of lower- and upper-case words, marks, digits, non-ASCII
// letters and invalid bytes.
func TestFieldStartsOnePass(t *testing.T) {
	pieces := []string{"a", "z", "Q", " ", "  ", ".", ",", "“", "’", "é", "É", "\xff", "7", "{", "`", "-", "'", "(", "]"}
	rng := rand.New(rand.NewSource(1))
	for k := 0; k < 20000; k++ {
		var b strings.Builder
		for m := rng.Intn(30); m > 0; m-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s, n := b.String(), 1+rng.Intn(12)
		gs, gw := fieldStarts(s, n)
		ws, ww := fieldStartsTwoPass(s, n)
		if !slices.Equal(gs, ws) || !slices.Equal(gw, ww) {
			t.Fatalf("fieldStarts(%q, %d) = %v %q, want %v %q", s, n, gs, gw, ws, ww)
		}
	}
}
