package summarize

import (
	"slices"

	"github.com/chorusnews/chorus/internal/lex"
)

// The opening told again (replaceOpeningRetold). A sentence chosen beside
// the opening often tells its news again in fewer words of its own
// (invented: "Staff at Brenmoor General may have reused a glucose pen,
// the board admitted" after the opening "Brenmoor General said on Monday
// that a glucose pen had possibly been reused on patients in two wards"): most of its content words are the opening's, but too few
// of the opening's are its own for retells, and with no event word in
// common sameEvent and echoes keep it. Tried and not kept (h35redund):
// the reverse, an opening a later chosen lede holds (five content words
// shared or more, at most three of the opening's own, each number, figure
// and person of the opening given, an event word shared), left out and
// that lede made the opening: no Multi-News validation default summary
// changed. At that stage 8 chosen pairs shared that many words, and in
// none was the later sentence an article's opening that reads as a lede.
// Nor kept: a number of the retelling that is the opening's count
// rounded or hedged (numbersToldIn) read as no number of its own:
// validation 0 changed, train 1-38,000 1, the same (its stand-in told the
// news again).

const (
	// retoldTerms is the fewest content words the sentence shares with
	// the opening.
	retoldTerms = 5
	// retoldShare is the least share of the sentence's own content words
	// the opening holds. Multi-News validation default summaries: 1
	// changes; train 1-38,000: 2 (repeat18b, with the stricter test and
	// stand-in guards).
	retoldShare = 0.55
)

// retellsOpening reports whether chosen fact f tells the opening sentence
// lead's news again: it shares retoldTerms content words or more with it,
// retoldShare of its own or more and no more than retoldNewTerms the
// opening lacks, adds no circumstance (addsCircumstance) and no number of
// any kind the opening lacks, gives no counted figure (c.figs) or
// figure word the opening lacks, names no one in full the opening does
// not name, and denies nothing unless the opening does.
func (c *cluster) retellsOpening(f, lead int) bool {
	x, y := &c.cands[c.facts[f].rep], &c.cands[c.facts[lead].rep]
	n := lex.Intersect(x.terms, y.terms)
	if n < retoldTerms || float64(n) < retoldShare*float64(len(x.terms)) || len(x.terms)-n > retoldNewTerms {
		return false
	}
	if addsCircumstance(x.text, y.text) || lex.Intersect(x.numbers, y.numbers) < len(x.numbers) {
		return false // a who, when or where, or a number, of its own
	}
	if lex.Intersect(c.figs[f], c.figs[lead]) < len(c.figs[f]) || c.newFigureWord(x.text, []int{lead}) {
		return false
	}
	if c.deniesRead(x) && !c.deniesRead(y) {
		return false
	}
	return !c.namesNew(x.text, y.text)
}

// namesNew reports whether s names in full a person whose surname t does
// not hold (introduced).
func (c *cluster) namesNew(s, t string) bool {
	ns := c.introduced(s)
	if len(ns) == 0 {
		return false
	}
	tw := letterWordSet(t)
	for _, n := range ns {
		if !tw[lex.Lower(n)] {
			return true
		}
	}
	return false
}

// replaceOpeningRetold gives the place of each chosen fact that retells
// the opening (retellsOpening) to the stand-in a lede twin would get
// (ledeTwinStandIn); with none it is left out if the rest holds
// adaptiveMin words, else it stays. Nothing is done when the opening
// has a mark of its own (dirt); a sentence the next one chosen from its
// source leans on (leansOn), or that introduces another chosen
// sentence's subject (introducesSubject), stays. A reader's summary only,
// after replaceLedeTwins.
func (c *cluster) replaceOpeningRetold(picked []int) []int {
	return c.replaceOpeningRepeats(picked, func(f int, picked []int) bool {
		return c.retellsOpening(f, c.lead) && !c.introducesSubject(f, c.lead, picked)
	}, true)
}

// introducesSubject reports whether the first word of another picked
// fact's sentence is a content word that fact f's sentence holds and the
// opening sentence lead's does not: f may be where the summary introduces
// that sentence's subject ("<given> <surname> is better known as ..."
// before "<Surname> has been ...").
func (c *cluster) introducesSubject(f, lead int, picked []int) bool {
	x, y := &c.cands[c.facts[f].rep], &c.cands[c.facts[lead].rep]
	for _, p := range picked {
		if p == f || p == lead {
			continue
		}
		ws := lex.LetterWords(c.cands[c.facts[p].rep].text, 1)
		if len(ws) == 0 {
			continue
		}
		if t := c.tok.tokens(ws[0]); len(t) == 1 && !t[0].stop && slices.Contains(x.terms, t[0].hash) && !slices.Contains(y.terms, t[0].hash) {
			return true
		}
	}
	return false
}
