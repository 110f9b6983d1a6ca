package lex

import (
	"strings"
	"unicode/utf8"
)

// IndexAny returns strings.IndexAny(s, chars), the byte index of the
// first rune of s that is in chars, or -1. The standard library reads
// each rune of s against chars with strings.IndexRune when chars holds a
// non-ASCII character (the curly quotes and dashes Chorus looks for) or s
// is short, some twenty to fifty instructions a byte. Here each rune of
// chars is looked for on its own (strings.IndexByte, strings.Index: a
// vector scan), in the part of s before the first found yet: a rune's
// encoding found in s stands where ranging over s decodes that rune (its
// first byte is no continuation byte). A set holding U+FFFD or an invalid
// byte, which strings.IndexAny matches to any invalid byte of s, is read
// rune by rune (indexAnyRunes), as is a short s.
func IndexAny(s, chars string) int {
	if len(s) < indexAnyScanMin {
		return indexAnyRunes(s, chars)
	}
	best, all := -1, s
	for i := 0; i < len(chars); {
		c := chars[i]
		var k int
		if c < utf8.RuneSelf {
			k = strings.IndexByte(s, c)
			i++
		} else {
			r, size := utf8.DecodeRuneInString(chars[i:])
			if r == utf8.RuneError {
				return indexAnyRunes(all, chars)
			}
			k = strings.Index(s, chars[i:i+size])
			i += size
		}
		if k >= 0 {
			best, s = k, s[:k]
		}
	}
	return best
}

// indexAnyScanMin is the length of s from which IndexAny looks for each
// rune of chars with a vector scan; a shorter s (a word) is read byte by
// byte.
const indexAnyScanMin = 48

// indexAnyRunes is IndexAny read rune by rune: the ASCII bytes of s are
// looked up in a bitmap of chars' ASCII characters and a non-ASCII rune
// of s (an invalid byte read as U+FFFD) is looked for in chars, as
// strings.IndexAny does.
func indexAnyRunes(s, chars string) int {
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
