package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A page's "About ..." box heading run into its text, or a sentence cut
// after its verb so that it opens on "About": "About the show the
// harbour hour with Anna Varga tackles the week's news.", "About us
// since 1988, the Tarnwick trust has ...", "About this project the
// series was produced by ...", "About the ferry and asked for more
// details.", "About the crash, which happened near the pier." Neither
// is a sentence a reader's summary can use. aboutOpening reads it and
// markTeasers leaves it out of a reader's candidates. "About" before a
// number and the approximations ("About the only thing that was clear
// ...", "About the time the ferry left, ...", "About this time of year
// ...", "About the size of a cat, the fox ...": aboutApprox) stay, and
// so does "About the <noun>, <a clause with its own subject>" ("About
// the vote, the mayor said ...").
// Measured against d3760c9 with the rules before it (positionCaption,
// pageParenPlaces, noCommentNote): validation 2 changed, both better (a
// show's blurb and a meeting's box heading gave way to the story's
// lines); train 1-38,000 13 changed, all read: 9 better (boxes "About
// us", "About the show", "About the species" and five cut sentences
// "About the trip and asked ...", "About the killing of children."
// gone), 3 the same (the line brought in as weak: "The logo was the
// final touch ..." as an opening), 1 worse (a film's "About this
// project" plot line gave way to "Except for the fact that she's ...").

// aboutDeterminers follow "About" in the openings aboutOpening reads.
var aboutDeterminers = lex.Set("the", "this", "these", "our", "us")

// aboutApprox are the words after "About the" or "About this" that make
// it an approximation or a time ("about the only", "about this time").
var aboutApprox = lex.Set("only", "time", "same", "size", "length", "height", "weight", "age", "number", "cost",
	"price", "distance", "width", "depth", "speed", "population", "area", "equivalent", "most", "best", "worst",
	"least", "last", "first", "closest", "nearest", "extent", "point", "year", "week", "month", "moment", "hour",
	"middle", "end", "start", "beginning", "level", "amount", "total", "value", "rate", "pace")

// aboutClauseOpeners open a clause with its own subject after "About the
// <noun>,": the sentence is whole.
var aboutClauseOpeners = lex.Set("the", "a", "an", "he", "she", "they", "we", "i", "it", "you", "his", "her",
	"their", "our", "its", "this", "that", "there")

// aboutOpening reports whether s opens on "About" and a determiner in a
// page's heading or a cut sentence (see above).
func aboutOpening(s string) bool {
	if len(s) < 9 || !strings.EqualFold(s[:6], "about ") {
		return false
	}
	w := lex.LetterWords(s, 3)
	if len(w) < 3 || !aboutDeterminers[w[1]] || aboutApprox[w[2]] {
		return false
	}
	if _, after, ok := strings.Cut(s, ","); ok {
		next := lex.LetterWords(after, 1)
		if len(next) == 1 && (aboutClauseOpeners[next[0]] || strings.HasPrefix(strings.TrimSpace(after), strings.ToUpper(next[0][:1]))) &&
			w[1] != "us" {
			return false // "About the vote, the mayor said ...": a whole sentence
		}
	}
	return true
}
