package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A time and its subordinate clause with no main clause. A page that
// breaks a sentence after its opening clause ("In 2031, when she ran
// for the council. Tarn, then a clerk, was ...") leaves a "sentence" that
// says when and under what, never what happened: "On Sunday, as the
// ferry was leaving the pier." A reader's summary leaves such a piece
// out of its candidates, as it does the other clause pieces
// (markClausePieces, clausepiece.go).
//
// Multi-News validation: 2 changed, 2 better / 0 worse / 0 the same;
// train 1-38,000: 4 changed, 3 / 1 / 0 (the worse: the selector put a
// sentence with a site's name run into it first in the piece's place).
// Left alone: "Then, after ..." (a main clause may follow without a
// comma) and "In fact, as ..." (no time).

// timeOpeners are the prepositions that open a phrase of time.
var timeOpeners = lex.Set("in", "on", "at", "by", "during", "until", "since")

// timeSpans name a time in a phrase of time, beside months, numbers and
// timeWords (weekdays, parts of a day).
var timeSpans = lex.Set("day", "days", "weeks", "month", "months", "year", "years", "decade", "spring",
	"summer", "fall", "autumn", "winter", "time")

// timeSubordinators open the clause after the phrase of time.
var timeSubordinators = lex.Set("when", "while", "after", "before", "as", "because", "since", "until",
	"although", "though", "if")

// clauseSubjectAfter are the words a subject pronoun may follow inside a
// subordinate clause without opening a main clause ("... saying there
// was", "... while they switch").
var clauseSubjectAfter = lex.Set("who", "whom", "that", "which", "while", "when", "as", "if", "because",
	"since", "after", "before", "until", "and", "but", "or", "saying", "said", "says", "where", "so")

// timeClausePiece reports whether s is a phrase of time of at most
// four words (timeOpeners, then a number, a month, one of timeWords or
// timeSpans), a comma, and a clause on one of timeSubordinators that
// runs to the full stop with no comma, dash, colon or quotation mark and
// no subject pronoun that opens a main clause ("On Monday, when the
// crew arrived they found ...": a comma left out).
func timeClausePiece(s string) bool {
	if len(s) < 12 || s[0] < 'A' || s[0] > 'Z' || !strings.HasSuffix(s, ".") || strings.Count(s, ",") != 1 ||
		lex.ContainsAny(s, ";:\"“”—–?") || strings.Contains(s, " -") {
		return false
	}
	f := lex.SpaceFieldsShared(s)
	comma := -1
	for i := 0; i < len(f) && i < 5; i++ {
		if strings.HasSuffix(f[i], ",") {
			comma = i
			break
		}
	}
	if comma < 1 || comma+3 >= len(f) || !timeOpeners[lex.Lower(f[0])] || !timeSubordinators[lex.Lower(f[comma+1])] {
		return false
	}
	timed := false
	for _, w := range f[1 : comma+1] {
		w = lex.Lower(strings.TrimRight(w, ","))
		if w != "" && (w[0] >= '0' && w[0] <= '9' || isMonth(w) || timeWords[w] || timeSpans[w]) {
			timed = true
		}
	}
	if !timed {
		return false
	}
	for i := comma + 3; i < len(f); i++ {
		if w := lex.Lower(strings.TrimRight(f[i], ".")); clauseSubjects[w] && !clauseSubjectAfter[lex.Lower(f[i-1])] {
			return false
		}
	}
	return true
}
