package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A game's score line, the page's headline, run into the story's first
// sentence before its dateline: "Harriers 4, Comets 2 Tarnwick — when the
// last whistle blew, ..." reads "When the last whistle blew, ...". The
// dateline rules read a place before the dash and stop at the score.
// cutScoreHeadline wants the whole shape (two sides, each with its
// points, then a place, a dash and a lower-case story), so a sentence
// that only opens on a score ("Harriers 4, Comets 2 was the final") stays.
// Cut after selection (cutFrontDatelines), so no other sentence moves.
// Measured against 2e04780 on Multi-News default summaries: validation 1
// of 5,598 changed, better (a baseball result and its city gone from the
// lead); train 1-38,000 none (no other chosen sentence has the shape).
// Fill ROUGE is unchanged (a reader's summary only).

// Bounds of cutScoreHeadline.
const (
	// scoreSideWords is the most words of one side's name.
	scoreSideWords = 3
	// scorePlaceWords is the most words of the dateline's place.
	scorePlaceWords = 3
)

// cutScoreHeadline returns s without a score line and a dateline that
// open it, and true: one to scoreSideWords words of letters (no
// stopword), a number of one to three digits and a comma, one to
// scoreSideWords such words and a number; then a place of one to
// scorePlaceWords such words, a lone dash and at least
// frontDatelineMinRest words of story opening in lower case
// (placeDashRest). s and false otherwise.
func cutScoreHeadline(s string) (string, bool) {
	if len(s) < 30 || !strings.Contains(s[:min(len(s), 60)], ", ") || s[0] < 'A' || s[0] > 'Z' {
		return s, false
	}
	f := lex.SpaceFieldsShared(s[:min(len(s), 120)])
	i := scoreSide(f, 0, true)
	if i < 0 {
		return s, false
	}
	if i = scoreSide(f, i, false); i < 0 {
		return s, false
	}
	rest := afterFields(s, i)
	at, story, ok := placeDashRest(rest, 60, frontDatelineMinRest)
	if !ok {
		return s, false
	}
	place := lex.SpaceFieldsShared(rest[:at])
	if len(place) == 0 || len(place) > scorePlaceWords {
		return s, false
	}
	for _, w := range place {
		if !scoreNameWord(w) {
			return s, false
		}
	}
	return upperOpening(strings.TrimSpace(story)), true
}

// scoreSide returns the index of the field after one side of a score
// line that starts at field i of f (its name's words and its points, the
// points followed by a comma when comma is set), or -1.
func scoreSide(f []string, i int, comma bool) int {
	j := i
	for j < len(f) && j < i+scoreSideWords && scoreNameWord(f[j]) {
		j++
	}
	if j == i || j >= len(f) {
		return -1
	}
	n := f[j]
	if comma {
		var ok bool
		if n, ok = strings.CutSuffix(n, ","); !ok {
			return -1
		}
	}
	if len(n) == 0 || len(n) > 3 {
		return -1
	}
	for k := 0; k < len(n); k++ {
		if n[k] < '0' || n[k] > '9' {
			return -1
		}
	}
	return j + 1
}

// scoreNameWord reports whether field w may be a word of a side's or a
// place's name: letters with inner apostrophes, hyphens or dots, no
// stopword.
func scoreNameWord(w string) bool {
	return labelWord(strings.ReplaceAll(w, ".", "")) && !lex.IsStopword(lex.Lower(w))
}
