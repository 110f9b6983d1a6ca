package voices

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// tokenizeEach is tokenize as it was before wordEnd's ASCII fast path:
// every rune of a word decoded.
func tokenizeEach(s string) []token {
	out := make([]token, 0, len(s)/5+1)
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case r == '“' || r == '„' || r == '«':
			out = append(out, token{kind: mark, text: s[i : i+n], start: i, end: i + n, dir: 1})
			i += n
		case r == '”' || r == '»':
			out = append(out, token{kind: mark, text: s[i : i+n], start: i, end: i + n, dir: -1})
			i += n
		case r == '"':
			out = append(out, token{kind: mark, text: `"`, start: i, end: i + 1})
			i++
		case strings.HasPrefix(s[i:], "``"):
			out = append(out, token{kind: mark, text: "``", start: i, end: i + 2, dir: 1})
			i += 2
		case strings.HasPrefix(s[i:], "''"):
			out = append(out, token{kind: mark, text: "''", start: i, end: i + 2, dir: -1})
			i += 2
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := wordEndDecoded(s, i)
			t := token{kind: word, text: s[i:j], start: i, end: j}
			t.low = strings.TrimSuffix(strings.ToLower(t.text), ".")
			t.flags = wordFlags(t.text, t.low)
			out = append(out, t)
			i = j
		default:
			k := dash
			switch r {
			case ',':
				k = comma
			case ':':
				k = colon
			case '.', '!', '?', ';', '…':
				k = stop
			}
			out = append(out, token{kind: k, text: s[i : i+n], start: i, end: i + n})
			i += n
		}
	}
	return out
}
func wordEndDecoded(s string, i int) int {
	j := i
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			j += n
			continue
		}
		if r == '\'' || r == '’' || r == '-' || r == '.' && j-segment(s[i:j]) <= 2 {
			if r2, _ := utf8.DecodeRuneInString(s[j+n:]); j+n < len(s) && (unicode.IsLetter(r2) || unicode.IsDigit(r2)) {
				j += n
				continue
			}
		}
		break
	}
	if j < len(s) && s[j] == '.' {
		w := s[i:j]
		r, _ := utf8.DecodeRuneInString(w)
		if utf8.RuneCountInString(w) <= 3 && abbrevs[strings.ToLower(w)] || utf8.RuneCountInString(w) == 1 && unicode.IsUpper(r) {
			j++
		}
	}
	return j
}

// TestTokenizeASCII holds tokenize to tokenizeEach on random sentences of
// capitals, abbreviations, quotes, apostrophes, non-ASCII letters and bad
// bytes.
func TestTokenizeASCII(t *testing.T) {
	pieces := []string{"Ana", "VELMOR", "pier", "“Tarnwick”", "(AP)", "É", "Ébène", "x", "\xff", "\xffA", `"Q,`,
		"O'Brien", "U.S.", "Mr.", "W.", "it’s", "well-known", "3.5", "``", "''", "Straße", "İz", "said.", "a.m.", "—", "…"}
	seps := []string{" ", " ", " ", "", ", ", ". ", "\t", "\u00a0"}
	r := rand.New(rand.NewPCG(18, 3))
	for range 50000 {
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteString(pieces[r.IntN(len(pieces))])
			b.WriteString(seps[r.IntN(len(seps))])
		}
		s := b.String()
		if got, want := tokenize(s), tokenizeEach(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("tokenize(%q) = %+v, want %+v", s, got, want)
		}
	}
}
