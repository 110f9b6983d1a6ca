package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// A picture agency's credit written with a comma or a dash instead of
// a slash, left at the front of a chosen sentence: "Jane roe, getty
// images the council voted ...", "- getty images, file the mayor
// speaks ...", "Credit getty images a survey finds ...", "| photo by
// <agency>, distributed by getty images the chief ...".
// cutOpeningCredit reads only a slash, so these stay; cutGettyCredits
// cuts them after selection (nothing else moves).

// Bounds of cutGettyCredit.
const (
	// gettyCreditMaxBefore is the most words before "getty images".
	gettyCreditMaxBefore = 4
	// gettyCreditMinAfter is the fewest words of the story after it.
	gettyCreditMinAfter = 6
	// gettyCreditMaxSource is the most words of "photo by <source>,
	// distributed by".
	gettyCreditMaxSource = 10
)

// gettyCreditMarks are the words that may stand just before "getty
// images" in a credit (besides a name closed by a comma).
var gettyCreditMarks = lex.Set("-", "|", "credit", "credit:", "photo:", "photos:", "image:", "via", "/")

// cutGettyCredit returns s without a credit through "getty images" that
// opens it, and true: "getty images" among the first
// gettyCreditMaxBefore+1 words, the words before it letters or marks
// (creditName, gettyCreditMarks) and the one just before it a mark or a
// name closed by a comma, or the credit "[| ]photo by <source>,
// distributed by getty images"; a ", file" after it goes too. Repeated
// when the credit is given twice. At least gettyCreditMinAfter words must
// follow, the first opening with a letter. s and false otherwise.
func cutGettyCredit(s string) (string, bool) {
	cut := false
	for {
		rest, ok := cutGettyCreditOnce(s)
		if !ok {
			return s, cut
		}
		s, cut = rest, true
	}
}

// cutGettyCreditOnce is one cut of cutGettyCredit.
func cutGettyCreditOnce(s string) (string, bool) {
	head := lex.LowerASCII(s[:min(len(s), 160)])
	at := strings.Index(head, "getty images")
	if at < 0 {
		return s, false
	}
	before := lex.SpaceFields(head[:at])
	fields := lex.SpaceFieldsShared(s)
	if !gettyCreditPrefix(before) {
		return s, false
	}
	next := len(before) + 2
	if next < len(fields) && strings.EqualFold(strings.Trim(fields[next-1], ",;:"), "images") {
		if strings.EqualFold(strings.Trim(fields[next], ",;:"), "file") {
			next++ // "getty images, file <story>"
		}
	} else {
		return s, false
	}
	if len(fields)-next < gettyCreditMinAfter || !isASCIILetter(fields[next][0]) {
		return s, false
	}
	return lex.UpperFirst(strings.Join(fields[next:], " ")), true
}

// gettyCreditPrefix reports whether before, the lower-cased words before
// "getty images", make a credit's opening (cutGettyCredit).
func gettyCreditPrefix(before []string) bool {
	n := len(before)
	if n == 0 {
		return false // "Getty images ..." opening: cutCreditWord's
	}
	if w := before; len(w) > 0 && w[0] == "|" || len(w) > 1 && w[0] == "photo" && w[1] == "by" {
		if w[0] == "|" {
			w = w[1:]
		}
		if len(w) > 4 && w[0] == "photo" && w[1] == "by" && len(w) <= gettyCreditMaxSource {
			// "photo by <source>, distributed by getty images"
			k := len(w)
			return w[k-2] == "distributed" && w[k-1] == "by" && strings.HasSuffix(w[k-3], ",")
		}
	}
	if n > gettyCreditMaxBefore {
		return false
	}
	for _, w := range before {
		if !gettyCreditMarks[w] && !creditName(strings.TrimRight(w, ",;:")) {
			return false
		}
	}
	last := before[n-1]
	return gettyCreditMarks[last] || strings.HasSuffix(last, ",") && n <= 3
}

// cutGettyCredits cuts the comma- and dash-set agency credits opening a
// reader's summary's sentences (cutGettyCredit).
func cutGettyCredits(sum *chorus.Summary) {
	cutEach(sum, cutGettyCredit)
}
