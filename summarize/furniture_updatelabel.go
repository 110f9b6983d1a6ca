package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// A page's update label run into a sentence, with its stamp and a colon:
// "Update, feb. 5, 7:43 p.m.: the council ...", "<name> update 3/1/15
// 7:30 p.m.: the council ...", "<headline> update dec. 2, 2013: the
// council ...", "Update at 3:36 from <outlet>'s <name>: the council ...".
// The stamp ends at the colon, so the story after it is the sentence; cut
// after selection (cutUpdateLabels), so no other sentence moves.

// Bounds of cutUpdateLabel: the words before "update" and between it and
// the colon, and the story's fewest words.
const (
	updateLabelBefore  = 8
	updateLabelStamp   = 8
	updateLabelMinRest = 6
)

// cutUpdateLabel returns s without an update label that opens it, and
// true: "update" (or "updated", maybe with a comma) as one of its first
// updateLabelBefore+1 words and after no stopword ("in an update on ..."
// is prose), then within updateLabelStamp words a word that ends in a
// colon, the words from "update" to it holding a digit (a date, a clock
// time, a count) and the word after it no digit (a tokenized clock,
// "2: 00", goes on); the story after the colon at least updateLabelMinRest
// words. s and false otherwise.
func cutUpdateLabel(s string) (string, bool) {
	if len(s) < 20 || !strings.Contains(lex.LowerASCII(s[:min(len(s), 200)]), "update") {
		return s, false
	}
	f := lex.SpaceFieldsShared(s[:min(len(s), 400)])
	for i := 0; i < len(f) && i <= updateLabelBefore; i++ {
		w := lex.Lower(strings.TrimRight(f[i], ","))
		if w != "update" && w != "updated" {
			continue
		}
		if i > 0 && lex.IsStopword(lex.Lower(f[i-1])) {
			return s, false
		}
		digit := false
		for k := i + 1; k < len(f) && k <= i+updateLabelStamp; k++ {
			digit = digit || lex.HasDigit(f[k])
			if !strings.HasSuffix(f[k], ":") || k+1 < len(f) && f[k+1][0] >= '0' && f[k+1][0] <= '9' {
				continue // no colon, or a tokenized clock's ("2: 00")
			}
			rest := afterFields(s, k+1)
			if !digit || countWords(rest) < updateLabelMinRest {
				return s, false
			}
			return lex.UpperFirst(rest), true
		}
		return s, false
	}
	return s, false
}

// cutUpdateLabels cuts, in each sentence of a reader's summary of
// lower-cased text, an update label that opens it (cutUpdateLabel).
func cutUpdateLabels(sum *chorus.Summary, lower bool) {
	if !lower {
		return
	}
	cutEach(sum, cutUpdateLabel)
}
