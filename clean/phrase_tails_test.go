package clean

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// mayHavePhraseLoop is mayHavePhrase as it was before phraseTailSet: one
// strings.Contains per tail.
func mayHavePhraseLoop(p string) bool {
	for _, t := range phraseTails {
		if strings.Contains(p, t) {
			return true
		}
	}
	return false
}

// TestMayHavePhraseOnePass holds the one-pass mayHavePhrase to the loop of
// searches on random paragraphs of plain words, the tails whole or cut
// short, in every case, and non-ASCII bytes.
func TestMayHavePhraseOnePass(t *testing.T) {
	r := rand.New(rand.NewPCG(18, 2))
	plain := []string{"the", "ferry", "mayor", "of", "Dunmore", "said", "image", "story", "time", "line", "log", "out", "up!", "me", "caf\u00e9", "\xe2\x80\x94", ".", " ", "  "}
	hits := 0
	for range 50000 {
		var b strings.Builder
		for range r.IntN(14) {
			if r.IntN(4) == 0 {
				tail := phraseTails[r.IntN(len(phraseTails))]
				switch r.IntN(4) {
				case 0:
					tail = tail[1:]
				case 1:
					tail = tail[:len(tail)-1]
				case 2:
					tail = strings.ToUpper(tail[:1]) + tail[1:]
				}
				b.WriteString(tail)
			} else {
				b.WriteString(plain[r.IntN(len(plain))])
			}
			if r.IntN(2) == 0 {
				b.WriteByte(' ')
			}
		}
		p := b.String()
		want := mayHavePhraseLoop(p)
		if want {
			hits++
		}
		if got := mayHavePhrase(p); got != want {
			t.Fatalf("mayHavePhrase(%q) = %v, the loop of searches says %v", p, got, want)
		}
	}
	if hits < 5000 || hits > 45000 {
		t.Errorf("%d of 50000 random paragraphs hold a tail: too few of one kind", hits)
	}
}
