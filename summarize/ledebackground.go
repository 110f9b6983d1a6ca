package summarize

import "github.com/chorusnews/chorus/internal/lex"

// This file is a move of the ordering stage. A reader's summary can open
// on background — a line set in the past ("In 2009, <name> ...", "Two
// years ago, ...") or a clause of someone's earlier time ("During her
// <campaign>, <name> decried ...") — while a later chosen sentence tells
// the news and its day ("<Given> <Surname> announced on Friday that
// ..."). openWithNews (leadframe.go) moves only another article's opening
// before such a line, and openWithDatedLede (lededay.go) only an
// article's opening; a news line deeper in the article, or in the
// opening's own article, stays second. When the opening is background
// (pastOpening, or duringOpening) and names no day of the news, the first
// later sentence that names the day of the news (dayLedeNamesDay, "last
// <weekday>" excepted), tells an event (statementEvent), has
// dayLedeMinWords words, opens with a capital, points back at nothing
// (pointsBackEarly), may lead and passes the detectors, and names its
// subject first — in full (a given name and surname the cluster pairs,
// ledeNames), or by a surname the opening writes, set off by an
// appositive ("<Surname>, a retired judge, ...", surnameAppositive: the
// surname is written in full once it leads, writeFullNames) — moves to
// the front with the sentences of its article that follow it; every
// other sentence keeps its order. Nothing is cut or chosen again.
//
// Measured against 697e1c8, all changes read. Multi-News validation
// (5,598 default summaries): 1 changes, better (a candidate's
// announcement of a run, on its day, before a clause on her earlier
// campaign; the name now written in full in the new opening). Train
// 1-6,000: none change. The 967 clusters of train 6,001-38,000 that hold
// an opening of the shapes and a weekday: 1 changes, better (a rapper's
// fundraising page, on its day, before "Last year, <rapper> joined
// ..."). Only 23 validation summaries open on such background, and 2
// hold a later sentence with a day of the news that passes the guards.
//
// Known misses: a news line that opens on a scene of its day ("On
// <weekday>, <name> ...") does not move (the one validation case read as
// no better: the background was the story); scene openers ("Heading into
// <event>, everyone ...", "Justice moved slowly ...") are no background
// this rule reads; a news line naming its subject by pronoun or by a
// surname without an appositive stays second.

// duringPossessives are the words after "During" that make an opening a
// clause of someone's earlier time ("During her campaign, ...").
var duringPossessives = lex.Set("his", "her", "their", "its")

// duringOpening reports whether the words w (frameWords) open "during
// his/her/their/its ...": a clause of someone's earlier time.
func duringOpening(w []string) bool {
	return len(w) > 2 && w[0] == "during" && duringPossessives[w[1]]
}

// surnameAppositive reports whether s (words w) opens with a surname the
// cluster pairs with a given name (names) set off by a comma before
// "a"/"an"/"the" ("<Surname>, a retired judge, ..."): the surname is
// written in full once it leads (writeFullNames) and the appositive says
// who it is.
func surnameAppositive(s string, w []string, names map[string]bool) bool {
	if !names[w[0]] || !statementAfter[w[1]] && w[1] != "the" {
		return false
	}
	f := lex.FirstFields(s, 1)
	return len(f) == 1 && f[0][len(f[0])-1] == ','
}

// openWithDatedNewsOverBackground moves, in a reader's summary ordered
// for reading, a later sentence telling the news of the day and naming
// its subject in full to the front when the summary opens on background;
// see the file comment.
func (c *cluster) openWithDatedNewsOverBackground(picked []int) {
	if !c.reader || c.seen != nil || c.q != nil || len(picked) < 2 {
		return
	}
	first := &c.cands[c.facts[picked[0]].rep]
	w := frameWords(first.text)
	if len(w) == 0 || !(duringOpening(w) && !newsDay(w) || c.pastOpening(first.text)) {
		return
	}
	var maybe []int // the later sentences that may lead but for their name
	for j := 1; j < len(picked); j++ {
		cd := &c.cands[c.facts[picked[j]].rep]
		if cd.words < dayLedeMinWords || lex.IndexAny(cd.text, ":") >= 0 || startsLower(cd.text) {
			continue
		}
		cw := frameWords(cd.text)
		if len(cw) < 3 || !dayLedeNamesDay(cw) || !statementEvent(cw) || pointsBackEarly(cd.text) || !c.canLead(cd) ||
			c.junkish(cd.text) || c.featureForm(cd.text) || captionish(cd.text) || !c.passes(cd) {
			continue
		}
		maybe = append(maybe, j)
	}
	if len(maybe) == 0 {
		return
	}
	names := c.ledeNames(picked, func(f int) string { return lex.Lower(c.cands[c.facts[f].rep].text) })
	opened := make(map[string]bool, len(w)) // the opening's words after its first: it may name the person in full
	for _, x := range w[1:] {
		opened[x] = true
	}
	for _, j := range maybe {
		cw := frameWords(c.cands[c.facts[picked[j]].rep].text)
		if full, ok := names[cw[1]]; ok && full == cw[0]+" "+cw[1] || surnameAppositive(c.cands[c.facts[picked[j]].rep].text, cw, opened) {
			c.leadWithRun(picked, j)
			return
		}
	}
}
