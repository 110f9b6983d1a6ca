package lex

import "sync/atomic"

// Tables of texts split or lower-cased lately: dozens of rules read the
// words of the same candidate sentence, and all but the first copy them
// from here instead of splitting the sentence again.
var (
	// letterWordsTable holds AppendLetterWords's words of a text in full.
	letterWordsTable textTable
	// spaceFieldsTable holds SpaceFields's fields.
	spaceFieldsTable textTable
	// lowerTable holds Lower's copies of ASCII texts with an upper-case
	// letter.
	lowerTable textTable
)

// textTable holds, for texts of at most MaxTableText bytes, what was
// computed from a text lately: each slot, chosen by TextSlot, the last
// text stored in it. A text and its words or lower case are stored and
// loaded together, so a table is safe for concurrent use, and a text that
// shares a slot with another is only computed again. A table holds the
// texts themselves (no copies), at most 1<<textTableBits.
type textTable [TableSlots]atomic.Pointer[textEntry]

// textEntry is a text and what a table keeps of it: its words
// (letterWordsTable, spaceFieldsTable) or its lower case (lowerTable).
// No field is written after the entry is stored.
type textEntry struct {
	text  string
	words []string
	lower string
}

// load returns the entry stored for s (nil for none) and the slot of s
// for store: -1 for a text longer than MaxTableText, which is never kept.
func (t *textTable) load(s string) (*textEntry, int) {
	if len(s) > MaxTableText {
		return nil, -1
	}
	at := TextSlot(s)
	if e := t[at].Load(); e != nil && e.text == s {
		return e, at
	}
	return nil, at
}

// store keeps e in slot at (load's) and reports whether it did (not for
// at -1).
func (t *textTable) store(at int, e *textEntry) bool {
	if at < 0 {
		return false
	}
	t[at].Store(e)
	return true
}

// textTableBits is the base-2 logarithm of a table's size: 1,024 slots hold
// the sentences of the clusters a few workers read at once (4,096 gave the
// same instruction count and 15 MB more peak memory on Multi-News test).
const textTableBits = 10

// TableSlots is the number of slots of a table: a package that keeps its
// own table of what it computed from texts lately (summarize's
// fieldTable) sizes it so, picks slots with TextSlot and keeps no text
// longer than MaxTableText.
const TableSlots = 1 << textTableBits

// MaxTableText is the longest text, in bytes, the tables hold: a
// sentence, not an article, so that a long-running server keeps a few
// megabytes here at most and a long text is never compared in full on
// a lookup.
const MaxTableText = 2048

// TextSlot picks the slot of s from its length and its first and last
// eight bytes: cheaper than hashing a whole sentence, and texts that
// agree in all three are rare enough to share a slot.
func TextSlot(s string) int {
	h := uint64(len(s)) * 0x9E3779B97F4A7C15
	if len(s) >= 8 {
		h ^= word8(s, 0)
		h = Mix(h) ^ word8(s, len(s)-8)
	} else {
		h ^= tail8(s, 0)
	}
	return int(Mix(h) >> (64 - textTableBits))
}
