package clean

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// needsMappingBytes and needsCollapseBytes are needsMapping and
// needsCollapse read one byte at a time, as they were before the
// eight-byte reads: the answers must not differ.
func needsMappingBytes(text string) bool {
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c < 0x20 && c != '\n', c == 0x7F:
			return true
		case c == 0xC2 || c == 0xE2 || c == 0xEF:
			r, _ := utf8.DecodeRuneInString(text[i:])
			if mapRune(r) != r {
				return true
			}
		}
	}
	return false
}

func needsCollapseBytes(s string) bool {
	if s == "" {
		return false
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return true
	}
	prev := byte(0)
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case ' ':
			if prev == ' ' {
				return true
			}
		case '\n', '\t', '\r', '\v', '\f':
			return true
		case 0xC2, 0xE1, 0xE2, 0xE3:
			if r, _ := utf8.DecodeRuneInString(s[i:]); unicode.IsSpace(r) {
				return true
			}
		}
		prev = s[i]
	}
	return false
}

// TestEightByteReads checks needsMapping and needsCollapse against their
// byte-at-a-time forms on texts built from pieces that open and close
// every case, at every offset within a word of eight.
func TestEightByteReads(t *testing.T) {
	pieces := []string{"a", "Z", " ", "  ", "\n", "\t", "\r", "\v", "\f", "\x00", "\x1f", "\x7f", "~", "0",
		"é", "\u00a0", "\u00ad", "\u200b", "\u2028", "\u2015", "\u3000", "\u1680", "\ufeff", "\u0085", "—", "“", "ﬁ", "\xc2", "\xe2\x80"}
	rng := rand.New(rand.NewPCG(7, 49))
	for n := range 20000 {
		var b strings.Builder
		b.WriteString(strings.Repeat("x", n%9))
		for range rng.IntN(6) {
			b.WriteString(strings.Repeat("word ", rng.IntN(4)))
			b.WriteString(pieces[rng.IntN(len(pieces))])
			b.WriteString(strings.Repeat("y", rng.IntN(9)))
		}
		s := b.String()
		if got, want := needsMapping(s), needsMappingBytes(s); got != want {
			t.Fatalf("needsMapping(%q) = %v, want %v", s, got, want)
		}
		if got, want := needsCollapse(s), needsCollapseBytes(s); got != want {
			t.Fatalf("needsCollapse(%q) = %v, want %v", s, got, want)
		}
	}
}

// FuzzEightByteReads: the same, on any text.
func FuzzEightByteReads(f *testing.F) {
	f.Add("the ferry left at  noon\tfrom Kestrel Bay")
	f.Add("a quiet\u00a0harbour, then\x7f")
	f.Fuzz(func(t *testing.T, s string) {
		if needsMapping(s) != needsMappingBytes(s) || needsCollapse(s) != needsCollapseBytes(s) {
			t.Fatalf("differ on %q", s)
		}
	})
}
