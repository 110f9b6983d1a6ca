package lex

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Lower returns strings.ToLower(s), byte for byte, in one pass over a
// long text that holds non-ASCII letters, where strings.ToLower calls
// unicode.ToLower on every rune (strings.Map). An invalid byte becomes
// U+FFFD, as there. ASCII text, most of what Chorus lower-cases, is read
// eight bytes at a time: returned as it is when it holds no upper-case
// letter (Multi-News is lower-cased), lower-cased in one copy otherwise,
// or taken from a table of texts lower-cased lately (rule after rule
// lower-cases the same candidate sentence).
func Lower(s string) string {
	if len(s) >= lowerLookFirst {
		// A sentence lower-cased lately is taken from the table before
		// it is read at all (only an ASCII text with an upper-case
		// letter is kept there).
		if e, _ := lowerTable.load(s); e != nil {
			return e.lower
		}
	}
	if ascii, upper := asciiUpper(s); ascii {
		if !upper {
			return s
		}
		return lowerTabled(s)
	}
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

// lowerLookFirst is the length from which Lower looks s up in lowerTable
// before reading it: a sentence, read again and again; a word (most
// texts Lower is given) is read for less than the lookup costs.
const lowerLookFirst = 32

// Eight-byte words of ASCII text (every byte below 0x80) are read at
// once: adding swarA sets the high bit of each byte from 'A' up and
// adding swarZ that of each byte above 'Z', with no carry between bytes.
const (
	swarOnes = 0x0101010101010101
	swarHigh = 0x8080808080808080
	swarA    = (0x80 - 'A') * swarOnes
	swarZ    = (0x80 - 'Z' - 1) * swarOnes
	// swarSpace added sets the high bit of each byte from ' ' up.
	swarSpace = (0x80 - ' ') * swarOnes
)

// word8 returns the eight bytes of s from i as a little-endian word.
func word8(s string, i int) uint64 {
	w := s[i : i+8]
	return uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
		uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
}

// tail8 returns a word that holds the last len(s)-i bytes of s, fewer
// than eight, and otherwise bytes of s before them or zeros (no letter):
// a word to test for non-ASCII bytes and upper-case letters, not to
// write back.
func tail8(s string, i int) uint64 {
	switch n := len(s); {
	case n >= 8:
		return word8(s, n-8)
	case n >= 4:
		return uint64(word4(s, 0)) | uint64(word4(s, n-4))<<32
	}
	var x uint64
	for k := len(s) - 1; k >= i; k-- {
		x = x<<8 | uint64(s[k])
	}
	return x
}

// word4 returns the four bytes of s from i as a little-endian word.
func word4(s string, i int) uint32 {
	w := s[i : i+4]
	return uint32(w[0]) | uint32(w[1])<<8 | uint32(w[2])<<16 | uint32(w[3])<<24
}

// lowerTabled returns ASCII text s, which holds an upper-case letter,
// with its letters lower-cased: taken from lowerTable when s was
// lower-cased lately, else lower-cased in one copy and kept there. Lower
// and LowerASCII agree on ASCII text, and share the table.
func lowerTabled(s string) string {
	e, at := lowerTable.load(s)
	if e != nil {
		return e.lower
	}
	b := []byte(s)
	lowerASCIIBytes(b)
	l := unsafe.String(unsafe.SliceData(b), len(b)) // b is not written again
	lowerTable.store(at, &textEntry{text: s, lower: l})
	return l
}

// asciiUpperMask returns the high bit of each byte of x that is an ASCII
// upper-case letter; bytes from 0x80 up are none.
func asciiUpperMask(x uint64) uint64 {
	t := x &^ swarHigh
	return (t + swarA) &^ (t + swarZ) &^ x & swarHigh
}

// asciiUpper reports whether every byte of s is ASCII and, if so, whether
// one is an upper-case letter.
func asciiUpper(s string) (ascii, upper bool) {
	var all, up uint64
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := word8(s, i)
		all |= x
		up |= (x + swarA) &^ (x + swarZ) // meaningful only when all is ASCII
	}
	if i < len(s) {
		x := tail8(s, i)
		all |= x
		up |= (x + swarA) &^ (x + swarZ)
	}
	return all&swarHigh == 0, up&swarHigh != 0
}

// lowerASCIIBytes lower-cases the ASCII letters of b, keeping its other
// bytes.
func lowerASCIIBytes(b []byte) {
	i := 0
	for ; i+8 <= len(b); i += 8 {
		x := binary.LittleEndian.Uint64(b[i:])
		binary.LittleEndian.PutUint64(b[i:], x|asciiUpperMask(x)>>2) // 0x80>>2 is 'a'-'A'
	}
	for ; i < len(b); i++ {
		if c := b[i]; 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
}

// asciiSpaces marks the ASCII bytes unicode.IsSpace reads as spaces.
var asciiSpaces = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// SpaceFields returns strings.Fields(s), field for field, in a new
// slice the caller may change. It splits in one pass (where
// strings.Fields calls unicode.IsSpace on every non-ASCII rune), and a
// text split lately, as a candidate sentence is by rule after rule, is
// copied from a table instead of split again. The fields are slices of
// s or of an equal text.
func SpaceFields(s string) []string {
	e, at := spaceFieldsTable.load(s)
	if e != nil {
		return slices.Clone(e.words)
	}
	out := appendFields(make([]string, 0, len(s)/6+1), s, -1)
	out = out[:len(out):len(out)]
	if spaceFieldsTable.store(at, &textEntry{text: s, words: out}) {
		return slices.Clone(out) // the table's copy is never written
	}
	return out
}

// SpaceFieldsShared is SpaceFields for a caller that never writes the
// slice it gets (no element assigned, no sort, no append into a slice of
// it): a text split lately is returned as the table holds it, not
// copied. Rules read the same candidate sentence's fields one after
// another; the copy SpaceFields makes for each was a tenth of the bytes
// a summary allocates.
func SpaceFieldsShared(s string) []string {
	e, at := spaceFieldsTable.load(s)
	if e != nil {
		return e.words
	}
	out := appendFields(make([]string, 0, len(s)/6+1), s, -1)
	out = out[:len(out):len(out)]
	spaceFieldsTable.store(at, &textEntry{text: s, words: out})
	return out
}

// CountFields returns len(strings.Fields(s)) without building the
// fields: the words between runs of unicode.IsSpace runes. ASCII text is
// read eight bytes at a time, a word counted where a byte that is no
// space follows a space (or the start).
func CountFields(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			if x := word8(s, i); x&swarHigh == 0 {
				sp := spaceBytes(x)
				before := sp << 8 // a byte's left neighbour is a space
				if !in {
					before |= 0x80
				}
				n += bits.OnesCount64(before &^ sp & swarHigh)
				in = sp>>63 == 0
				i += 8
				continue
			}
		}
		space, size := false, 1
		if c := s[i]; c < utf8.RuneSelf {
			space = asciiSpaces[c]
		} else {
			space, size = spaceRune(s[i:])
		}
		if !space && !in {
			n++
		}
		in = !space
		i += size
	}
	return n
}

// Adding swarTab sets the high bit of each ASCII byte from '\t' up and
// adding swarCR that of each byte above '\r'.
const (
	swarTab = (0x80 - '\t') * swarOnes
	swarCR  = (0x80 - '\r' - 1) * swarOnes
)
