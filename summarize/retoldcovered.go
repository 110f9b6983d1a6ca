package summarize

import (
	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the selection stage's reader pass, after
// replaceRetoldEvents: a chosen sentence that another chosen sentence
// holds nearly whole. A source's short line often says again, in fewer
// words, what a longer chosen sentence tells (invented: "The boy was
// flown to Marlow general hospital." after "The 12-year-old was flown
// to Marlow general hospital for surgery, a deputy said."), or is a
// caption's or headline's leftover naming what the other tells ("Mayor
// Tessa Runcorn of Ellingby."). Its subject need not be the other's, so
// retellsEvent misses it; what it adds is at most one content word.

const (
	// coveredShared is the fewest content terms the covered sentence
	// shares with the one that covers it: with three, short lines about
	// one name ("<name> said no.") share all they hold.
	coveredShared = 4
	// coveredOwn is the most content terms of the covered sentence that
	// the covering one lacks.
	coveredOwn = 1
)

// coveredBy reports whether chosen fact f's sentence is held nearly
// whole by chosen fact p's: it has coveredShared content terms or more
// in common with it and at most coveredOwn of its own (one more when it
// shares one more, or has no verb: a caption's leftover, "<name> with
// her son, <name>, at <place>."; and one fewer shared when it has no verb
// and at most coveredOwn of its own: "<institution> campus."), p's
// sentence has more terms, each number of f's is one of p's (numbersToldIn), and f
// denies nothing p does not (a denial is news: "<name> was not hurt"
// after a crash) nor tells of a second one (anotherOne).
func (c *cluster) coveredBy(f, p int) bool {
	x, y := &c.cands[c.facts[f].rep], &c.cands[c.facts[p].rep]
	if len(y.terms) <= len(x.terms) {
		return false
	}
	n := lex.Intersect(x.terms, y.terms)
	own := len(x.terms) - n
	switch {
	case own > coveredOwn+1 || n < coveredShared-1:
		return false
	case n == coveredShared-1 && (own > coveredOwn || !verbless(x.text)):
		return false // three shared: a caption's leftover with one word of its own
	case own > coveredOwn && n < coveredShared+1 && !verbless(x.text):
		return false
	}
	if c.deniesRead(x) && !c.deniesRead(y) || anotherOne(x.text) {
		return false
	}
	return numbersToldIn(x.text, y.text)
}

// dropCoveredFacts leaves out each chosen fact (not the opening, nor one
// the next chosen sentence of its article leans on (leansOn), unless it has no
// verb: a caption's or headline's leftover, "<role> <name>.", nothing
// leans on) that another chosen fact covers (coveredBy), when the rest
// holds adaptiveMin words. No stand-in takes its place (see
// replaceRetoldEvents).
func (c *cluster) dropCoveredFacts(picked []int) []int {
	if c.lead < 0 || len(picked) < 2 {
		return picked
	}
	for i := 0; i < len(picked); i++ {
		f := picked[i]
		if f == c.lead || c.leansOn(f, picked) && !verbless(c.cands[c.facts[f].rep].text) {
			continue
		}
		others := append(append([]int(nil), picked[:i]...), picked[i+1:]...)
		if c.wordsOf(others) < adaptiveMin {
			continue
		}
		for _, p := range others {
			if c.coveredBy(f, p) {
				picked = others
				i--
				break
			}
		}
	}
	return picked
}
