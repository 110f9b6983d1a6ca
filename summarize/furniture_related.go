package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// A related-links widget's counter run into the sentence after it: "2
// related \"we are not leaving,\" the mayor said.", "1 related in a
// letter to the board, velmor ...". The page shows "<n> related" on a
// button beside a paragraph; once the markup is gone it opens the
// sentence. Cut after selection (cutRelatedCounts), so no other sentence
// moves.

// relatedMinRest is the fewest words of the sentence after the counter.
const relatedMinRest = 5

// relatedOpeners are the words that open a sentence after the counter
// and no link's title: determiners, subject pronouns and prepositions.
var relatedOpeners = lex.Set("the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "our",
	"we", "i", "they", "he", "she", "it", "there", "in", "on", "at", "after", "during", "when", "as", "but", "and")

// cutRelatedCount returns s without a related-links counter ("<n>
// related ") that opens it, its first letter in upper case (capitalizeFirst), and true:
// after the counter a quotation mark or one of relatedOpeners, and at
// least relatedMinRest words. s and false otherwise.
func cutRelatedCount(s string) (string, bool) {
	num, rest, ok := strings.Cut(s, " related ")
	if !ok || len(num) == 0 || len(num) > 2 || strings.Trim(num, "0123456789") != "" {
		return s, false
	}
	rest = strings.TrimSpace(rest)
	if countWords(rest) < relatedMinRest {
		return s, false
	}
	first, _, _ := strings.Cut(rest, " ")
	if !lex.ContainsAny(rest[:1], "\"“'") && !relatedOpeners[lex.Lower(first)] {
		return s, false
	}
	return capitalizeFirst(rest), true
}

// cutRelatedCounts cuts, in each sentence of a reader's summary, a
// related-links counter that opens it (cutRelatedCount).
func cutRelatedCounts(sum *chorus.Summary) {
	cutEach(sum, cutRelatedCount)
}
