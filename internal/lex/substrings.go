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

// FoldSubstrings answers whether a text holds any of a fixed set of
// strings with ASCII case ignored: a text holds one when it holds it with
// any of its ASCII letters in either case. Other bytes match only
// themselves (no Unicode folding: "\u212a" is no "k"). Each string is
// looked for where the text holds its rarest byte in either case, found
// with strings.IndexByte: a few strings are looked for in a long text
// faster than Substrings reads it byte by byte.
type FoldSubstrings struct {
	any     bool         // a string is empty: every text holds it
	needles []foldNeedle // the strings, lower-cased, with their anchors
}

// foldNeedle is a lower-cased string, the offset of its anchor byte and
// the anchor in lower and upper case (the same byte for no letter).
type foldNeedle struct {
	s            string
	off          int
	lower, upper byte
}

// NewFoldSubstrings returns a FoldSubstrings for the given strings.
func NewFoldSubstrings(needles ...string) *FoldSubstrings {
	f := &FoldSubstrings{}
	for _, n := range needles {
		if n == "" {
			f.any = true
			continue
		}
		n = LowerASCII(n)
		off := 0
		for i := 1; i < len(n); i++ {
			if byteRarity(n[i]) > byteRarity(n[off]) {
				off = i
			}
		}
		c := n[off]
		upper := c
		if 'a' <= c && c <= 'z' {
			upper = c - 'a' + 'A'
		}
		f.needles = append(f.needles, foldNeedle{n, off, c, upper})
	}
	return f
}

// In reports whether s, its ASCII letters lower-cased, holds any of f's
// strings lower-cased.
func (f *FoldSubstrings) In(s string) bool {
	if f.any {
		return true
	}
	for _, n := range f.needles {
		if n.at(s, n.lower) || n.upper != n.lower && n.at(s, n.upper) {
			return true
		}
	}
	return false
}

// at reports whether s holds n where s holds the anchor byte c.
func (n *foldNeedle) at(s string, c byte) bool {
	for i := n.off; i < len(s); i++ {
		j := strings.IndexByte(s[i:], c)
		if j < 0 {
			return false
		}
		i += j
		if from := i - n.off; len(s)-from >= len(n.s) && lowerASCIIEqual(s[from:from+len(n.s)], n.s) {
			return true
		}
	}
	return false
}

// lowerASCIIEqual reports whether s, its ASCII letters lower-cased, is
// lower, a string of s's length.
func lowerASCIIEqual(s, lower string) bool {
	for i := 0; i < len(lower); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return true
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
