package summarize

import (
	"regexp"
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A photo's credit set in parentheses as "<photographer>/<outlet>" with
// no agency's name that photoCredit knows: "( ana roe/the tarnwick
// herald )", "( tomas rell/harbour pictures )", "( ilse varga / velmora
// times )". A page sets it right after the picture's caption, so beside a
// scene in the present it tells the caption as photoCredit's credits do
// (creditNear: creditedScene, creditedLongScene). A parenthesis of two
// words ("( and/or )", "( he/she )") is none.

// slashCredit matches, in lower-cased text, a parenthesis holding words
// of letters on each side of one slash.
var slashCredit = regexp.MustCompile(`\( ?([a-z][a-z.'’-]*(?: [a-z.'’-]+){0,4}) ?/ ?([a-z][a-z.'’&-]*(?: [a-z.'’&-]+){0,5}) ?\)`)

// slashCreditNot are words that open or end a side of an alternative,
// not of a name: conjunctions, pronouns and articles.
var slashCreditNot = lex.Set("and", "or", "nor", "but", "if", "either", "neither", "he", "she", "him", "her", "his",
	"hers", "they", "them", "their", "it", "its", "we", "us", "you", "a", "an")

// slashCreditMinWords is the fewest words of a slash credit, both sides.
const slashCreditMinWords = 3

// hasSlashCredit reports whether lower, lower-cased text, holds a slash
// credit (slashCredit) of at least slashCreditMinWords words.
func hasSlashCredit(lower string) bool {
	if !strings.Contains(lower, "/") {
		return false
	}
	for _, m := range slashCredit.FindAllStringSubmatch(lower, -1) {
		left, right := strings.Fields(m[1]), strings.Fields(m[2])
		if len(left)+len(right) < slashCreditMinWords {
			continue
		}
		if slashCreditNot[left[0]] || slashCreditNot[left[len(left)-1]] || slashCreditNot[right[0]] || slashCreditNot[right[len(right)-1]] {
			continue
		}
		return true
	}
	return false
}
