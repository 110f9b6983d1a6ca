package lex

import (
	"math/rand"
	"strings"
	"testing"
)

// TestIndexAny holds IndexAny to strings.IndexAny on random texts of
// ASCII, curly quotes, dashes and invalid bytes, short (read byte by
// byte) and long (each rune of the set scanned for), with the character
// sets Chorus uses.
func TestIndexAny(t *testing.T) {
	sets := []string{"", "a", "“”", "“”:;?!", "'’", "—–", "•▪●►■◆", "“”()[]|/—–'’", "\"“”:;?!", "\xff", "\uFFFD", "abc\uFFFD"}
	pieces := []string{"a", "b", " ", ".", ":", "'", "’", "“", "”", "—", "–", "é", "\xff", "\xe2\x80", "\uFFFD", "•", "(", "!"}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.Intn(80); k > 0; k-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		for _, chars := range sets {
			if got, want := IndexAny(s, chars), strings.IndexAny(s, chars); got != want {
				t.Fatalf("IndexAny(%q, %q) = %d, want %d", s, chars, got, want)
			}
			if got, want := ContainsAny(s, chars), strings.ContainsAny(s, chars); got != want {
				t.Fatalf("ContainsAny(%q, %q) = %v, want %v", s, chars, got, want)
			}
		}
	}
}

// FuzzIndexAny holds IndexAny to strings.IndexAny.
func FuzzIndexAny(f *testing.F) {
	f.Add("He said “yes” — twice.", "“”—")
	f.Add("a\xffb", "\uFFFD")
	f.Add("The ferry left Tarnwick at dawn, and by noon “the harbour” — or what was left — had emptied.", "“”—()")
	f.Fuzz(func(t *testing.T, s, chars string) {
		if got, want := IndexAny(s, chars), strings.IndexAny(s, chars); got != want {
			t.Fatalf("IndexAny(%q, %q) = %d, want %d", s, chars, got, want)
		}
	})
}
