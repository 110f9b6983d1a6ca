package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// A share button's label left alone at the front of a sentence: "Share
// the harbour board voted ...", "Share on more share on more a ferry
// carrying ...", "Share advertising the council says ...". cutChosenShareBar
// (furniture_sharebar.go) cuts a bar of two buttons or more; a lone
// "Share", or "share on more" repeated, reached summaries. Cut after
// selection (cutShareWords), so no other sentence moves.

// shareWordMinRest is the fewest words of the story after the label.
const shareWordMinRest = 8

// shareWordButtons are the words a "share on <network>" button names.
var shareWordButtons = lex.Set("more", "pinterest", "link", "email", "facebook", "twitter", "whatsapp")

// shareWordNouns open a sentence whose "Share" is the noun of a story
// ("Share prices fell ...", "Share of the vote ...") or a verb with an
// object ("Share your story ..."), never a button: s is left alone.
var shareWordNouns = lex.Set("prices", "price", "of", "holders", "holder", "buyback", "buybacks", "sale", "sales",
	"value", "values", "count", "counts", "your", "our", "their", "his", "her", "my", "with", "in", "it", "it:",
	"this", "them", "and", "by", "contributed", "photo", "to", "a", "an", "is", "was", "has", "rose", "fell")

// cutShareWord returns s from its story, first letter in upper case, and
// true when s opens on "Share", alone or as a run of "share" and "share on
// <network>" buttons (shareWordButtons), maybe followed by "advertising",
// and shareWordMinRest words or more follow, after a lone "Share" opening
// on none of shareWordNouns; s and false otherwise.
func cutShareWord(s string) (string, bool) {
	if !strings.HasPrefix(s, "Share ") {
		return s, false
	}
	words := lex.SpaceFields(s)
	i := 0
	for i < len(words) && lex.Lower(words[i]) == "share" {
		i++
		if i+1 < len(words) && lex.Lower(words[i]) == "on" && shareWordButtons[lex.Lower(words[i+1])] {
			i += 2
		}
	}
	if i < len(words) && lex.Lower(words[i]) == "advertising" {
		i++
	}
	if i == 1 {
		i += shareLeftovers(words[1:])
	}
	rest := words[i:]
	if len(rest) < shareWordMinRest || i == 1 && shareWordNouns[lex.Lower(rest[0])] {
		return s, false
	}
	return capitalizeFirst(strings.Join(rest, " ")), true
}

// shareFiniteAux are the verbs that, two or three words after "Share by",
// show the words after "by" to be the story's subject.
var shareFiniteAux = lex.Set("is", "are", "was", "were", "has", "have", "had")

// shareLeftovers returns how many of words, those after a lone "Share",
// are the rest of the share bar: a byline with no name and no outlet
// ("by of the"), or its "by" alone before the story's subject ("by
// <place> police are ..."), where the two words after "by" are no given
// name nor "of" and a finite "be" or "have" follows them; and a button
// ("it: tweet"). The byline the bar names ("Share by Jon Roe of the
// <paper> <story>") stays: where the paper's name ends is not written.
// Measured against 6cfaca0: validation 1 changed (better), train
// 1-38,000 2 (both better).
func shareLeftovers(words []string) int {
	if len(words) < 4 {
		return 0
	}
	w0, w1, w2 := lex.Lower(words[0]), lex.Lower(words[1]), lex.Lower(words[2])
	switch {
	case w0 == "it:" && w1 == "tweet":
		return 2
	case w0 != "by":
		return 0
	case w1 == "of" && w2 == "the":
		return 3
	}
	for k := 2; k <= 3; k++ {
		if w := lex.Lower(words[k]); shareFiniteAux[w] {
			return 1
		}
		if w := lex.Lower(words[k-1]); w == "of" || lex.IsGivenName(w) {
			return 0
		}
	}
	return 0
}

// cutShareWords cuts, in each sentence of a reader's summary, a share
// button's label that opens it (cutShareWord).
func cutShareWords(sum *chorus.Summary) {
	cutEach(sum, cutShareWord)
}
