package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file is a move of the ordering stage. A reader's summary can open
// on a detail, a scene or a line of background ("The hall on <street> was
// full for the evening's concert.") while another article's opening that
// tells the event and its day ("A roof in central <city> fell in on
// Thursday night during a concert, ...") stands further down, where the
// story seems to start again. When the opening does not read as a lede
// (readsAsLede) and names no day of the news, the first later sentence
// that reads as a lede and names the day of the news (dayLedeNamesDay: a
// weekday, "yesterday", "today", "tonight") moves to the front, with the
// sentences of its article that follow it right after it; every other
// sentence keeps its order. It runs on the chosen summary after ordering:
// nothing is chosen again. An opening that tells an event itself stays:
// one that reads as a lede, opens with "A"/"An" (openWithLede's case),
// has two event cues or tells a present perfect ("<name> has resigned").
//
// Multi-News validation (5,612 default summaries): 12 change, all read:
// 10 better (the day's event before a kicker, a fragment, a question list,
// an older remark, a scene), 2 the same. Train 1-38,000 (37,916): 150
// change; of 38 read at random, 24 better (a death, an arrest, a ruling,
// a vote told before the anecdote, tweet or background that opened), 8
// the same, 6 worse (a feature's aside, a year's figure, page junk run
// into the lede, a sentence naming "the employee" untold, a plea before
// the indictment, "In a shocking twist ..." before the plain news). The
// first draft (any lede naming a day, "now" and "last <weekday>"
// included, any opening but a lede) changed 24 validation summaries: 13
// better, 7 worse (a good opening with two event cues or an "A"/"An"
// subject displaced, a scene clause or a headline with "posted:" led).

// openWithDatedLede moves, in a reader's summary ordered for reading, the
// first later sentence that reads as a lede and names the day of the news
// to the front when the opening does neither; see the file comment.
func (c *cluster) openWithDatedLede(picked []int) {
	if !c.reader || c.seen != nil || c.q != nil || len(picked) < 2 {
		return
	}
	first := &c.cands[c.facts[picked[0]].rep]
	if c.readsAsLede(first) || ledeIndefinite(first.text) || eventCues(first.text) >= 2 || newsDay(frameWords(first.text)) ||
		dayLedePerfect(frameWords(first.text)) {
		return
	}
	for j := 1; j < len(picked); j++ {
		cd := &c.cands[c.facts[picked[j]].rep]
		if cd.words < dayLedeMinWords || strings.Contains(cd.text, ":") || !dayLedeNamesDay(frameWords(cd.text)) ||
			dayLedeClauses[frameWords(cd.text)[0]] || !c.readsAsLede(cd) {
			continue
		}
		c.leadWithRun(picked, j)
		return
	}
}

// leadWithRun moves picked[j] and the sentences of its article that
// follow it right after it to the front of picked, the others keeping
// their order, and makes picked[j] c's lead.
func (c *cluster) leadWithRun(picked []int, j int) {
	end := j + 1
	for end < len(picked) && c.follows(picked[end], picked[end-1]) {
		end++
	}
	run := append([]int(nil), picked[j:end]...)
	copy(picked[end-j:end], picked[:j])
	copy(picked, run)
	c.lead = picked[0]
}

// dayLedeMinWords is the fewest words a sentence moved to the front by
// openWithDatedLede has: a shorter one ("The film opened on Friday.") is
// a detail, not the story.
const dayLedeMinWords = 15

// dayLedeClauses open a clause that sets a scene or gives a reason before
// the news ("As <name> walked home on Sunday, ...", "Because <firm>
// knows ..."): such an opening is a feature's, not a lede's.
var dayLedeClauses = lex.Set("as", "because", "while", "although", "though")

// dayLedeDays are the words that name the day of the news.
var dayLedeDays = lex.Set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"today", "yesterday", "tonight")

// dayLedeNamesDay reports whether the words w name the day of the news
// (dayLedeDays), a weekday counted back or ahead excepted ("last
// Wednesday", "next Friday": a day before or after the news).
func dayLedeNamesDay(w []string) bool {
	for i, x := range w {
		if dayLedeDays[x] && (i == 0 || w[i-1] != "last" && w[i-1] != "next") {
			return true
		}
	}
	return false
}

// dayLedePerfectReach is how many opening words dayLedePerfect reads.
const dayLedePerfectReach = 14

// dayLedeParticiples are past participles that do not end in "-ed".
var dayLedeParticiples = lex.Set("been", "won", "lost", "left", "made", "found", "told", "become", "taken", "given",
	"done", "gone", "come", "struck", "hit", "shot", "sent", "held", "paid", "built", "bought", "brought",
	"caught", "fallen", "risen", "seen", "written", "thrown", "led", "quit", "split", "sold", "spent", "begun")

// dayLedePerfect reports whether the words w tell an event in the present
// perfect among their first dayLedePerfectReach words ("<name> has resigned",
// "<officials> have raised the alert"), outside a relative clause ("...
// who have become ..."): the form of a news lede, which stays first.
func dayLedePerfect(w []string) bool { return perfectWithin(w, dayLedePerfectReach) }

// perfectWithin is dayLedePerfect reading the first reach words of w.
func perfectWithin(w []string, reach int) bool {
	for i := 1; i+1 < len(w) && i < reach; i++ {
		if w[i] != "has" && w[i] != "have" || w[i-1] == "who" || w[i-1] == "which" || w[i-1] == "that" {
			continue
		}
		if x := w[i+1]; dayLedeParticiples[x] || len(x) > 4 && strings.HasSuffix(x, "ed") {
			return true
		}
	}
	return false
}
