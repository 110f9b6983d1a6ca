package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/defect"
	"github.com/chorusnews/chorus/internal/lex"
)

// The tail of a default summary. The adaptive length (length.go) takes
// sentences until the summary holds its word budget, so the sentences
// chosen last are those that fit the words left: often short ones, and
// the weakest of the summary (a kicker, "Tarnwick holds its breath."; a
// quote's stray line; a headline or list row the splitter cut from its
// text; a caption, promo or call to action). Once a default summary
// holds tailFrom sentences, each sentence it adds must read clean
// (readsClean); when none does, the summary is a sentence shorter.

const (
	// tailFrom is how many sentences a default summary holds before each
	// sentence it adds must read clean.
	tailFrom = 2
	// tailMinWords is the fewest words of a sentence added to the tail,
	// but for one that tells an event or a figure (tellsEvent).
	tailMinWords = 8
	// tailEventCues is the fewest kinds of event cue (eventCues: a verb
	// of happening, a place, a time, a number) by which a sentence
	// shorter than tailMinWords tells an event (tellsEvent): "Velmora
	// Lines was fined on Monday.".
	tailEventCues = 2
	// tailRepeatShare is the share of a sentence's content words that one
	// chosen sentence holds for the sentence to repeat it at the tail
	// (tailRepeats). Multi-News validation default summaries: at 0.5, 72
	// change, of 22 read 10 better, 2 worse, 10 the same; at 0.4, 145
	// more, noisier (an off-topic line or a run-in headline comes in
	// where a repeat went out); at 0.6, 4.
	tailRepeatShare = 0.5
	// tailRepeatTerms is the fewest content words the two must share.
	tailRepeatTerms = 4
)

// readsClean reports whether fact f's sentence may be added to the tail
// of a default summary whose chosen facts are chosen (names nm): it ends
// as a sentence does; it has tailMinWords words or more, or it tells an
// event or a figure (tellsEvent); and the defect detectors flag
// nothing in it but what the chosen sentences resolve (a dangling
// reference or a quote's missing speaker when its predecessor in its
// source is chosen, an opening "the X" that a chosen sentence names); and
// it does not tell again what a chosen sentence tells (tailRepeats).
func (c *cluster) readsClean(f int, chosen []bool, nm *names) bool {
	rep := &c.cands[c.facts[f].rep]
	if rep.flags&flagUnfinished != 0 {
		return false
	}
	if rep.words < tailMinWords && !tellsEvent(rep) {
		return false
	}
	d := c.detect(rep.text) // defect.Detect, read once per text: each choice of the tail reads every fact again
	if rep.prevInDoc >= 0 && chosen[c.cands[rep.prevInDoc].fact] {
		d &^= 1<<defect.DanglingReference | 1<<defect.UnattributedQuote
	}
	if d.Has(defect.DanglingReference) && nm.resolve(f) {
		d &^= 1 << defect.DanglingReference
	}
	return d.First() == defect.OK && !c.tailRepeats(f, chosen)
}

// cutShort reports whether fact f's sentence has lost its start
// (defect.Headless: it opens mid-clause, or with its verb and no
// subject). The tail's test keeps every fragment from the tail; a
// reader's summary takes none of these at any place (selectFacts):
// chosen first or second, such a sentence stood wherever its source put
// it, as often as not last.
func (c *cluster) cutShort(f int) bool {
	rep := &c.cands[c.facts[f].rep]
	// Headless first: it reads the opening words only, and is false for
	// most sentences, which then skip Detect.
	return defect.Headless(rep.text) && c.detect(rep.text).Has(defect.Fragment)
}

// tailRepeats reports whether fact f's sentence tells again what one
// chosen sentence tells: tailRepeatShare or more of its content words,
// tailRepeatTerms or more, are that sentence's (a second source's line
// that a missing child vanished, after the attack that took him; a
// host's start date given twice). Its own words beside them are often a
// detail, but a reader meets the fact twice, and a default summary may
// end a sentence shorter.
func (c *cluster) tailRepeats(f int, chosen []bool) bool {
	x := &c.cands[c.facts[f].rep]
	for g, ok := range chosen {
		if !ok {
			continue
		}
		n := lex.Intersect(x.terms, c.cands[c.facts[g].rep].terms)
		if n >= tailRepeatTerms && float64(n) >= tailRepeatShare*float64(len(x.terms)) {
			return true
		}
	}
	return false
}

// tellsEvent reports whether a sentence shorter than tailMinWords may
// still end a default summary: it opens with no pronoun or connective,
// quotes no one, is not cut off ("..."), holds a verb (tailVerbs,
// happenVerbs or a word in -ed) and tells an event (tailEventCues kinds
// of cue) or a figure ("Nineteen people are still missing.", "Ilse Varga
// was 61 years old."). A kicker ("Tarnwick holds its breath."), a list
// row or a headline cut from its text ("Fourteen silver trophies for
// Tarnwick.") does not.
func tellsEvent(cd *candidate) bool {
	s := cd.text
	if cd.flags&flagQuote != 0 || strings.Contains(s, "...") || strings.Contains(s, "…") {
		return false
	}
	verb, figure := false, false
	for i, w := range lex.SpaceFieldsShared(s) {
		t := lex.Lower(strings.Trim(w, ".,;:!?\"'()"))
		if i == 0 && (defect.IsPronoun(t) || defect.IsConnective(t) || t == "that" || t == "this" || t == "there") {
			return false // "She was 61.", "But they ...", "That was in 1990.": leans on what it follows
		}
		switch {
		case lex.HasDigit(t) || numberWords[t] || tailCounts[t]:
			figure = true
		case tailVerbs[t] || happenVerbs[t] || len(t) >= 5 && strings.HasSuffix(t, "ed") && !notVerbsED[t]:
			verb = true
		}
	}
	return verb && (figure || eventCues(s) >= tailEventCues)
}

// tailVerbs are the auxiliary and linking verbs by which tellsEvent knows
// a short sentence has a verb, beside happenVerbs and words in -ed.
var tailVerbs = lex.Set("is", "are", "was", "were", "has", "have", "had", "will", "would", "can",
	"could", "did", "does", "remain", "remains", "died", "reported", "called")

// tailCounts are the number words numberWords leaves out.
var tailCounts = lex.Set("thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
	"eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
	"ninety", "hundred", "thousand")

// mayLead reports whether fact f may open the summary after selection
// (leadAmong): it opens its article and its lead score is within
// leadSlack of the best lead's. Such a sentence is never held to the
// tail's test.
func (l *leadChoice) mayLead(f int) bool {
	if l == nil || l.fact < 0 {
		return false
	}
	s, ok := l.score[f]
	return ok && l.opening[f] && s >= l.score[l.fact]-leadSlack
}
