package lex

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// LowerASCII returns s with its ASCII letters lower-cased. Other bytes are
// kept, so byte offsets in the result are those in s. It reads s eight
// bytes at a time and returns s itself when it holds no upper-case ASCII
// letter. An ASCII text lower-cased lately, as a candidate sentence is
// by rule after rule, is taken from Lower's table instead of copied again.
func LowerASCII(s string) string {
	if ascii, upper := asciiUpper(s); ascii {
		if !upper {
			return s
		}
		return lowerTabled(s)
	}
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if asciiUpperMask(word8(s, i)) != 0 {
			break
		}
	}
	if i == len(s) || i+8 > len(s) && asciiUpperMask(tail8(s, i)) == 0 {
		return s
	}
	// One allocation: the copy becomes the string.
	b := []byte(s)
	lowerASCIIBytes(b[i:])
	return unsafe.String(unsafe.SliceData(b), len(b)) // b is not written again
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

// TitleWord returns s with its first letter upper-cased and, after each
// rune of after, the next letter ("o'neil" with "-" gives "O'neil";
// "port-au-prince" gives "Port-Au-Prince"); other letters are kept.
func TitleWord(s, after string) string {
	var b strings.Builder
	b.Grow(len(s))
	up := true
	for _, r := range s {
		if up && unicode.IsLetter(r) {
			b.WriteRune(unicode.ToUpper(r))
			up = false
			continue
		}
		b.WriteRune(r)
		up = strings.ContainsRune(after, r)
	}
	return b.String()
}

// Cased reports whether s keeps its original casing: a word other than the
// first starts with a capital letter that no full stop precedes. Text that
// was lower-cased whole (as some corpora are) does not.
func Cased(s string) bool {
	if !mayBeCased(s) {
		return false
	}
	prev, first := "", true // the fields of strings.Fields, read in place
	for f := range FieldsSeq(s) {
		if !first {
			r, _ := utf8.DecodeRuneInString(f)
			if unicode.IsUpper(r) && !strings.HasSuffix(prev, ".") {
				return true
			}
		}
		prev, first = f, false
	}
	return false
}

// mayBeCased reports whether Cased(s) may be true: false when s is ASCII
// from its first word on and no later byte is a capital letter, so that no
// word but the first can start with one. A lower-cased text costs one read
// of its bytes instead of a decoded rune per word.
func mayBeCased(s string) bool {
	i := 0
	for i < len(s) && asciiSpace(s[i]) { // before the first word
		i++
	}
	for i < len(s) && !asciiSpace(s[i]) { // the first word
		if s[i] >= utf8.RuneSelf {
			return true // a space strings.Fields parts at may follow
		}
		i++
	}
	for ; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return true
		}
	}
	return false
}

// asciiSpace reports whether c is an ASCII byte unicode.IsSpace holds.
func asciiSpace(c byte) bool { return c == ' ' || '\t' <= c && c <= '\r' }

// HasDigit reports whether s holds an ASCII digit, as
// ContainsAny(s, "0123456789") does without decoding s: no byte of
// a multi-byte UTF-8 sequence is one.
func HasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			return true
		}
	}
	return false
}

// TrimPunct returns strings.Trim(s, cutset) for a cutset of punctuation
// (no ASCII letter or digit in it). A word that starts and ends with an
// ASCII letter or digit is returned as it is without reading the cutset:
// strings.Trim scans a cutset with non-ASCII marks (“”‘’) rune by rune for
// every word. Ends of ASCII marks are trimmed byte by byte (an ASCII byte
// is a whole rune, and no rune of the cutset but itself holds it).
func TrimPunct(s, cutset string) string {
	if s != "" && IsASCIIAlnum(s[0]) && IsASCIIAlnum(s[len(s)-1]) {
		return s
	}
	return TrimRightPunct(TrimLeftPunct(s, cutset), cutset)
}

// TrimLeftPunct is strings.TrimLeft(s, cutset) for a cutset of
// punctuation, s itself when it starts with an ASCII letter or digit.
func TrimLeftPunct(s, cutset string) string {
	if s != "" && IsASCIIAlnum(s[0]) {
		return s
	}
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf && strings.IndexByte(cutset, s[i]) >= 0 {
		i++
	}
	if i < len(s) && s[i] >= utf8.RuneSelf {
		return strings.TrimLeft(s[i:], cutset)
	}
	return s[i:]
}

// TrimRightPunct is strings.TrimRight(s, cutset) for a cutset of
// punctuation, s itself when it ends with an ASCII letter or digit.
func TrimRightPunct(s, cutset string) string {
	if s != "" && IsASCIIAlnum(s[len(s)-1]) {
		return s
	}
	j := len(s)
	for j > 0 && s[j-1] < utf8.RuneSelf && strings.IndexByte(cutset, s[j-1]) >= 0 {
		j--
	}
	if j > 0 && s[j-1] >= utf8.RuneSelf {
		return strings.TrimRight(s[:j], cutset)
	}
	return s[:j]
}

// Collapse returns strings.Join(strings.Fields(s), " "): s itself, without
// a copy, when it has no white space but single spaces between words, as
// most sentences split from clean paragraphs.
func Collapse(s string) string {
	if collapsed(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// collapsed reports whether s is its own Collapse: no white space at its
// edges, none but single spaces inside it (unicode.IsSpace).
func collapsed(s string) bool {
	prev := byte(' ') // a space at the start needs collapsing
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			// Eight ASCII bytes at once, none below a space: only a
			// double space among them needs collapsing.
			if x := word8(s, i); x&swarHigh == 0 && ^(x+swarSpace)&swarHigh == 0 {
				sp := ^((x ^ (' ' * swarOnes)) + 0x7f*swarOnes) & swarHigh // the spaces
				if sp&(sp<<8) != 0 || prev == ' ' && s[i] == ' ' {
					return false
				}
				prev = s[i+7]
				i += 8
				continue
			}
		}
		c := s[i]
		i++
		if ' ' < c && c < utf8.RuneSelf {
			prev = c // most bytes: no space of either kind
			continue
		}
		switch {
		case c == ' ' && prev == ' ', c == '\t', c == '\n', c == '\v', c == '\f', c == '\r':
			return false
		case c >= utf8.RuneSelf:
			if r, _ := utf8.DecodeRuneInString(s[i-1:]); unicode.IsSpace(r) {
				return false
			}
		}
		prev = c
	}
	return prev != ' ' || s == ""
}
