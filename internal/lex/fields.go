package lex

import (
	"unicode"
	"unicode/utf8"
)

// FirstFields returns the first n fields of strings.Fields(s) (all of
// them when there are fewer), reading s only as far as the n-th field's
// end. The fields are slices of s.
func FirstFields(s string, n int) []string {
	if n <= 0 {
		return nil
	}
	return appendFields(make([]string, 0, min(n, 16)), s, n)
}

// appendFields appends to out the fields of strings.Fields(s), stopping
// once out holds n of them (n < 0: all), and returns out. SpaceFields and
// FirstFields read s through it.
func appendFields(out []string, s string, n int) []string {
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
				if len(out) == n {
					return out
				}
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}
