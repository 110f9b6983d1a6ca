package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// A page's credit line "This story is by <name>" run into the story's
// first sentence, in lower-cased text: "This story is by ilse varga
// though the harbour board denies any plan to sell the pier, ..." reads
// "Though the harbour board denies ...". The credit tells a reader
// nothing; what follows "is by" is the byline cutOpeningByline reads
// (a name of two words, or two names joined by "and", and a story that
// does not go on from it). The cut is made on a reader's summary after
// selection (cutStoryBylines): only the sentence changes.
//
// Measured against 18c2d0d (reader's summaries; every change read):
// validation 1 changed: 1 better; development 1-38,000: the shape is in
// no summary.

// storyCredits open a credit line before its byline's "by".
var storyCredits = []string{"this story is ", "this article is ", "this report is ", "this post is ",
	"this story was written ", "this article was written "}

// cutStoryByline returns s from the story after a credit line and its
// byline that open it, first letter in upper case, and true; s and false
// otherwise.
func cutStoryByline(s string) (string, bool) {
	if len(s) < 40 || s[0] != 'T' && s[0] != 't' || s[1] != 'h' {
		return s, false
	}
	head := lex.Lower(s[:min(len(s), 28)])
	for _, c := range storyCredits {
		if strings.HasPrefix(head, c) {
			if rest, ok := cutOpeningByline(s[len(c):]); ok {
				return rest, true
			}
			return s, false
		}
	}
	return s, false
}

// cutStoryBylines cuts, in each sentence of a reader's summary of
// lower-cased text, a credit line and byline run into its opening
// (cutStoryByline).
func cutStoryBylines(sum *chorus.Summary, lower bool) {
	if lower {
		cutEach(sum, cutStoryByline)
	}
}
