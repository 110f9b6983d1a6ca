package summarize

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
)

// This file belongs to the reading stage, after selection: it cuts a
// page's list of archive dates run into a sentence's opening ("<month>,
// <year> <month>, <year> <month>, <year> ... <story>"), the month links
// of a blog's sidebar that the extractor kept before the text. Blind
// readers list it as page furniture. One date opening a sentence is a
// dateline and stays; only a run of three or more goes.
//   - The story after the run keeps its words: "<dates> "<quote>," the
//     senator said." reads ""<quote>," the senator said.".
//   - A sentence with fewer than dateListMinWords words after the run is
//     left out (dateListOnly), keeping at least one sentence.

// dateListRun matches a run of three or more dates opening a sentence:
// "<month>, <year>", "<month> <day>, <year>" or "<day> <month> <year>".
var dateListRun = regexp.MustCompile(`(?i)^(?:(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,? (?:\d{1,2},? )?(?:19|20)\d\d|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,? (?:19|20)\d\d),? ){3,}`)

// dateListFind is dateListRun.FindStringIndex(s), without running the
// expression on a sentence that cannot open with a date: one opening
// with neither a digit nor a month's first three letters in any case (a
// non-ASCII byte there is left to the expression, which folds ſ to s).
func dateListFind(s string) []int {
	if len(s) < 3 {
		return nil // three dates are longer
	}
	if c := s[0]; (c < '0' || c > '9') && s[0]|s[1]|s[2] < utf8.RuneSelf {
		switch string([]byte{s[0] | 0x20, s[1] | 0x20, s[2] | 0x20}) {
		case "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec":
		default:
			return nil
		}
	}
	return dateListRun.FindStringIndex(s)
}

// dateListMinWords is the fewest words a sentence keeps after its run of
// dates; with fewer, the sentence is left out.
const dateListMinWords = 4

// cutDateList returns s without a run of archive dates opening it, and
// whether it changed s. A sentence with too little after the run is left
// as it is (dateListOnly leaves it out).
func cutDateList(s string) (string, bool) {
	m := dateListFind(s)
	if m == nil {
		return s, false
	}
	rest := strings.TrimSpace(s[m[1]:])
	if countWords(rest) < dateListMinWords {
		return s, false
	}
	return capitalizeFirst(rest), true
}

// cutDateLists cuts a run of archive dates from each sentence of sum.
func cutDateLists(sum *chorus.Summary) {
	cutEach(sum, cutDateList)
}

// dateListOnly reports whether s is little more than a run of archive
// dates: dropChosen leaves it out.
func dateListOnly(s string) bool {
	m := dateListFind(s)
	return m != nil && countWords(strings.TrimSpace(s[m[1]:])) < dateListMinWords
}
