package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file is a move of the ordering stage. Ordering puts a fact where
// its content is first mentioned, so a sentence from further down an
// article can stand before the line of that article that sets its scene:
// "<the senator silenced his phone and joked ...>." before "During a
// hearing on ..., the senator's phone went off.", a quote before "During
// the opening of <show>, <host> teased a segment ...", a shop owner's tip
// before "During a news conference in <city>, an agent said <the
// fugitive> was arrested ...". A sentence that opens by setting the scene
// (settingOpening: "During a/the <event>, ...", "In an interview ...",
// "Speaking at ...", "At a news conference ...") and stands after a chosen sentence from further down
// its own article moves to just before the first such sentence, with the
// sentences that read on from it; the lead keeps its place. It runs after
// articleLedeUp.
//
// Against 6cfaca0, Multi-News validation (5,598 summaries): 1 changed,
// 0 better / 0 worse / 1 the same; train 1-38,000 (37,856 summaries): 7
// changed, all read: 6 better (a hearing before what happened in it, a
// show's segment before the quote from it, a news conference's arrest
// before a shop owner's detail, a tour before the apology for it, a talk
// before its quote, a chief executive's remark on the catalogue next to
// the catalogue lede), 0 worse, 1 the same. Guards, each from a worse or
// empty reading of a first version: a scene pointed back at ("During
// this excerpt", "During one of the trips": backWords, "one of") stays,
// and "In a video, ..." (a clip's description, not a scene) is no
// opening.

// settingsFirst moves, in a reader's summary, a chosen sentence opening
// with a scene (settingOpening) that stands after a chosen sentence from
// further down its own article to just before the first such sentence,
// with the sentences that read on from it; the lead keeps its place.
func (c *cluster) settingsFirst(picked []int) {
	if !c.reader || c.seen != nil || c.q != nil || len(picked) < 3 {
		return
	}
	for i := 2; i < len(picked); i++ {
		cd := &c.cands[c.facts[picked[i]].rep]
		if !settingOpening(cd.text) {
			continue
		}
		to := -1
		for k := 1; k < i && to < 0; k++ {
			if o := &c.cands[c.facts[picked[k]].rep]; o.doc == cd.doc && o.pos > cd.pos {
				to = k
			}
		}
		if to < 0 {
			continue
		}
		i = c.moveRunUp(picked, i, to) - 1 // the scene and what reads on from it
	}
}

// settingOpenings are the openings of a sentence that sets a scene: an
// event the rest of the sentence, and the lines after it, happen in.
var settingOpenings = []string{
	"During ", "In an interview", "In a recent interview", "In a phone interview", "In a telephone interview",
	"In a radio interview", "In a TV interview", "In a television interview", "In an appearance",
	"In a speech", "In his speech", "In her speech", "In remarks", "Speaking ", "Appearing ",
	"While speaking", "While appearing", "At a news conference", "At a press conference", "At a rally",
	"At a campaign", "At a town hall", "At a hearing", "At an event",
}

// settingOpening reports whether s opens by setting a scene
// (settingOpenings) that it does not point back at: no backWords among its
// first words ("During this excerpt"), no "one of" ("During one of the
// trips"), and no "Speaking of" or "Speaking on condition".
func settingOpening(s string) bool {
	if len(s) < 8 || s[0] != 'D' && s[0] != 'I' && s[0] != 'S' && s[0] != 'A' && s[0] != 'W' {
		return false
	}
	at := -1
	for _, p := range settingOpenings {
		if strings.HasPrefix(s, p) {
			at = len(p)
			break
		}
	}
	if at < 0 {
		return false
	}
	lower := lex.Lower(s)
	return !pointsBackEarly(s) && !strings.Contains(lower[:min(len(lower), at+12)], "one of") &&
		!strings.HasPrefix(lower, "speaking of") && !strings.HasPrefix(lower, "speaking on condition")
}
