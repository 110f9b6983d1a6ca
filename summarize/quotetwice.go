package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the selection stage's reader pass, beside
// replaceRetoldQuotes: one quotation given twice. A source reports a line
// in part ("<official> says the town is \"done waiting for a bridge\"")
// and another quotes all of it with the speaker ("\"We said it before:
// we are done waiting for a bridge,\" <official> said"); the second adds
// the speaker's voice around the words the reader has met, often more
// content words than retoldQuote allows.

// quoteTwiceRun is the fewest words of the shorter quotation, all of
// which the longer one must hold as they stand: shorter ones are mostly
// titles ("<show> 2") or a catchphrase the story is about.
const quoteTwiceRun = 6

// dropQuotedTwice leaves out each chosen fact (not the opening, nor a
// sentence another leans on: leansOn) whose sentence holds a whole quotation of
// another chosen sentence, quoteTwiceRun words or more (quotesWhole), or
// a shorter phrase of one (quotesPart, quotetwice_short.go), inside a
// quotation of its own, when the rest holds adaptiveMin words. The
// sentence must open and close its quotations (an even number of marks:
// not one part of a quote the splitter cut).
func (c *cluster) dropQuotedTwice(picked []int) []int {
	if c.lead < 0 || len(picked) < 2 {
		return picked
	}
	for i := 0; i < len(picked); i++ {
		f := picked[i]
		if f == c.lead || c.leansOn(f, picked) || c.introducesSubject(f, c.lead, picked) {
			continue
		}
		x := c.cands[c.facts[f].rep].text
		if n := doubleQuotes(x); n == 0 || n%2 == 1 {
			continue
		}
		others := append(append([]int(nil), picked[:i]...), picked[i+1:]...)
		twice := false
		for _, p := range others {
			if y := c.cands[c.facts[p].rep].text; quotesWhole(y, x) || quotesPart(y, x) {
				twice = true
				break
			}
		}
		if twice && c.wordsOf(others) >= adaptiveMin {
			picked = others
			i--
		}
	}
	return picked
}

// quotesWhole reports whether a quotation of text y, quoteTwiceRun words
// or more, stands whole inside a quotation of text x that a speaker says
// there (spokenQuote): a title quoted in both ("<song title>", "<film
// title>") is no line given twice.
func quotesWhole(y, x string) bool {
	parts := strings.Split(quoteMarks.Replace(x), "\"")
	for _, q := range quotations(y) {
		qw := lex.SpaceFields(q)
		if len(qw) < quoteTwiceRun {
			continue
		}
		for k := 1; k < len(parts); k += 2 {
			xq := quotations("\"" + parts[k] + "\"")
			if len(xq) == 1 && len(longestRun(qw, lex.SpaceFieldsShared(xq[0]))) == len(qw) && spokenQuote(parts, k) {
				return true
			}
		}
	}
	return false
}

// spokenQuote reports whether parts[k], a quotation of a sentence split
// at its double quotation marks, is a speaker's: the words before it end
// with a colon or hold a verb of saying among their last three ("told
// her: \"...", "said, \"..."), or it opens the sentence and a verb of
// saying stands among the three words after it ("\"...,\" <name> said").
func spokenQuote(parts []string, k int) bool {
	before := lex.SpaceFieldsShared(parts[k-1])
	if n := len(before); n > 0 {
		if strings.HasSuffix(before[n-1], ":") {
			return true
		}
		return saysAmong(before[max(0, n-3):])
	}
	if k+1 < len(parts) {
		after := lex.SpaceFieldsShared(parts[k+1])
		return saysAmong(after[:min(3, len(after))])
	}
	return false
}

// saysAmong reports whether one of words is a verb of saying.
func saysAmong(words []string) bool {
	for _, w := range words {
		if core, _ := lowerCore(w); lex.IsAttributionVerb(core) {
			return true
		}
	}
	return false
}
