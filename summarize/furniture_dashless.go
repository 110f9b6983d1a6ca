package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/clean"
	"github.com/chorusnews/chorus/internal/lex"
)

// A listed city's dateline run into the story with its dash lost, in
// lower-cased text: "Rome a court in tarnwick ruled ...", "Nairobi as the
// country began three days of mourning ...", "Paris former minister ilse
// varga says ...". The dash-led datelines are cut elsewhere
// (furniture_cityheadline.go, furniture_firstdateline.go); here the city
// stands bare before a word no sentence whose subject is the city goes on
// with. The cut is made after selection on a sentence among its article's
// first cityHeadlineSentences sentences (cutDashlessDatelines), so no other
// sentence moves. Multi-News validation: 7 of 5,599 summaries change, all
// read, all better ("Moscow former u.s. spy agency contractor ..." reads
// "Former U.S. spy agency contractor ..."); train 1-38,000: 23 of 37,865
// change, all read, all better.

// dashlessMinRest is the fewest words of the story after the city.
const dashlessMinRest = 8

// dashlessOpeners open a story after a dashless dateline: words that
// cannot follow a city that is the sentence's subject or a modifier
// ("Washington said ...", "Boston police ...", "Beijing on monday
// ..." stay).
var dashlessOpeners = lex.Set("the", "a", "an", "this", "these", "if", "it", "its", "his", "her", "their",
	"they", "he", "she", "we", "with", "as", "one", "two", "three", "four", "five", "having", "former", "when",
	"while", "despite", "amid", "following", "more", "some", "many", "most", "both", "nearly", "hundreds",
	"thousands", "dozens")

// cutDashlessDateline returns s without a listed city (clean.IsDatelinePlace,
// at most cityHeadlineWords words) that opens it with no punctuation
// after it, and true: the next word is one of dashlessOpeners in lower
// case and at least dashlessMinRest words follow the city. s and false
// otherwise.
func cutDashlessDateline(s string) (string, bool) {
	f := lex.SpaceFieldsShared(s[:min(len(s), 120)])
	if len(f) < 2 || f[0][0] < 'A' || f[0][0] > 'Z' {
		return s, false
	}
	for n := min(cityHeadlineWords, len(f)-1); n >= 1; n-- {
		if !clean.IsDatelinePlace(strings.Join(f[:n], " ")) {
			continue
		}
		if !dashlessOpeners[f[n]] { // lower case only: "Paris The ..." is no lower-cased run-in
			return s, false
		}
		rest := afterFields(s, n)
		if countWords(rest) < dashlessMinRest {
			return s, false
		}
		return lex.UpperFirst(rest), true
	}
	return s, false
}

// cutDashlessDatelines cuts, in a reader's summary of lower-cased text, a
// city's dateline without its dash (cutDashlessDateline) from each
// sentence that is one of its article's first cityHeadlineSentences
// sentences; picked holds the summary's facts in order (rewritePicked).
func (c *cluster) cutDashlessDatelines(picked []int, sum *chorus.Summary) {
	if !c.lowerCased() {
		return
	}
	rewritePicked(picked, sum, func(i int, s string) (string, bool) {
		if c.cands[c.facts[picked[i]].rep].pos >= cityHeadlineSentences {
			return s, false
		}
		return cutDashlessDateline(s)
	})
}
