package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/defect"
	"github.com/chorusnews/chorus/internal/lex"
)

// A review page's header, the film's title and year, run into the
// review's first sentence: "Harbour lights (2031) early in "harbour
// lights" the two ferry captains ..." reads "Early in "harbour lights"
// the two ferry captains ...". The review names the film again, so the
// cut loses no one. The cut is made on a reader's summary after
// selection (cutFilmHeaders): only the sentence changes.

// Bounds of cutFilmHeader.
const (
	filmTitleMaxWords = 8  // the title's most words
	filmNamedWithin   = 25 // the review names the title within its first this many words
)

// cutFilmHeader returns s, a sentence of a reader's summary of
// lower-cased text, from its review and true when it opens on a film's
// header: one to filmTitleMaxWords words with no sentence end, comma,
// colon, semicolon or quotation mark, then the year in parentheses alone
// ("(1900)" to "(2099)"); the review after it opens on no verb
// (filmVerbOpener) and names the whole title again, quotation marks
// aside, within filmNamedWithin words (its "the" may go), holds
// fusedLedeMinWords words or more and is no furniture and no caption.
// It returns s and false otherwise.
func cutFilmHeader(s string) (string, bool) {
	starts, words := fieldStarts(s, filmTitleMaxWords+1+filmNamedWithin+fusedLedeMinWords)
	raw := func(i int) string { return fieldText(s, starts, i) }
	y := -1
	for i := 1; i < len(words) && i <= filmTitleMaxWords; i++ {
		if lex.ContainsAny(raw(i-1), `.!?,;:"“”()[]`) && !abbrevLike(raw(i-1)) {
			return s, false
		}
		if filmYear(raw(i)) {
			y = i
			break
		}
	}
	if y < 1 || len(words)-y-1 < fusedLedeMinWords {
		return s, false
	}
	title := words[:y]
	if title[0] == "the" && len(title) > 1 {
		title = title[1:]
	}
	if filmVerbOpener(words[y+1]) || !filmNamesTitle(words[y+1:min(len(words), y+1+filmNamedWithin)], title) {
		return s, false
	}
	lede := lex.UpperFirst(strings.TrimSpace(s[starts[y+1]:]))
	if defect.Furniture(lede) != defect.OK || seenCaption(words[y+1:]) {
		return s, false
	}
	return lede, true
}

// filmYear reports whether field r is a year in parentheses alone,
// "(1900)" to "(2099)".
func filmYear(r string) bool {
	if len(r) != 6 || r[0] != '(' || r[5] != ')' || !(r[1:3] == "19" || r[1:3] == "20") {
		return false
	}
	for _, c := range r[3:5] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// filmVerbOpener reports whether w, the word after the year, is a verb
// that makes the title and year the sentence's subject ("<film> (<year>)
// was ...").
func filmVerbOpener(w string) bool {
	return bareAuxiliaries[w] || w == "said" || w == "says" || pastForms[w] || lex.IsAttributionVerb(w) ||
		len(w) > 4 && strings.HasSuffix(w, "ed")
}

// filmNamesTitle reports whether title's words stand in a row in review.
func filmNamesTitle(review, title []string) bool {
	for i := 0; i+len(title) <= len(review); i++ {
		n := 0
		for n < len(title) && review[i+n] == title[n] {
			n++
		}
		if n == len(title) {
			return true
		}
	}
	return false
}

// cutFilmHeaders cuts, in each sentence of a reader's summary of
// lower-cased text, a film review's header run into the review
// (cutFilmHeader).
func cutFilmHeaders(sum *chorus.Summary, lower bool) {
	if !lower {
		return
	}
	cutEach(sum, cutFilmHeader)
}
