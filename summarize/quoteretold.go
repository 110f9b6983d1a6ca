package summarize

import (
	"slices"
	"strings"
	"unicode"

	"github.com/chorusnews/chorus/internal/lex"
)

// A quotation of words the summary already gives (replaceRetoldQuotes).
// A source often reports a speaker's line and another, or the same one
// later, quotes it (invented: "The mayor of Brenmoor says the town is
// \"done waiting for a bridge that never comes\" after the vote" and "\"We
// are done waiting for a bridge that never comes,\" the mayor said."). The
// quote adds a word or two of its own voice and a negation ("if it wasn't
// clear before"), so backsClaim and quotesAgain, which want the quotation's
// words and negation to match the account, keep both; a reader meets the
// line twice.

const (
	// retoldRun is the fewest words in a row of the quotation the other
	// sentence gives as they stand.
	retoldRun = 5
	// retoldRunTerms is the fewest content words in that run: a run of
	// function words and a name ("the head of the agency") is no repeat.
	retoldRunTerms = 3
	// retoldFresh is the most content words the quoting sentence may add
	// to the other, a speaker's verb and a word of voice: more are news.
	retoldFresh = 3
)

// retoldQuote reports whether fact f's sentence quotes words that fact
// p's sentence gives: a quotation of f and p's sentence share retoldRun
// words in a row or more, retoldRunTerms of them content words; f adds at
// most retoldFresh content words to p and no number.
func (c *cluster) retoldQuote(f, p int) bool {
	x, y := &c.cands[c.facts[f].rep], &c.cands[c.facts[p].rep]
	if x.flags&flagQuote == 0 || len(x.terms)-lex.Intersect(x.terms, y.terms) > retoldFresh ||
		lex.Intersect(x.numbers, y.numbers) < len(x.numbers) {
		return false
	}
	words := strings.FieldsFunc(lex.Lower(y.text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for _, q := range quotations(x.text) {
		run := longestRun(lex.SpaceFields(q), words)
		if len(run) < retoldRun {
			continue
		}
		n := 0
		for _, t := range c.tok.tokens(strings.Join(run, " ")) {
			if !t.stop {
				n++
			}
		}
		if n >= retoldRunTerms {
			return true
		}
	}
	return false
}

// longestRun returns the longest run of words of a that b holds in the
// same order, side by side.
func longestRun(a, b []string) []string {
	best, at := 0, 0
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := range a {
		for j := range b {
			cur[j+1] = 0
			if a[i] == b[j] {
				cur[j+1] = prev[j] + 1
				if cur[j+1] > best {
					best, at = cur[j+1], i+1
				}
			}
		}
		prev, cur = cur, prev
	}
	return a[at-best : at]
}

// replaceRetoldQuotes gives the place of each chosen fact that quotes
// words another chosen fact gives (retoldQuote), or quotes a statement
// another reports (quotesReported), to the stand-in a lede
// twin would get (ledeTwinStandIn), or leaves it out when there is none and the rest
// holds adaptiveMin words.
// The opening stays, and so does a sentence the next one chosen from its
// source leans on (leansOn) or that introduces another chosen
// sentence's subject (introducesSubject). A reader's summary only, after
// replaceOpeningRetold. Multi-News validation default summaries: 2
// change, both better (repeat18b); train 1-38,000: none.
func (c *cluster) replaceRetoldQuotes(picked []int) []int {
	if c.lead < 0 || c.figs == nil || len(picked) < 2 {
		return picked
	}
	limit := c.tuning().Overlap
	var off map[int]bool
	offDone := false
	for i := 0; i < len(picked); i++ {
		f := picked[i]
		if f == c.lead || c.leansOn(f, picked) || c.introducesSubject(f, c.lead, picked) {
			continue
		}
		others := append(append([]int(nil), picked[:i]...), picked[i+1:]...)
		if !slices.ContainsFunc(others, func(p int) bool { return c.retoldQuote(f, p) }) && !c.quotesReported(f, others) {
			continue
		}
		if !offDone {
			off, offDone = c.offStorySources(c.lead), true
		}
		if g := c.ledeTwinStandIn(f, others, off, limit); g >= 0 {
			picked[i] = g
			continue
		}
		if c.wordsOf(others) >= adaptiveMin {
			picked = others
			i--
		}
	}
	return picked
}

// A quote that says again what an earlier chosen sentence reports
// (quotesReported): the statement first as "<speaker> said that ...",
// then as the speaker's own words, with no run of retoldRun words in
// common (invented: "Engineers in Ostrel say they have found how to
// keep the old bridge standing for a decade" and "\"We have found in
// principle how the bridge can stand another decade,\" said Mira Tolle
// of the works office.").
const (
	// reportedShared is the fewest content words of the quotation the
	// earlier sentence gives.
	reportedShared = 4
	// reportedFresh is the most content words of the quotation it lacks.
	reportedFresh = 2
	// attributionWords is the most words outside the quotation: a
	// speaker's name, a title and "said"; more tell news of their own.
	attributionWords = 6
)

// sayWords are the verbs and links of an attribution.
var sayWords = lex.Set("said", "says", "say", "told", "tells", "added", "explained", "according", "to", "of", "at", "the", "a", "an", "he", "she", "they", "who", "from")

// quotesReported reports whether chosen fact f holds one quotation, of
// words another chosen fact (others) reports: the quotation shares
// reportedShared content words or more with it and lacks at most
// reportedFresh, f's words outside the quotation are an attribution
// (attributionWords at most, sayWords and the other's words not
// counted: attributionOnly), and f gives no
// number the other does not.
func (c *cluster) quotesReported(f int, others []int) bool {
	x := &c.cands[c.facts[f].rep]
	qs := quotations(x.text)
	parts := strings.Split(quoteMarks.Replace(x.text), "\"")
	if len(qs) != 1 || len(parts) != 3 {
		return false
	}
	outside := lex.LetterWords(lex.Lower(parts[0]+" "+parts[2]), -1)
	var qt []uint64
	for _, t := range c.tok.tokens(qs[0]) {
		if !t.stop && !t.num {
			qt = append(qt, t.hash)
		}
	}
	qt = sortUnique(qt)
	for _, p := range others {
		y := &c.cands[c.facts[p].rep]
		if attributionOnly(outside, y.text) > attributionWords {
			continue
		}
		if quoteFirst(y.text) || c.dirt(p) > 0 || c.deniesRead(x) != c.deniesRead(y) || lex.Intersect(x.numbers, y.numbers) < len(x.numbers) {
			continue
		}
		k := lex.Intersect(qt, y.terms)
		if k >= reportedShared && len(qt)-k <= reportedFresh {
			return true
		}
	}
	return false
}

// attributionOnly counts the words of outside, a quoting sentence's words
// outside its quotation, that are neither sayWords nor words of t.
func attributionOnly(outside []string, t string) int {
	tw := make(map[string]bool)
	for _, w := range lex.LetterWords(lex.Lower(t), -1) {
		tw[w] = true
	}
	n := 0
	for _, w := range outside {
		if !sayWords[w] && !tw[w] {
			n++
		}
	}
	return n
}
