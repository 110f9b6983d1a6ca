package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file is a move of the ordering stage. A source can open on a
// reaction to a story told elsewhere: "A hedge fund has filed a suit
// against the company over its investment." leads a summary that names
// the company only in a later sentence ("Blood-testing company <name> is
// accused of ..."), so the reader meets "the company" before the company
// and its statements read as no one's. When the lead, its article's
// opening, writes "the company" (firm, startup) after its first words
// (openWithIntroduction reads an opening "The company ..."), and a later
// sentence, another article's opening fit to lead (predLedeFits), opens by
// introducing one ("<descriptor> company <name> ...", "A <descriptor>
// company ...") that the lead does not name and shares a content word
// with the lead, that sentence leads, with the sentences that read on from
// it (leadWithRun); the rest keeps its order.
//
// Against 08c0714, Multi-News validation (5,598 summaries): 1 changed, 1
// better (a blood-testing company accused of deceiving an investor now
// leads; the investor's suit "against the company" and the company's
// rebuttal follow it), 0 worse, 0 the same. Train 1-38,000: the 330
// summaries whose lead holds "the company", "the firm" or "the startup"
// (no other can change) run again: 0 changed. Most such leads name the
// company before the phrase, or a later "the <Name> company" is no
// introduction.

// firmNouns are the nouns of a company a lead may point back at.
var firmNouns = lex.Set("company", "firm", "startup", "start-up")

// openWithNamedFirm moves, in a reader's summary, the later article
// opening that introduces the company the lead points back at to the
// front; see the file comment.
func (c *cluster) openWithNamedFirm(picked []int) {
	if !c.reader || c.seen != nil || c.q != nil || len(picked) < 2 {
		return
	}
	first := &c.cands[c.facts[picked[0]].rep]
	if first.pos != 0 {
		return
	}
	lead := lex.Lower(first.text)
	noun := firmPointedAt(lead)
	if noun == "" {
		return
	}
	for j := 1; j < len(picked); j++ {
		cd := &c.cands[c.facts[picked[j]].rep]
		name, ok := firmIntro(lex.Lower(cd.text))
		if !ok {
			continue
		}
		if cd.pos != 0 || cd.doc == first.doc || name != "" && containsWord(lead, name) || !sharesWord(lead, picked[j:j+1], func(int) string { return lex.Lower(cd.text) }, noun) ||
			!c.predLedeFits(cd) || datedOpening(cd.text) {
			return
		}
		c.leadWithRun(picked, j)
		return
	}
}

// firmPointedAt returns the noun of the first "the <firmNoun>" in the
// lower-cased lead s after its first three words that points back: not
// followed by a word that says which ("the company's", "the company that
// ..."), and with no earlier word of s holding the noun. It returns ""
// when there is none.
func firmPointedAt(s string) string {
	w := lex.SpaceFieldsShared(s)
	for k := 3; k+1 < len(w); k++ {
		if w[k] != "the" {
			continue
		}
		noun := strings.TrimRight(w[k+1], ",.;:")
		if !firmNouns[noun] {
			continue
		}
		if noun != w[k+1] {
			return noun // "against the company."
		}
		if k+2 < len(w) && (roleSelfIntro[w[k+2]] || strings.HasPrefix(w[k+2], "'") || strings.HasPrefix(w[k+2], "’")) {
			return ""
		}
		for _, x := range w[:k] {
			if strings.Contains(x, noun) {
				return ""
			}
		}
		return noun
	}
	return ""
}

// firmIntro reports whether the lower-cased s opens by introducing a
// company: one to three words of description and the noun, then a name
// ("blood-testing company <name> is ...": the name returned), or "a"/"an"
// and up to two words before the noun, not followed by "of" ("a chicago
// firm has ...": no name). The noun is any of firmNouns.
func firmIntro(s string) (string, bool) {
	w := lex.SpaceFieldsShared(s)
	if len(w) < 4 {
		return "", false
	}
	if w[0] == "a" || w[0] == "an" {
		for k := 1; k <= 3 && k+1 < len(w); k++ {
			if firmNouns[w[k]] {
				return "", w[k+1] != "of"
			}
			if lex.IsStopword(w[k]) {
				return "", false
			}
		}
		return "", false
	}
	for k := 1; k <= 3 && k+2 < len(w); k++ {
		if !firmNouns[w[k]] {
			if lex.IsStopword(w[k]) || strings.ContainsAny(w[k], ",.;:") {
				return "", false
			}
			continue
		}
		name := w[k+1]
		if lex.IsStopword(name) || verbForm(name) || strings.ContainsAny(name, ",.;:") {
			return "", false
		}
		return name, true
	}
	return "", false
}
