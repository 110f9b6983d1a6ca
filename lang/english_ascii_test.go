package lang

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// plainlyEnglishDecoded is plainlyEnglish as it was before its ASCII fast
// path: every rune decoded.
func plainlyEnglishDecoded(text string) bool {
	text = opening(text)
	var buf [8]byte
	words, hits := 0, 0
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			i += n
			continue
		}
		// One run of letters: lower-cased into buf when short and ASCII.
		k, ascii := 0, true
		for i < len(text) {
			r, n = utf8.DecodeRuneInString(text[i:])
			if !unicode.IsLetter(r) {
				break
			}
			if r >= utf8.RuneSelf {
				ascii = false
			} else if k < len(buf) {
				buf[k] = byte(unicode.ToLower(r))
			}
			k++
			i += n
		}
		words++
		if ascii && k <= len(buf) && functionWords[string(buf[:k])] {
			hits++
		}
	}
	return words > 0 && float64(hits) >= englishShare*float64(words)
}

// TestPlainlyEnglishASCII holds plainlyEnglish to plainlyEnglishDecoded on
// random texts of function words, capitals, digits, non-ASCII letters and
// bad bytes.
func TestPlainlyEnglishASCII(t *testing.T) {
	pieces := []string{"the", "The", "AND", "of", "is", "pier", "Velmora", "ferry", "é", "Ébène", "straße", "\xff",
		"3", " ", " ", " ", ", ", ". ", "-", "’", "le", "de", "und", "Ωmega", "THE"}
	r := rand.New(rand.NewPCG(18, 11))
	for range 50000 {
		var b strings.Builder
		for range r.IntN(40) {
			b.WriteString(pieces[r.IntN(len(pieces))])
			if r.IntN(3) > 0 {
				b.WriteString(" ")
			}
		}
		s := b.String()
		if got, want := plainlyEnglish(s), plainlyEnglishDecoded(s); got != want {
			t.Fatalf("plainlyEnglish(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestFunctionWord: functionWord answers as functionWords, whose words
// are of two to five letters (plainlyEnglish asks no other length).
func TestFunctionWord(t *testing.T) {
	for w := range functionWords {
		if !functionWord([]byte(w)) || len(w) < 2 || len(w) > 5 {
			t.Errorf("functionWord(%q) = false or length %d", w, len(w))
		}
	}
	for _, w := range []string{"", "a", "in", "is", "on", "th", "them", "these", "ferry", "harbour"} {
		if functionWord([]byte(w)) != functionWords[w] {
			t.Errorf("functionWord(%q) = %v", w, !functionWords[w])
		}
	}
}
