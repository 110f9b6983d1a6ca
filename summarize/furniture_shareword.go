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
	rest := words[i:]
	if len(rest) < shareWordMinRest || i == 1 && shareWordNouns[lex.Lower(rest[0])] {
		return s, false
	}
	return capitalizeFirst(strings.Join(rest, " ")), true
}

// cutShareWords cuts, in each sentence of a reader's summary, a share
// button's label that opens it (cutShareWord).
func cutShareWords(sum *chorus.Summary) {
	cutEach(sum, cutShareWord)
}
