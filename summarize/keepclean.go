package summarize

import (
	"slices"

	"github.com/chorusnews/chorus/defect"
	"github.com/chorusnews/chorus/internal/lex"
)

// Which of two repeats is kept (cleanerTwin). pruneRepeats leaves out,
// of two chosen sentences telling one fact, the one chosen later; it is
// often the one that reads clean, while the one kept carries a headline
// run into its text, opens pointing back ("He", "The move"), is a
// fragment, or names a person by a bare surname (invented: "Tarnwick
// mayor quits tarnwick's mayor quit on Monday after ..." kept, "Ilse
// Varga, Tarnwick's mayor, resigned on Monday after an audit" left out).
// When the two repeat each other both ways, the one with fewer such
// marks (dirt) is kept, the other left out.

// dirt counts the marks of fact f's sentence that a reader sees as
// defects: a headline or teaser run into it (junkish, restatedRunIn)
// counts two; an opening that leans on another sentence, a fragment or
// caption (flags), and a bare surname one each.
func (c *cluster) dirt(f int) int { return c.dirtOf(&c.cands[c.facts[f].rep]) }

// dirtOf counts the marks of cd's sentence (dirt).
func (c *cluster) dirtOf(cd *candidate) int {
	n := 0
	if c.junkish(cd.text) || c.restatedRunIn(cd.text) {
		n += 2
	}
	if cd.flags&(flagDependent|flagFragment|flagDefinite|flagUnfinished|flagBoilerplate|flagLeansBack) != 0 {
		n++
	}
	if cd.bare != "" {
		n++
	}
	return n
}

// cleanerTwin returns the chosen fact p, which fact f repeats, when f is
// to be kept instead: p is not the opening sentence and no later chosen
// sentence leans on it (leanedOn), p repeats f as well (repeatsPair, so
// leaving p out loses no news f lacks), p has more marks (dirt) than f,
// and f quotes only if p does (a quote backing a claim gives way). It returns -1 otherwise: f gives way as before.
func (c *cluster) cleanerTwin(f, p int, picked []int, limit float64) int {
	if p < 0 || p == c.lead || c.leanedOn(p, picked) {
		return -1
	}
	if c.cands[c.facts[f].rep].flags&flagQuote > c.cands[c.facts[p].rep].flags&flagQuote {
		return -1 // a quote gives way to the claim it backs (backsClaim)
	}
	if c.dirt(p) <= c.dirt(f) || !c.repeatsPair(p, f, limit) {
		return -1
	}
	return p
}

// cleanerLead reports whether fact f, chosen, which repeats the opening
// sentence (fact lead), should open the summary instead: the opening
// carries a headline or teaser run into it (dirt two or more), f has no
// mark (dirt 0) and can lead (canLead, passes, not of a feature's form,
// within leadDepth of its source's opening), no other chosen sentence
// leans on the opening, and the opening repeats f as well (repeatsPair,
// sameEvent, retells or echoes asked the other way round), so that the
// summary keeps its news.
func (c *cluster) cleanerLead(f, lead int, picked []int, limit float64) bool {
	if c.dirt(lead) < 2 || c.dirt(f) > 0 || c.leanedOn(lead, picked) {
		return false
	}
	cd := &c.cands[c.facts[f].rep]
	if cd.pos >= leadDepth || c.featureForm(cd.text) || !c.canLead(cd) || !c.passes(cd) || defect.Detect(cd.text, defect.Context{}) != 0 || startsLower(cd.text) || captionWord(cd.text) {
		return false
	}
	return c.repeatsPair(lead, f, limit) || c.sameEvent(lead, f) || c.retells(lead, f) || c.echoes(lead, f)
}

// cleanerMembers gives each chosen fact but the opening sentence (whose
// wording pickLead chose) the wording of another source's sentence of
// the same fact (its members) when that one has fewer marks (dirt), is
// no longer, and no chosen sentence leans on the one it replaces
// (leanedOn): the wordings of one fact repeat each other, and the reader
// is given the clean one. A reader's summary only.
func (c *cluster) cleanerMembers(picked []int) {
	for _, f := range picked {
		if f == c.lead || c.leanedOn(f, picked) {
			continue
		}
		ft := &c.facts[f]
		rep := &c.cands[ft.rep]
		best, bestDirt := -1, c.dirt(f)
		if bestDirt == 0 {
			continue
		}
		for _, m := range ft.members {
			cd := &c.cands[m]
			if m == ft.rep || !selectable(cd) || cd.words > rep.words || formRank(cd.flags) > formRank(rep.flags) {
				continue
			}
			if d := c.dirtOf(cd); d < bestDirt {
				best, bestDirt = m, d
			}
		}
		if best >= 0 {
			ft.rep = best
		}
	}
}

// cleanerOutside replaces a chosen fact but the opening sentence that has
// a headline or teaser run into it (dirt two or more) by an unchosen fact
// that tells it again cleanly (dirt 0): the two repeat each other both
// ways (repeatsPair), the clean one is no longer, repeats no other chosen
// fact, quotes only if the chosen one does, and is no aside nor stale.
// Selection had left it out as the chosen one's repeat.
func (c *cluster) cleanerOutside(picked []int) {
	limit := c.tuning().Overlap
	for i, f := range picked {
		if f == c.lead || c.dirt(f) < 2 || c.leanedOn(f, picked) {
			continue
		}
		rep := &c.cands[c.facts[f].rep]
		for g := range c.facts {
			cd := &c.cands[c.facts[g].rep]
			if slices.Contains(picked, g) || c.asides[g] || c.stale[g] || !selectable(cd) || cd.words > rep.words ||
				cd.flags&flagQuote > rep.flags&flagQuote || formRank(cd.flags) > formRank(rep.flags) || c.dirtOf(cd) > 0 {
				continue
			}
			if lex.Intersect(cd.terms, rep.terms) < outsideTerms || !c.repeatsPair(g, f, limit) || !c.repeatsPair(f, g, limit) || !c.passes(cd) || defect.Detect(cd.text, defect.Context{}) != 0 || startsLower(cd.text) || captionWord(cd.text) {
				continue
			}
			if slices.ContainsFunc(picked, func(p int) bool { return p != f && c.repeatsPair(g, p, limit) }) {
				continue
			}
			picked[i] = g
			break
		}
	}
}

// outsideTerms is the fewest content words a chosen sentence and its
// unchosen clean twin share (cleanerOutside).
const outsideTerms = 6

// captionWord reports whether s names a caption among its first words
// ("Show caption <text>"), a page's label the detectors pass.
func captionWord(s string) bool {
	return slices.Contains(lex.LetterWords(lex.Lower(s), 3), "caption")
}
