package lex

import (
	"strings"
	"unicode/utf8"
)

// IndexAny returns strings.IndexAny(s, chars), the byte index of the
// first rune of s that is in chars, or -1. The standard library reads
// each rune of s against chars with strings.IndexRune when chars holds a
// non-ASCII character (the curly quotes and dashes Chorus looks for),
// some fifty instructions a byte; here the ASCII bytes of s are looked up
// in a bitmap of chars' ASCII characters, and only a non-ASCII rune of s
// is looked for in chars, as there (an invalid byte is U+FFFD).
func IndexAny(s, chars string) int {
	var set [4]uint32
	for i := 0; i < len(chars); i++ {
		if c := chars[i]; c < utf8.RuneSelf {
			set[c>>5] |= 1 << (c & 31)
		}
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if set[c>>5]&(1<<(c&31)) != 0 {
				return i
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if strings.IndexRune(chars, r) >= 0 {
			return i
		}
		i += w
	}
	return -1
}

// ContainsAny returns strings.ContainsAny(s, chars): whether any rune of
// chars is in s. See IndexAny.
func ContainsAny(s, chars string) bool {
	return IndexAny(s, chars) >= 0
}
