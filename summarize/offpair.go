package summarize

// Two sources, two stories. A Multi-News cluster of two pages often pairs
// the event with a page about something else: an archive's neighbouring
// article, another paper's older case, a gossip item beside a lawsuit, a
// link list. offStorySources needs three sources to find the odd one out
// by the share of its words the others use; with two, neither is odd by
// that test. Yet when the two pages share almost none of their content
// words, they tell two stories, and a summary that takes sentences from
// each puts an unrelated story beside the news ("Tarnwick's harbour
// master arrested for selling moorings. ... Anna Varga's rye loaf won the
// county bread prize."). offStoryPair names the source that does not
// carry the lead fact as off the story, and a reader's summary leaves its
// facts out (selectFacts; a summary of one sentence falls back to both).
// When the lead itself comes from the page that is not the news, the news
// page leads instead and the lead's page is left out (pairNewsLead,
// offpair_news.go).
//
// Measured against a05bce2 on Multi-News default summaries: validation
// 33 of 5,599 changed, all read: 26 better (a second story's line gone --
// another woman's death, a volcano beside an eating contest's rules, a
// gossip item, a plagiarism charge, a singer's apology -- and the news
// told further in its place), 4 worse (the lead's page was the junk one: a link list, a
// donor appeal, an archive's note kept and the news page dropped; one
// summary opening on a name before its introduction), 3 the same; train
// 1-38,000 197 of 37,861 changed, of 40 drawn 25 better (a shooting's
// details, a court's ruling, a study's finding in place of a second
// story's line), 5 worse (the news page was the one left out: a
// candidate's withdrawal, a clown group's decline, a mother's death
// beside a page of statistics, a study's story beside a journal's notice;
// a listicle's photo credits in its place),
// 10 the same (a junk page either way, or two lines of background).
//
// Tried and not kept: a share of 0.10 (validation 81 changed, of 40 read
// 29 better, 6 worse, 5 the same; train 440 changed, of 40 read 25
// better, 9 worse -- the news dropped beside a Wikipedia or journal page
// that held the lead -- 6 the same); at 0.10, only when the lead is its
// article's first sentence (validation 40 changed: it kept 12 of the 29
// better and 3 of the 6 worse).

// offPairShare is the largest share of either source's distinct content
// words that the other source uses for the two to tell two stories.
const offPairShare = 0.07

// offStoryPair returns, for a cluster of two independent sources, the
// source that does not carry fact lead when each source shares under
// offPairShare of its distinct content words (at least
// minOffStoryTerms) with the other, or under offPairLoose when the two
// share no phrase and only the lead's page reads as a report
// (pairNoPhrase, reportPairApart: offpair_phrase.go); nil otherwise, and
// nil when both or neither carry the lead.
func (c *cluster) offStoryPair(lead int) map[int]bool {
	if lead < 0 {
		return nil
	}
	seen := make(map[uint64]bool)
	var docs []int
	apart := true // every source under offPairShare
	for i := range c.docs {
		d := &c.docs[i]
		if d.origin != i {
			continue
		}
		docs = append(docs, i)
		distinct, shared := c.sharedTerms(d, seen)
		if distinct < minOffStoryTerms || float64(shared) >= offPairLoose*float64(distinct) {
			return nil
		}
		if float64(shared) >= offPairShare*float64(distinct) {
			apart = false
		}
	}
	if len(docs) != 2 {
		return nil
	}
	if !apart && !c.pairNoPhrase(docs[0], docs[1], seen) {
		// Shares of offPairShare up to offPairLoose tell two stories
		// only when the pages share no phrase (offpair_phrase.go).
		return nil
	}
	a, b := docs[0], docs[1] // a carries the lead, b is the other page
	switch ca, cb := c.carries(lead, a), c.carries(lead, b); {
	case cb && !ca:
		a, b = b, a
	case ca == cb:
		return nil
	}
	if !apart && !c.reportPairApart(a, b) {
		// Of pages that share a few words, the lead's must read as a
		// report and the other not (offpair_phrase.go).
		return nil
	}
	return map[int]bool{b: true}
}
