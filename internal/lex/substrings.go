package lex

import "strings"

// Substrings answers whether a text holds any of a fixed set of strings,
// reading the text once: each string is looked for only where the text
// holds its rarest byte (its anchor), so a text is read one byte at a time
// with a table lookup in place of one search per string.
type Substrings struct {
	any    bool                  // a string is empty: every text holds it
	has    [256]bool             // the anchor bytes
	anchor [256][]anchoredNeedle // the strings anchored on each byte
}

// anchoredNeedle is a string and the offset of its anchor byte in it.
type anchoredNeedle struct {
	s   string
	off int
}

// NewSubstrings returns a Substrings for the given strings.
func NewSubstrings(needles ...string) *Substrings {
	var t Substrings
	for _, n := range needles {
		if n == "" {
			t.any = true
			continue
		}
		off := 0
		for i := 1; i < len(n); i++ {
			if byteRarity(n[i]) > byteRarity(n[off]) {
				off = i
			}
		}
		t.has[n[off]] = true
		t.anchor[n[off]] = append(t.anchor[n[off]], anchoredNeedle{n, off})
	}
	return &t
}

// In reports whether s holds any of t's strings (strings.Contains for one
// of them).
func (t *Substrings) In(s string) bool {
	if t.any {
		return true
	}
	for i := 0; i < len(s); i++ {
		if !t.has[s[i]] {
			continue
		}
		for _, a := range t.anchor[s[i]] {
			if from := i - a.off; from >= 0 && len(s)-from >= len(a.s) && s[from:from+len(a.s)] == a.s {
				return true
			}
		}
	}
	return false
}

// letterOrder lists the lower-case letters from the most to the least
// frequent in English text.
const letterOrder = "etaoinshrdlcumwfgypbvkjxqz"

// byteRarity ranks how seldom byte c is met in English news text, higher
// for rarer: white space and common lower-case letters lowest, capitals
// above every lower-case letter, other punctuation, digits and non-ASCII
// bytes highest. It only chooses anchors; any ranking gives the same
// answers.
func byteRarity(c byte) int {
	switch {
	case c == ' ':
		return 0
	case 'a' <= c && c <= 'z':
		return 2 + strings.IndexByte(letterOrder, c)
	case 'A' <= c && c <= 'Z':
		return 30 + strings.IndexByte(letterOrder, c+'a'-'A')
	case c == '.' || c == ',':
		return 7
	default:
		return 60
	}
}
