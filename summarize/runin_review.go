package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// A page's section label for a review run into the review's first
// sentence in lower-cased text: "Film review with "harbour lights" ana
// roe has made ...", "Theater review in the second act of ...", "Book
// review of "the last crossing": roe's novel is ...". No sentence goes on
// from "film review" into a preposition, an article or a pronoun; the
// label is the page's, and the review's sentence follows it. The cut is
// made on a reader's summary after selection (cutReviewLabels), so only
// the chosen sentence changes. A title set right after the label
// ("Film review 'harbour lights' roe's ...") is left: where the title
// ends is not known in lower-cased text.

// reviewLabelKinds name what a review label reviews ("<kind> review").
var reviewLabelKinds = lex.Set("movie", "film", "theater", "theatre", "book", "album", "music", "concert", "tv",
	"television", "restaurant", "dance", "opera", "stage", "dvd", "game", "art", "exhibition", "show")

// reviewStoryOpeners may open the review's sentence after the label: an
// article, a preposition, a pronoun, a subordinator or an adverb.
var reviewStoryOpeners = lex.Set("the", "a", "an", "with", "in", "at", "on", "for", "as", "by", "from", "after",
	"before", "during", "since", "when", "while", "if", "although", "though", "even", "there", "it", "it's", "this",
	"these", "those", "its", "his", "her", "their", "our", "my", "we", "i", "you", "he", "she", "they", "one",
	"alternately", "like", "unlike", "despite", "whatever", "somewhere", "early", "late", "halfway", "near")

// Bounds of cutReviewLabel.
const (
	// reviewStoryMinWords is the fewest words of the review's sentence
	// kept.
	reviewStoryMinWords = 8
	// reviewOfReach is the most words read after "<kind> review of" for
	// the colon that ends the label.
	reviewOfReach = 10
)

// cutReviewLabel returns s, a sentence of a reader's summary of
// lower-cased text, without a review label that opens it, first letter
// in upper case, and true: "<kind> review" (reviewLabelKinds), then
// either a word of reviewStoryOpeners that opens reviewStoryMinWords
// words or more, with no word among its first four opening or ending on
// a single quotation mark (a title: "the lost box ' ..."), or "of <title>:" within
// reviewOfReach words, the label going up to the colon. s and false
// otherwise.
func cutReviewLabel(s string) (string, bool) {
	f := lex.SpaceFields(s)
	if len(f) < 3+reviewStoryMinWords || !reviewLabelKinds[lex.Lower(f[0])] || f[1] != "review" {
		return s, false
	}
	rest := f[2:]
	if rest[0] == "of" {
		for i, w := range rest[:min(len(rest), reviewOfReach)] {
			if strings.HasSuffix(w, ":") {
				if len(rest)-i-1 < reviewStoryMinWords {
					return s, false
				}
				return capitalizeFirst(strings.Join(rest[i+1:], " ")), true
			}
		}
		return s, false
	}
	if !reviewStoryOpeners[rest[0]] {
		return s, false
	}
	for _, w := range rest[:4] {
		if w = strings.TrimRight(w, ".,:;"); strings.HasPrefix(w, "'") || strings.HasPrefix(w, "‘") ||
			strings.HasSuffix(w, "'") || strings.HasSuffix(w, "’") {
			return s, false // a title in single marks
		}
	}
	return capitalizeFirst(strings.Join(rest, " ")), true
}

// cutReviewLabels cuts, in each sentence of a reader's summary of
// lower-cased text, a review label run into it (cutReviewLabel).
func cutReviewLabels(sum *chorus.Summary, lower bool) {
	if lower {
		cutEach(sum, cutReviewLabel)
	}
}
