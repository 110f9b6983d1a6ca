package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file is a move of the ordering stage. An article's first sentence
// is often not its lede but a caption, a video's blurb or a quip set
// above it ("Anna Varga was last seen by a ferryman on the Tarnwick quay
// in 1958.", "Leave it to the harbour town to find a use for old
// ferries."), and the news is its second sentence, which introduces its
// subject with "a"/"an" and tells what has happened ("A woman who
// vanished from a Tarnwick boarding house in 1958 has been found by her
// nephew.").
// When both are chosen, ordering keeps the article's order and the
// summary tells the news second. When the opening is its article's first
// sentence, tells nothing in the present perfect and names no day of the
// news (newsDay), and that article's second sentence is chosen, opens
// with an indefinite subject (ledeIndefinite), tells an event in the
// present perfect outside a clause opened by "which", "who" and the like
// (nextLedePerfect) and reads as a lede but for its place
// (readsAsNextLede), it moves to the front; every other sentence keeps
// its order. It runs last of the moves: openWithPredecessor would put
// the first sentence back before it.
//
// Measured against 59e8e88, Multi-News default summaries: validation 4
// of 5,599 changed, all read: 3 better (a missing woman found alive before
// the year she was last seen, a patient's donor found before her need of
// one, a neighbourhood's plea before a family's "how it came to this"), 1
// the same (a find's identification before the hook that told it as a
// pirate's reading); train 1-38,000 15 of the 1,493 summaries that could
// change (a later sentence with "a"/"an" and "has"/"have"), all read: 11
// better (a finding, a charge, a plea, a sale or an order before the quip,
// caption or background above it), 1 worse (a lack of snow that "has
// forced" a shorter race led before the line naming the race), 3 the
// same. Fill is unchanged (45.93/16.24/19.83).
//
// Tried and not kept: any such second sentence, present perfect or not
// (event cues as readsAsLede asks, or one): validation 37 changed, most
// worse (a survey's sample size, a later toll, an official's aside led
// before the article's lede); no clause guard: train 1 more, worse
// (", which is why the duo has decided ..." led). Nor kept (h47lede), for
// blind162's ledes told last (a newsroom's cuts, a diet finding): another
// article's opening that reads as a lede (readsAsLede) moved before an
// opening that is no article's first sentence: validation 3 changed, 0
// better, 2 worse (a film review's scene led, a yearly container count
// led), 1 the same; the two cases did not change.

// openWithNextLede moves, in a reader's summary ordered for reading, the
// chosen second sentence of the opening's own article before the opening
// when it reads as the news and the opening does not: see the file
// comment.
func (c *cluster) openWithNextLede(picked []int) {
	if !c.reader || c.seen != nil || c.q != nil || len(picked) < 2 {
		return
	}
	first := &c.cands[c.facts[picked[0]].rep]
	if fw := frameWords(first.text); first.pos != 0 || ledeIndefinite(first.text) || newsDay(fw) || perfectWithin(fw, len(fw)) {
		return
	}
	for j := 1; j < len(picked); j++ {
		cd := &c.cands[c.facts[picked[j]].rep]
		if cd.doc != first.doc || cd.pos != 1 {
			continue
		}
		if ledeIndefinite(cd.text) && nextLedePerfect(cd.text) && c.readsAsNextLede(cd) {
			c.leadWith(picked, j)
		}
		return
	}
}

// nextLedeClauses open a clause whose verb is not the sentence's news
// (", which is why the crew has ...").
var nextLedeClauses = lex.Set("which", "who", "that", "why", "where", "when", "because", "as", "while", "if",
	"although", "though")

// nextLedePerfect reports whether a comma-bounded part of s that opens
// with no nextLedeClauses word tells an event in the present perfect
// (perfectWithin: "has been found", "have invented").
func nextLedePerfect(s string) bool {
	for part := range strings.SplitSeq(lex.Lower(s), ",") {
		w := append([]string{""}, lex.LetterWords(part, -1)...) // "..., 14, have invented": the part may open on the verb
		if len(w) > 1 && !nextLedeClauses[w[1]] && perfectWithin(w, len(w)) {
			return true
		}
	}
	return false
}

// readsAsNextLede reports whether cd reads as a lede as readsAsLede asks
// of an article's first sentence, its place aside and with one event cue
// (eventCues) or more.
func (c *cluster) readsAsNextLede(cd *candidate) bool {
	return cd.flags&flagDefinite == 0 && c.canLead(cd) && !startsLower(cd.text) &&
		!c.featureForm(cd.text) && !c.junkish(cd.text) && !c.restatedRunIn(cd.text) && !isLabel(cd) &&
		!captionWord(cd.text) && !c.pastOpening(cd.text) && !pointsBackEarly(cd.text) && eventCues(cd.text) >= 1 && c.passes(cd)
}
