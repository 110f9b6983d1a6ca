package lex

import (
	"iter"
	"math/bits"
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

// AppendFirstFields is FirstFields appending to out, and returns the
// extended out: a caller that gives a buffer of its own (an array on its
// stack) reads the fields without an allocation.
func AppendFirstFields(out []string, s string, n int) []string {
	if n <= 0 {
		return out
	}
	return appendFields(out, s, n)
}

// appendFields appends to out the fields of strings.Fields(s), stopping
// once out holds n of them (n < 0: all), and returns out. SpaceFields and
// FirstFields read s through it.
func appendFields(out []string, s string, n int) []string {
	start := -1 // the offset of the field being read, -1 between fields
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			if x := word8(s, i); x&swarHigh == 0 {
				// The bytes where a field opens or ends (fieldEdges).
				for t := fieldEdges(x, start < 0); t != 0; t &= t - 1 {
					k := i + bits.TrailingZeros64(t)>>3
					if start < 0 {
						start = k
						continue
					}
					out = append(out, s[start:k])
					start = -1
					if len(out) == n {
						return out
					}
				}
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

// FieldsSeq returns an iterator over the fields of strings.Fields(s), as
// strings.FieldsSeq does, reading ASCII text eight bytes at a time where
// strings.FieldsSeq reads a byte at a time. The fields are slices of s.
// Its loop is appendFields' with yield for append: written on
// appendFields (in batches) or on a shared one-field step, it cost 0.5%
// and 1.5% of the instructions of a summary (cachegrind, first 200
// validation clusters).
func FieldsSeq(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		start := -1 // as in appendFields
		for i := 0; i < len(s); {
			if i+8 <= len(s) {
				if x := word8(s, i); x&swarHigh == 0 {
					for t := fieldEdges(x, start < 0); t != 0; t &= t - 1 {
						k := i + bits.TrailingZeros64(t)>>3
						if start < 0 {
							start = k
							continue
						}
						if !yield(s[start:k]) {
							return
						}
						start = -1
					}
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
			if space {
				if start >= 0 {
					if !yield(s[start:i]) {
						return
					}
					start = -1
				}
			} else if start < 0 {
				start = i
			}
			i += size
		}
		if start >= 0 {
			yield(s[start:])
		}
	}
}

// fieldEdges returns the high bit of each byte of x, eight ASCII bytes
// read after a space (afterSpace) or inside a field, where a field opens
// (no space after a space) or ends (a space after no space), in the
// order they come: opens and ends alternate.
func fieldEdges(x uint64, afterSpace bool) uint64 {
	sp := spaceBytes(x)
	before := sp << 8 // a byte's left neighbour is a space
	if afterSpace {
		before |= 0x80
	}
	return (sp ^ before) & swarHigh
}

// spaceBytes returns the high bit of each byte of x, eight ASCII bytes,
// that is white space: ' ' or '\t' to '\r'.
func spaceBytes(x uint64) uint64 {
	sp := ^((x ^ ' '*swarOnes) + 0x7f*swarOnes) & swarHigh
	return sp | (x+swarTab)&^(x+swarCR)&swarHigh
}

// spaceRune reports whether the rune s opens with, not ASCII, is white
// space (unicode.IsSpace), and how many bytes it takes.
func spaceRune(s string) (bool, int) {
	r, size := utf8.DecodeRuneInString(s)
	return unicode.IsSpace(r), size
}
