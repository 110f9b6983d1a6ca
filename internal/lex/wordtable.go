package lex

import "sync/atomic"

// Tables of texts split or lower-cased lately: dozens of rules read the
// words of the same candidate sentence, and all but the first copy them
// from here instead of splitting the sentence again. Each slot holds the
// last text stored in it, chosen by textSlot; a text and its words are
// stored and loaded together, so the tables are safe for concurrent use,
// and a text that shares a slot with another is only split again. The
// tables hold the texts themselves (no copies), at most 1<<textTableBits
// each, and none longer than maxTableText.
var (
	// letterWordsTable holds AppendLetterWords's words of a text in full.
	letterWordsTable [1 << textTableBits]atomic.Pointer[textWordsEntry]
	// spaceFieldsTable holds SpaceFields's fields.
	spaceFieldsTable [1 << textTableBits]atomic.Pointer[textWordsEntry]
	// lowerTable holds Lower's copies of ASCII texts with an upper-case
	// letter.
	lowerTable [1 << textTableBits]atomic.Pointer[lowerEntry]
)

// textTableBits is the base-2 logarithm of a table's size: 1,024 slots hold
// the sentences of the clusters a few workers read at once (4,096 gave the
// same instruction count and 15 MB more peak memory on Multi-News test).
const textTableBits = 10

// maxTableText is the longest text, in bytes, the tables hold: a
// sentence, not an article, so that a long-running server keeps a few
// megabytes here at most and a long text is never compared in full on
// a lookup.
const maxTableText = 2048

// textWordsEntry is a text and its words. Neither is written after the
// entry is stored.
type textWordsEntry struct {
	text  string
	words []string
}

// lowerEntry is a text and its lower case.
type lowerEntry struct{ text, lower string }

// textSlot picks the slot of s from its length and its first and last
// eight bytes: cheaper than hashing a whole sentence, and texts that
// agree in all three are rare enough to share a slot.
func textSlot(s string) int {
	h := uint64(len(s)) * 0x9E3779B97F4A7C15
	if len(s) >= 8 {
		h ^= word8(s, 0)
		h = Mix(h) ^ word8(s, len(s)-8)
	} else {
		h ^= tail8(s, 0)
	}
	return int(Mix(h) >> (64 - textTableBits))
}
