package summarize

import (
	"strings"
	"unicode"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file decides when two sentences of different sources state one fact
// in other words ("Authorities evacuated about 400 homes" and "Some 400
// households were told to leave"), which the grouping of near-duplicates
// (redundancy.go) misses: their wording shares too little. Selection takes
// only one of them, and attribution cites for it every source that states
// it.

const (
	// paraContain is the share of the smaller sentence's content words that
	// the other must hold for the two to state one fact.
	paraContain = 0.75
	// paraLeadContain is paraContain for two articles' opening sentences,
	// which tell the same event in other words more often than not.
	paraLeadContain = 0.5
	// paraMinTerms is the fewest content words a sentence needs for the
	// containment test; shorter ones are compared by figures only.
	paraMinTerms = 5
	// paraFigLen is the fewest characters a figure needs to identify a
	// fact ("400", "6.4"): single and double digits are too common.
	paraFigLen = 3
	// paraFigTerms is how many content words besides a shared figure make
	// two sentences one fact.
	paraFigTerms = 2
	// paraFigShare is the share of the smaller sentence's content words
	// that two sentences sharing a figure must share: a figure repeated in
	// a clause of a sentence about something else ("..., which killed all
	// 229 people aboard") does not make it the same fact (without it, the
	// figure rule cost 0.11 R-1 on duc2003).
	paraFigShare = 0.5
)

// figures returns, for each fact, the sorted hashes of the figures its
// representative gives: numbers as written ("4,000", "6.4", "4:12") of at
// least paraFigLen characters, without years, which date a fact rather
// than state it.
func (c *cluster) figures() [][]uint64 {
	out := make([][]uint64, len(c.facts))
	for f := range c.facts {
		var h []uint64
		for _, w := range strings.Fields(c.cands[c.facts[f].rep].text) {
			w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsDigit(r) })
			if len(w) < paraFigLen || isYear(w) {
				continue
			}
			h = append(h, lex.Hash(w))
		}
		out[f] = sortUnique(h)
	}
	return out
}

// paraphrase reports whether facts a and b state one fact: they share a
// figure, paraFigTerms content words besides it and paraFigShare of the
// smaller one's content words, or one holds most of the other's
// content words. Facts that disagree on negation or on a number never do.
func (c *cluster) paraphrase(a, b int, figs [][]uint64) bool {
	x, y := &c.cands[c.facts[a].rep], &c.cands[c.facts[b].rep]
	if x.negated != y.negated || !sameFigures(x.numbers, y.numbers) {
		return false
	}
	n := lex.Intersect(x.terms, y.terms)
	if sf := lex.Intersect(figs[a], figs[b]); sf > 0 && n-sharedNumbers(x, y) >= paraFigTerms && float64(n) >= paraFigShare*float64(min(len(x.terms), len(y.terms))) {
		return true
	}
	small := min(len(x.terms), len(y.terms))
	if x.pos == 0 && y.pos == 0 && small >= paraMinTerms && float64(n) >= paraLeadContain*float64(small) {
		// Two sources' opening sentences that share this much tell the
		// same event.
		return true
	}
	return small >= paraMinTerms && float64(n) >= paraContain*float64(small) && sameFigures(figs[a], figs[b])
}

// sharedNumbers counts the number terms two candidates share.
func sharedNumbers(x, y *candidate) int { return lex.Intersect(x.numbers, y.numbers) }

// sameFigures reports whether neither of two figure sets holds a figure
// the other lacks, unless one gives none: "23 dead" never restates "25
// dead".
func sameFigures(a, b []uint64) bool {
	if len(a) == 0 || len(b) == 0 {
		return true
	}
	return lex.Intersect(a, b) == min(len(a), len(b))
}
