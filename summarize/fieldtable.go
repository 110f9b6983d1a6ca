package summarize

import (
	"sync/atomic"

	"github.com/chorusnews/chorus/internal/lex"
)

// fieldStarts returns the byte offsets of the first n words of s and the
// words themselves, lower-cased and trimmed of punctuation. The slices
// are shared (capped at their length): callers must not change them.
//
// Rule after rule reads the first words of the same sentence (the
// headline and run-in cuts of the reading stage, and again of the
// summary's sentences when it is written), so what was split lately is
// kept in fieldTable and a text is split again only when a rule asks for
// more of its words than were split.
func fieldStarts(s string, n int) ([]int, []string) {
	if len(s) > maxFieldText || n <= 0 {
		return splitFieldStarts(s, n)
	}
	at := fieldSlot(s)
	e := fieldTable[at].Load()
	if e == nil || e.text != s || n > e.n && len(e.words) == e.n {
		// Not split lately, or split into fewer words than asked for
		// while it holds more.
		starts, words := splitFieldStarts(s, n)
		e = &fieldEntry{text: s, n: n, starts: starts, words: words}
		fieldTable[at].Store(e)
	}
	k := min(n, len(e.words))
	return e.starts[:k:k], e.words[:k:k]
}

// fieldEntry is a text and splitFieldStarts(text, n). No field is written
// after the entry is stored.
type fieldEntry struct {
	text   string
	n      int
	starts []int
	words  []string
}

// fieldTable holds, in each slot chosen by fieldSlot, the last text split
// there: entries are stored and loaded whole, so it is safe for
// concurrent use, and a text that shares a slot with another is only
// split again.
var fieldTable [1 << fieldTableBits]atomic.Pointer[fieldEntry]

// fieldTableBits is the base-2 logarithm of fieldTable's size: enough
// slots for the sentences of the clusters a few workers read at once.
const fieldTableBits = 10

// maxFieldText is the longest text, in bytes, fieldTable holds: a
// sentence, not an article.
const maxFieldText = 2048

// fieldSlot picks the slot of s from its length and its first and last
// eight bytes (cheaper than hashing a whole sentence).
func fieldSlot(s string) int {
	h := uint64(len(s)) * 0x9E3779B97F4A7C15
	for i := 0; i < 8 && i < len(s); i++ {
		h ^= uint64(s[i]) << (8 * i)
	}
	h = lex.Mix(h)
	for i := max(len(s)-8, 0); i < len(s); i++ {
		h ^= uint64(s[i]) << (8 * (i % 8))
	}
	return int(lex.Mix(h) >> (64 - fieldTableBits))
}
