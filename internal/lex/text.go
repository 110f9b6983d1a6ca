package lex

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Lower returns strings.ToLower(s), byte for byte, in one pass over a
// long text that holds non-ASCII letters, where strings.ToLower calls
// unicode.ToLower on every rune (strings.Map). An invalid byte becomes
// U+FFFD, as there.
func Lower(s string) string {
	i := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || unicode.ToLower(r) != r {
			break
		}
		i += size
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + utf8.UTFMax)
	b.WriteString(s[:i])
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		b.WriteRune(unicode.ToLower(r))
		i += size
	}
	return b.String()
}

// asciiSpaces marks the ASCII bytes unicode.IsSpace reads as spaces.
var asciiSpaces = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// SpaceFields returns strings.Fields(s), field for field, in one pass
// over a long text that holds non-ASCII runes (where strings.Fields
// calls unicode.IsSpace on every rune). The fields are slices of s and
// the result has no spare capacity.
func SpaceFields(s string) []string {
	out := make([]string, 0, len(s)/6+1)
	start := -1
	for i := 0; i < len(s); {
		c := s[i]
		size := 1
		var space bool
		if c < utf8.RuneSelf {
			space = asciiSpaces[c]
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		if space {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out[:len(out):len(out)]
}
