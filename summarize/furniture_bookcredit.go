package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A book's bibliographic line, set over a review or an excerpt: "The
// Harbour Years: a memoir by Ida Roe Westvale Press.", "Tide Tables by
// Oren Lusk (Gullwing Books, 2031) 212 pp." It names a book, its author
// and its publisher and tells no fact of the story; chosen, it reads as a
// line of a catalogue. bookCredit tells it, and markTeasers leaves it out
// of a reader's candidates:
//   - a page count, "<figure> pp." or "<figure> pp,", in a line of at most
//     bookCreditWords words; or
//   - a title with its colon, then "by" and at most bookCreditTailWords
//     words closing on a publisher's word ("publishers", "press",
//     "books", "publishing") and a full stop.
//
// "The memoir was published by Westvale Press." has no title's colon
// and stays, as does a line that quotes. Against 6cfaca0: validation 1
// changed, the same (a memoir's credit line gave way to its blurb);
// train 1-6,000 0.

// Bounds of bookCredit.
const (
	// bookCreditWords is the most words of a line with a page count.
	bookCreditWords = 30
	// bookCreditTailWords is the most words from "by" to the end.
	bookCreditTailWords = 7
)

// publisherWords close a book's credit line, lower case.
var publisherWords = lex.Set("publishers", "press", "books", "publishing")

// bookCredit reports whether s is a book's bibliographic line (see above).
func bookCredit(s string) bool {
	if lex.ContainsAny(s, "\"“”") {
		return false
	}
	if i := strings.Index(s, " pp"); i > 0 && i+3 <= len(s) && (i+3 == len(s) || lex.ContainsAny(s[i+3:i+4], ".,;)")) &&
		s[i-1] >= '0' && s[i-1] <= '9' {
		return countWords(s) <= bookCreditWords
	}
	if !strings.HasSuffix(s, ".") {
		return false
	}
	colon := strings.IndexByte(s, ':')
	by := strings.LastIndex(s, " by ")
	if colon < 0 || by < colon {
		return false
	}
	tail := lex.SpaceFieldsShared(s[by+len(" by ") : len(s)-1])
	return len(tail) >= 2 && len(tail) <= bookCreditTailWords && publisherWords[lex.Lower(tail[len(tail)-1])]
}
