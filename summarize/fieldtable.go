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
	if len(s) > lex.MaxTableText || n <= 0 {
		return splitFieldStarts(s, n)
	}
	at := lex.TextSlot(s)
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

// fieldTable holds, in each slot chosen by lex.TextSlot, the last text
// split there, as lex's own tables do: entries are stored and loaded
// whole, so it is safe for concurrent use, and a text that shares a slot
// with another is only split again.
var fieldTable [lex.TableSlots]atomic.Pointer[fieldEntry]
