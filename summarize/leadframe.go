package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file puts the news before its background. A reader's summary that
// opens with a line set in the past ("In 1998, the Tarnwick ferry board
// bought two boats ...", "A decade ago, Ilse Varga ...", "Earlier this
// year, ...", "For years, ...") tells what happened before the news, and
// the news comes second. When the opening is such a line and names no day
// of the news (no weekday, "today", "now", "this week"), the first later
// sentence of the summary that opens another source and reads as its lede
// — fit to lead, clean, stating an event, pointing back at nothing —
// moves to the front; every other sentence keeps its order, so the
// background follows the news it explains. It runs on the chosen summary
// after ordering: nothing is chosen again.
//
// Of 100 random default summaries (validation and train 1-38,000) 31
// openings would not be published first: 13 background or feature
// lines, 8 that point back or need the headline, 7 page text, 3
// fragments. Of the background lines, those set in the past are the ones
// a rule can tell. Measured against the eighteenth session's start:
// validation 1 of 5,622 summaries changes, train 1-38,000 5 of 37,981;
// all read: 4 better (a court's conviction, a pardon, an arrest, a
// candidate's reply lead instead of their years-old background), 1 worse
// (a headline run into its lede took the lead), 1 the same. Allowing the
// replacement to be its article's second or third sentence (21 changes
// on train) read 3 better / 6 worse: those lean on their article's
// opening ("Today, that <noun> ...", "<surname>, <age>, ...").

// openWithNews moves, in a reader's summary ordered for reading, the first
// later sentence that reads as a lede (c.readsAsLede) before an opening set
// in the past (c.pastOpening); see the file comment.
func (c *cluster) openWithNews(picked []int) {
	if !c.reader || c.seen != nil || c.q != nil || len(picked) < 2 {
		return
	}
	first := &c.cands[c.facts[picked[0]].rep]
	if !c.pastOpening(first.text) {
		return
	}
	for j := 1; j < len(picked); j++ {
		if j+1 < len(picked) && c.follows(picked[j+1], picked[j]) {
			continue // its article's next sentence leans on it
		}
		if cd := &c.cands[c.facts[picked[j]].rep]; cd.doc == first.doc || !c.readsAsLede(cd) {
			continue
		}
		c.leadWith(picked, j)
		return
	}
}

// leadWith moves picked[j] to the front of picked, the others keeping
// their order, and makes it c's lead.
func (c *cluster) leadWith(picked []int, j int) {
	f := picked[j]
	copy(picked[1:j+1], picked[:j])
	picked[0] = f
	c.lead = f
}

// readsAsLede reports whether cd may open a reader's summary in place of a
// background line: its article's opening sentence, fit to lead and
// passing the detectors, no run-in, junk, label, feature or background of
// its own, opening with a capital, with no "the X" and no early word that
// points back (pointsBackEarly), with at least two event cues
// (eventCues).
func (c *cluster) readsAsLede(cd *candidate) bool { return c.readsAsLedeCues(cd, 2) }

// readsAsLedeCues is readsAsLede with at least cues event cues.
func (c *cluster) readsAsLedeCues(cd *candidate, cues int) bool {
	return cd.pos == 0 && cd.flags&flagDefinite == 0 && c.canLead(cd) && !startsLower(cd.text) &&
		!c.featureForm(cd.text) && !c.junkish(cd.text) && !c.restatedRunIn(cd.text) && !isLabel(cd) &&
		!captionWord(cd.text) && !c.pastOpening(cd.text) && !pointsBackEarly(cd.text) && eventCues(cd.text) >= cues && c.passes(cd)
}

// backWords are words that, among a sentence's first backReach words, lean
// on what a reader was told before it ("Even the list ...", "Scientists
// have since ...", "another neighbour ...").
var backWords = lex.Set("also", "even", "since", "another", "again", "such", "too", "still", "other", "same",
	"however", "he", "she", "it", "they", "this", "these", "those")

// backReach is how many opening words pointsBackEarly reads.
const backReach = 8

// pointsBackEarly reports whether one of the first backReach words of s is
// a backWord, "since" before a number excepted ("since 2009").
func pointsBackEarly(s string) bool {
	f := lex.FirstFields(lex.Lower(s), backReach+1) // the words read and the one after
	for i := range f[:min(len(f), backReach)] {
		x := lex.TrimPunct(f[i], trimMarks)
		if k := lex.IndexAny(x, "'’"); k > 0 {
			x = x[:k] // "it's", "they'd"
		}
		if backWords[x] && !(x == "since" && i+1 < len(f) && lex.HasDigit(f[i+1])) {
			return true
		}
	}
	return false
}

// pastOpening reports whether s opens with a time set before the news (a
// past frame: pastFrame) and names no day of the news (newsDay). A year
// ("In 1998, ...") is past only when a later year appears in the cluster.
func (c *cluster) pastOpening(s string) bool {
	w := frameWords(s)
	y, ok := pastFrame(w)
	if !ok || newsDay(w) {
		return false
	}
	return y == 0 || c.latestYear() > y
}

// pastFrame reports whether the words w open with a past frame: "<some>
// years/decades/months ago", "earlier this year", "last year/month",
// "for years", "back in ...", "long before", "like millions of ...", or
// "in/since/by/until <year>" (or "the <decade>s"), whose year it returns
// (0 for none).
func pastFrame(w []string) (int, bool) {
	if len(w) < 4 {
		return 0, false
	}
	for i := 1; i < 4; i++ { // "a decade ago", "two years ago", "a few years ago"
		if w[i] == "ago" {
			if !agoUnits[w[i-1]] {
				return 0, false
			}
			for _, x := range w[:i-1] {
				if !lex.HasDigit(x) && !numberWords[x] && !agoAmounts[x] {
					return 0, false
				}
			}
			return 0, true
		}
	}
	switch two := w[0] + " " + w[1]; {
	case pastOpeners2[two]:
		return 0, true
	case w[0] == "last" && (agoUnits[w[1]] || seasons[w[1]]),
		two == "earlier this" && (agoUnits[w[2]] || seasons[w[2]]):
		return 0, true
	case w[0] == "like" && likeCrowds[w[1]]:
		return 0, true
	case yearPreps[w[0]]:
		x := w[1]
		if x == "the" {
			x = strings.TrimSuffix(w[2], "s") // "in the 1990s"
			if !strings.HasSuffix(w[2], "0s") {
				return 0, false
			}
		}
		if y := yearOf(x); y > 0 {
			return y, true
		}
	}
	return 0, false
}

// frameWords returns the words of s lower-cased, marks trimmed off.
func frameWords(s string) []string {
	w := lex.SpaceFields(lex.Lower(s))
	for i := range w {
		w[i] = lex.TrimPunct(w[i], trimMarks)
	}
	return w
}

// yearOf returns x read as a year from 1000 to 2099, 0 when it is none.
func yearOf(x string) int {
	if len(x) != 4 || x[0] != '1' && x[0] != '2' || x[0] == '2' && x[1] != '0' {
		return 0
	}
	y := 0
	for i := 0; i < 4; i++ {
		if x[i] < '0' || x[i] > '9' {
			return 0
		}
		y = 10*y + int(x[i]-'0')
	}
	return y
}

// newsDay reports whether the words w name a day or time of the news: a
// weekday, "today", "yesterday", "tonight", "now", "this week".
func newsDay(w []string) bool {
	for i, x := range w {
		if dayWords[x] || x == "week" && i > 0 && w[i-1] == "this" {
			return true
		}
	}
	return false
}

// latestYear returns the latest year (yearOf) any sentence of the cluster
// writes, 0 for none. It is read only for a summary opening "In <year>".
func (c *cluster) latestYear() int {
	latest := 0
	for i := range c.cands {
		for _, x := range lex.SpaceFieldsShared(c.cands[i].text) {
			latest = max(latest, yearOf(lex.TrimPunct(x, trimMarks)))
		}
	}
	return latest
}

// trimMarks are the marks trimmed off a word before it is read.
const trimMarks = ",.;:!?\"'“”‘’()"

var (
	agoUnits     = lex.Set("year", "years", "decade", "decades", "month", "months", "century", "centuries")
	agoAmounts   = lex.Set("a", "an", "one", "few", "several", "many", "some", "just", "about", "nearly", "almost", "over", "more", "than")
	seasons      = lex.Set("summer", "spring", "fall", "autumn", "winter")
	pastOpeners2 = lex.Set("for years", "for decades", "for generations", "back in", "long before", "decades ago",
		"years ago", "once upon", "prior to")
	likeCrowds = lex.Set("millions", "thousands", "many", "most", "countless", "hundreds")
	yearPreps  = lex.Set("in", "since", "by", "until")
	dayWords   = lex.Set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"today", "yesterday", "tonight", "now")
)
