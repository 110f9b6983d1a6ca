package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
)

// A common word a page's markup split after its first letter in the
// middle of a sentence: "a team f rom the clinic", "in t he park". In
// lower-cased text truecasing then reads the tail as an acronym ("f
// ROM"). mendDropCaps joins such a letter only where it opens a
// sentence; mendSplitWords joins the few splits that cannot be anything
// else (splitWords) wherever they stand after a word, before truecasing.
//
// Measured against 492942d: validation 1 of 5,598 summaries changed,
// read, better ("f ROM" reads "from"); train 1-38,000 none (no summary
// there holds one of the splits).

// splitWords are the split forms, with the spaces around them, and the
// word each stands for.
var splitWords = [][2]string{
	{" f rom ", " from "}, {" t he ", " the "}, {" t hat ", " that "}, {" t his ", " this "},
	{" w ith ", " with "}, {" w hich ", " which "}, {" w hen ", " when "}, {" w hat ", " what "},
}

// mendSplitWord returns s with each of splitWords that follows a word or
// a comma joined, and true; s and false when none is found.
func mendSplitWord(s string) (string, bool) {
	if !strings.Contains(s, " f ") && !strings.Contains(s, " t ") && !strings.Contains(s, " w ") {
		return s, false
	}
	changed := false
	for _, p := range splitWords {
		for from := 0; ; {
			i := strings.Index(s[from:], p[0])
			if i < 0 {
				break
			}
			i += from
			if i > 0 && (isASCIILetter(s[i-1]) || s[i-1] == ',') {
				s = s[:i] + p[1] + s[i+len(p[0]):]
				changed = true
			}
			from = i + 1
		}
	}
	return s, changed
}

// mendSplitWords joins, in each sentence of a reader's summary, a common
// word split after its first letter (mendSplitWord); sum.Words is
// counted afresh after writing (countSummaryWords).
func mendSplitWords(sum *chorus.Summary) {
	cutEach(sum, mendSplitWord)
}
