package summarize

// This file is a check of the selection stage for a reader's summary: that
// some chosen sentence states the event the sources lead with. Selection
// takes sentences by coverage gain per word, and a long opening sentence
// that states the event (invented: "Harbour officials closed the old
// ferry pier on Monday after divers found cracks in its pilings") loses to
// shorter details around it (the pier's age, the cafes' trade, the
// council's meeting); the lead is then chosen among what was selected
// (leadAmong: an opening within leadSlack of the best lead), and the
// summary tells the details of an event it never states. The event is
// what the independent sources' opening sentences share (ledeEvent): when
// no chosen sentence, nor the chosen ones together, holds enough of those
// words, the opening sentence that states it (coversLede) with the best
// lead score leads and the selection is made again around it
// (leadAndSelect). A selection with no opening fit to lead is left to
// leadAndSelect's own restart from the best lead: there, overruling that
// lead changed as many summaries for the worse as for the better.
//
// Measured with a lede-coverage count (summaries none of whose sentences
// holds a quarter of the content words of the editor's first sentence;
// of the sources' shared opening words, 30%): Multi-News validation
// 674 -> 670 and 167 -> 165 of 4,837; train 1-38,000 4,627 -> 4,615 and
// 1,330 -> 1,315 of 32,524. Reading of the changed default summaries
// (one reader, not blind): validation 9 change, 7 better (a teaser or a detail opening
// gives way to the sources' lede: a finding, a death, a charge, a
// memoir's news), 2 the same; train 1-38,000 76 change, of 40 read 21
// better, 7 worse (a headline or credit run into the new opening, a
// shorter lede of the news lost), 12 the same. Fill is unchanged.

const (
	// ledeEventMin is the fewest shared opening words a cluster must have
	// for its lede event to be judged: with fewer, the sources' openings
	// share a name or a place by chance.
	ledeEventMin = 3
	// ledeCoverShare is the share of the lede event's words a sentence
	// must hold to state it (at least ledeCoverMin).
	ledeCoverShare = 0.5
	// ledeCoverMin is the fewest lede event words a sentence must hold to
	// state it.
	ledeCoverMin = 2
	// ledeOpenings is how many opening sentences of each source tell its
	// lede (as leadAgreement reads them).
	ledeOpenings = 2
	// ledeMargin is how many more lede words than any chosen sentence the
	// opening brought in must hold.
	ledeMargin = 3
	// ledeHeldShare is the share of the lede event's words a chosen
	// sentence must hold for the selection to state the event.
	ledeHeldShare = 0.35
	// ledeToldShare is the share of the lede event's words the chosen
	// sentences together must hold for the selection to state the event.
	ledeToldShare = 0.5
)

// ledeEvent returns the content words (term hashes) that the opening
// sentences (the first ledeOpenings candidates) of two or more independent
// sources hold, or nil when they share fewer than ledeEventMin. It is
// computed once: the candidates and the sources' copies are fixed when
// selection and ordering ask for it, and neither changes the map.
func (c *cluster) ledeEvent() map[uint64]bool {
	if !c.ledeEvDone {
		c.ledeEv, c.ledeEvDone = c.findLedeEvent(), true
	}
	return c.ledeEv
}

// findLedeEvent computes ledeEvent's answer.
func (c *cluster) findLedeEvent() map[uint64]bool {
	count := make(map[uint64]int)
	seen := make(map[uint64]bool)
	for i := range c.docs {
		d := &c.docs[i]
		if d.origin != i || len(d.cands) == 0 {
			continue
		}
		clear(seen)
		for _, ci := range d.cands[:min(ledeOpenings, len(d.cands))] {
			for _, h := range c.cands[ci].terms {
				if !seen[h] {
					seen[h] = true
					count[h]++
				}
			}
		}
	}
	var ev map[uint64]bool
	sources := 0
	for i := range c.docs {
		if c.docs[i].origin == i && len(c.docs[i].cands) > 0 {
			sources++
		}
	}
	need := max(2, (sources+1)/2) // half the sources, rounded up
	for h, n := range count {
		if n >= need {
			if ev == nil {
				ev = make(map[uint64]bool)
			}
			ev[h] = true
		}
	}
	if len(ev) < ledeEventMin {
		return nil
	}
	return ev
}

// ledeWords returns how many of the lede event's words ev cd holds.
func ledeWords(cd *candidate, ev map[uint64]bool) int {
	n := 0
	for _, h := range cd.terms {
		if ev[h] {
			n++
		}
	}
	return n
}

// coversLede reports whether cd states the lede event ev: it holds
// ledeCoverShare of its words, and at least ledeCoverMin.
func coversLede(cd *candidate, ev map[uint64]bool) bool {
	n := ledeWords(cd, ev)
	return n >= ledeCoverMin && float64(n) >= ledeCoverShare*float64(len(ev))
}

// missedLede returns, for a reader's selection picked none of whose
// sentences holds ledeHeldShare of the lede event's words (ledeEvent), nor
// all of them together ledeToldShare, the lead candidate that opens its
// article, states the event (coversLede) with ledeMargin more of its words
// than any picked sentence, reads as no junk, run-in, feature or
// auxiliary opening, and has the best lead score of those that pass the
// lead's checks (verify); -1 when the selection states the event, the
// cluster has none, or no opening states it.
func (c *cluster) missedLede(l *leadChoice, picked []int) int {
	if !c.reader || c.seen != nil || c.q != nil || len(picked) == 0 {
		return -1
	}
	ev := c.ledeEvent()
	if ev == nil {
		return -1
	}
	held := 0 // the most lede words a picked sentence holds
	told := make(map[uint64]bool)
	for _, f := range picked {
		cd := &c.cands[c.facts[f].rep]
		held = max(held, ledeWords(cd, ev))
		for _, h := range cd.terms {
			if ev[h] {
				told[h] = true
			}
		}
	}
	if float64(held) >= ledeHeldShare*float64(len(ev)) || float64(len(told)) >= ledeToldShare*float64(len(ev)) {
		return -1 // a picked sentence, or the picked ones together, tell enough of the event
	}
	best, most := -1, 0
	for f, s := range l.score {
		if !l.opening[f] {
			continue
		}
		cd := &c.cands[c.facts[f].rep]
		if m, ok := l.member[f]; ok {
			cd = &c.cands[m]
		}
		n := ledeWords(cd, ev)
		if !coversLede(cd, ev) || n < held+ledeMargin || c.junkish(cd.text) || c.restatedRunIn(cd.text) || c.featureForm(cd.text) || auxOpening(cd.text) {
			continue
		}
		if best < 0 || s > l.score[best] || s == l.score[best] && (n > most || n == most && f < best) {
			if l.verify(f) {
				best, most = f, n
			}
		}
	}
	return best
}
