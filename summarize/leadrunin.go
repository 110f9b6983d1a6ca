package summarize

// A run-in lead with a clean twin among the openings (cleanOpeningFor).
// The member swap in pickLead finds another wording of the lead's own
// fact; when the clean wording was grouped as a fact of its own (another
// source's opening telling the same event in other words), the headline
// or standfirst run into the lead stayed (invented: "Tarnwick mayor quits
// over audit tarnwick's mayor ilse varga quit on monday ..." led while
// "Ilse Varga, the mayor of Tarnwick, resigned on Monday after an audit
// ..." opened another source).

// cleanOpeningFor returns the fact among fit (pickLead's candidates, with
// their lead scores) that should lead instead of fact f, whose wording
// rep restates its own opening words (restatedRunIn): another source's
// opening (pos 0) within leadSlack of f's score, no longer than rep (a
// clean telling of a lede is shorter than the lede with a headline run
// into it; a longer one is a feature's anecdote), whose wording is clean
// (no run-in, no junk, no defect, no feature form, a capital first
// letter, no caption word, canLead) and tells f's event (sameEvent or
// retells, either way round). It returns -1 when there is none.
func (c *cluster) cleanOpeningFor(f int, rep *candidate, fit []int, out *leadChoice) int {
	best := -1
	for _, g := range fit {
		if g == f || !out.opening[g] || out.score[g] < out.score[f]-leadSlack {
			continue
		}
		cd := &c.cands[c.facts[g].rep]
		if m, ok := out.member[g]; ok {
			cd = &c.cands[m]
		}
		if cd.doc == rep.doc || cd.pos != 0 || cd.words > rep.words || !c.canLead(cd) || c.junkish(cd.text) || c.restatedRunIn(cd.text) ||
			c.featureForm(cd.text) || startsLower(cd.text) || captionWord(cd.text) || c.detect(cd.text) != 0 || isLabel(cd) {
			continue
		}
		if !(c.sameEvent(f, g) || c.sameEvent(g, f) || c.retells(f, g) || c.retells(g, f)) {
			continue
		}
		if best < 0 || out.score[g] > out.score[best] {
			best = g
		}
	}
	return best
}
