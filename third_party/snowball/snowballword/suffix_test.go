package snowballword

import (
	"math/rand"
	"testing"
)

// TestHasSuffixIn holds hasSuffixIn and hasPrefix (chorus's patch) to the
// rune-slice tests they replace, on words and affixes drawn from ASCII
// and non-ASCII runes and invalid bytes.
func TestHasSuffixIn(t *testing.T) {
	pieces := []string{"a", "e", "s", "'", "é", "ß", "’", "\xe2", "\x82", "\xff", ""}
	rng := rand.New(rand.NewSource(1))
	draw := func(n int) string {
		s := ""
		for k := rng.Intn(n); k > 0; k-- {
			s += pieces[rng.Intn(len(pieces))]
		}
		return s
	}
	for k := 0; k < 100000; k++ {
		w := New(draw(6))
		affix := draw(4)
		rs := []rune(affix)
		end := rng.Intn(len(w.RS) + 1)
		start := rng.Intn(end + 1)
		n, ok := w.hasSuffixIn(start, end, affix)
		if want := w.HasSuffixRunesIn(start, end, rs); ok != want || ok && n != len(rs) {
			t.Fatalf("hasSuffixIn(%d, %d, %q) of %q = %d, %v; want %d, %v", start, end, affix, string(w.RS), n, ok, len(rs), want)
		}
		want := len(rs) <= len(w.RS)
		for i, r := range rs {
			if i >= len(w.RS) || w.RS[i] != r {
				want = false
				break
			}
		}
		if got := w.hasPrefix(affix); got != want {
			t.Fatalf("hasPrefix(%q) of %q = %v, want %v", affix, string(w.RS), got, want)
		}
	}
}
