package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A "Not that ..." aside. A writer answers the sentence before with a
// denial that has no main clause of its own ("Not that anyone asked.",
// "Not that the ferry was ever on time."): read alone in a summary, it
// is a fragment that comments on something the reader may not have been
// told. A reader's summary leaves it out of its candidates, as it does
// the clause pieces (markClausePieces, clausepiece.go), unless the aside
// goes on into a statement (", but ...", a colon or a dash). "Not that
// long ago" and "not that many" are phrases of degree, not asides: the
// word after "that" must open a subject (a pronoun, a determiner or a
// capitalised name).
//
// Multi-News validation: 1 changed, 1 better / 0 worse / 0 the same;
// train 1-38,000: 7 changed, 3 / 1 / 3 (the worse: a review's credits
// block came in first in the aside's place; the same: another aside
// or a shorter summary in its place).

// asideSubjects open the subject of a "Not that" aside.
var asideSubjects = lex.Set("i", "he", "she", "it", "we", "they", "you", "there", "this", "that", "these",
	"those", "anyone", "anybody", "everyone", "everybody", "someone", "somebody", "nobody", "the", "a", "an",
	"most", "some", "his", "her", "its", "our", "their", "my", "your", "any", "every", "one", "all")

// notThatAside reports whether s opens "Not that" and a subject
// (asideSubjects, or a capitalised word), and holds no ", but", colon or
// dash that carries it on into a statement.
func notThatAside(s string) bool {
	rest, ok := strings.CutPrefix(s, "Not that ")
	if !ok || rest == "" || strings.Contains(s, ", but ") || lex.ContainsAny(s, ":;—–?") ||
		strings.Contains(s, " -") {
		return false
	}
	if rest[0] >= 'A' && rest[0] <= 'Z' {
		return true
	}
	w := lex.LetterWords(rest, 1)
	return len(w) == 1 && asideSubjects[w[0]]
}
