package summarize

import (
	"slices"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file is a move of the ordering stage. A reader's lead that opens
// with "the X" ("The settlement was signed in May, ...", "The workers
// have fed the goats for years.") points back at what its article told
// just before; the reader, who starts there, asks which settlement, which
// workers. When the article's previous sentence is short, fit to lead
// (predLedeFits) and not chosen, it is brought in to lead: the summary
// tells the thing, then what the lead says of it. A previous sentence
// already chosen is openWithPredecessor's (ledepred.go).

// antecedentMaxWords is the most words a previous sentence brought in to
// lead may have: a short one only, so that the summary grows by little.
const antecedentMaxWords = 30

// bringLeadAntecedent returns picked with the previous sentence of the
// lead's article in front when the lead opens with "the X"
// (definiteHeads) and that sentence may lead in its place
// (antecedentFits); otherwise picked unchanged.
func (c *cluster) bringLeadAntecedent(picked []int) []int {
	if !c.reader || c.seen != nil || c.q != nil || len(picked) == 0 {
		return picked
	}
	lead := &c.cands[c.facts[picked[0]].rep]
	if lead.prevInDoc < 0 || len(definiteHeads(lead.text)) == 0 {
		return picked
	}
	if !c.antecedentFits(lead.prevInDoc, picked) {
		return picked
	}
	f := c.cands[lead.prevInDoc].fact
	c.lead = f
	return append([]int{f}, picked...)
}

// antecedentFits reports whether candidate ci, the previous sentence of
// the lead's article, may lead before it: the representative of a fact not chosen
// (picked) nor stale, at most antecedentMaxWords words, opening with
// no "the X" of its own, and fit to lead in place of the sentence after
// it (predLedeFits).
func (c *cluster) antecedentFits(ci int, picked []int) bool {
	cd := &c.cands[ci]
	if cd.words > antecedentMaxWords || c.facts[cd.fact].rep != ci || c.stale[cd.fact] {
		return false
	}
	return !slices.Contains(picked, cd.fact) && len(definiteHeads(cd.text)) == 0 && cd.flags&flagDefinite == 0 && !thatPointsBack(cd.text) && c.predLedeFits(cd)
}

// thatPointsBack reports whether one of the first backReach words of s is
// "that" as a subject, before a verb of being or having ("While unlikely,
// that was the scenario ...", "That's what ..."): it points at something
// told before it.
func thatPointsBack(s string) bool {
	w := lex.LetterWords(s, backReach+1)
	for i := 0; i+1 < len(w) && i < backReach; i++ {
		if w[i] == "that" && thatVerbs[w[i+1]] {
			return true
		}
	}
	return false
}

// thatVerbs after "that" make it a subject (thatPointsBack); "s" is the
// letters of "that's".
var thatVerbs = lex.Set("was", "is", "were", "are", "has", "had", "s", "will", "would")
