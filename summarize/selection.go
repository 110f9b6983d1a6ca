package summarize

import "math"

// This file is the selection stage: facts are taken greedily by score within
// the word and sentence budget, skipping sentences too close to one already
// taken, and sentences that lean on a preceding sentence ("He said …",
// "But …") unless that sentence is taken too.

const (
	// minWords is the length below which a sentence is never selected.
	minWords = 4
	// minUnfinishedWords is the length below which a sentence without
	// terminal punctuation (a headline, byline or source name) is never
	// selected.
	minUnfinishedWords = 10
)

// budget is the effective limit of one summary.
type budget struct {
	words, sentences int
	fill             bool
	// lead is the fact that opens the summary, taken first when hasLead.
	lead    int
	hasLead bool
	// adaptive asks for the default length: words is only a cap, and the
	// summary stops at adaptiveWords of the cluster's distinct content.
	adaptive bool
}

// selectFacts returns the indices of the selected facts, in the order
// chosen. Each step takes the fact with the largest objective gain per word
// (see coverage.go) among those that fit the budget, may stand alone and do
// not repeat a chosen one. With b.fill, once nothing fits, one more fact is
// added: the one whose words up to the budget gain most.
func (c *cluster) selectFacts(b budget) []int {
	p := c.tuning()
	o := c.newObjective(p)
	c.figs = c.figures()
	chosen := make([]bool, len(c.facts))
	rejected := make([]bool, len(c.facts))
	var picked []int
	words := 0
	if b.adaptive {
		b.words = c.adaptiveWords(b.words)
	}
	if b.hasLead && b.lead >= 0 && b.lead < len(c.facts) {
		chosen[b.lead] = true
		picked = append(picked, b.lead)
		rep := &c.cands[c.facts[b.lead].rep]
		o.add(rep.concepts, rep.terms)
		words += rep.words
		if b.adaptive {
			b.words = max(b.words, rep.words)
		}
	}
	for b.sentences <= 0 || len(picked) < b.sentences {
		if b.words > 0 && words >= b.words {
			break
		}
		next, best := -1, math.Inf(-1)
		for f := range c.facts {
			if chosen[f] || rejected[f] || !c.eligible(f, chosen) {
				continue
			}
			rep := &c.cands[c.facts[f].rep]
			if !selectable(rep) || c.stale[f] || c.redundant(f, picked, p.Overlap) {
				rejected[f] = true
				continue
			}
			var r float64
			switch left := b.words - words; {
			case b.words <= 0 || rep.words <= left:
				_, r = c.factGain(o, f)
			case !b.fill:
				continue
			default:
				// Only the words up to the budget count.
				r = c.prefixGain(o, f, left) / math.Pow(float64(left), o.costPow)
			}
			if r > best {
				next, best = f, r
			}
		}
		if next < 0 && b.fill && c.figs != nil && (b.words <= 0 || words < b.words) {
			// An evaluation protocol wants the full length: once the
			// distinct facts run out, paraphrases may pad the tail.
			c.figs = nil
			clear(rejected)
			continue
		}
		if next < 0 {
			break
		}
		chosen[next] = true
		picked = append(picked, next)
		rep := &c.cands[c.facts[next].rep]
		o.add(rep.concepts, rep.terms)
		words += rep.words
	}
	return picked
}

// selectable reports whether a sentence may ever appear in a summary.
func selectable(cd *candidate) bool {
	switch {
	case cd.words < minWords, cd.flags&(flagBoilerplate|flagQuestion|flagFragment) != 0:
		return false
	case cd.flags&flagUnfinished != 0 && cd.words < minUnfinishedWords:
		return false
	}
	return true
}

// eligible reports whether fact f can stand in the summary given the facts
// chosen so far: a sentence that depends on its predecessor needs it chosen.
func (c *cluster) eligible(f int, chosen []bool) bool {
	rep := &c.cands[c.facts[f].rep]
	if rep.flags&flagDependent == 0 || rep.prevInDoc < 0 {
		return true
	}
	prev := c.cands[rep.prevInDoc].fact
	return prev == f || chosen[prev]
}

// redundant reports whether fact f repeats one of the picked facts: their
// words overlap by limit or more, or they state one fact in other words
// (paraphrase.go).
func (c *cluster) redundant(f int, picked []int, limit float64) bool {
	a := c.cands[c.facts[f].rep].terms
	for _, p := range picked {
		if jaccard(a, c.cands[c.facts[p].rep].terms) >= limit {
			return true
		}
		if c.figs != nil && c.paraphrase(f, p, c.figs) {
			return true
		}
	}
	return false
}

// jaccard returns the Jaccard similarity of two sorted unique hash sets.
func jaccard(a, b []uint64) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	i, j, n := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return float64(n) / float64(len(a)+len(b)-n)
}
