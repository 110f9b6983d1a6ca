package lex

import (
	"unicode"
	"unicode/utf8"
)

// LowerASCII returns s with its ASCII letters lower-cased. Other bytes are
// kept, so byte offsets in the result are those in s.
func LowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if c := b[j]; 'A' <= c && c <= 'Z' {
					b[j] = c + 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// UpperFirst returns s with its first letter upper-cased when it is a
// lower-case letter, as for a sentence whose opening was cut off.
func UpperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
