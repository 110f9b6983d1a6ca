package summarize

import (
	"slices"
	"strings"
	"unicode"

	"github.com/chorusnews/chorus/internal/lex"
)

// Two ledes of one event (ledeTwins). Two sources often open on the same
// event in their own words, and each adds a particular the other lacks:
// an age, a year, a count that differs by one, an aside with a negation
// ("a tactic not seen before"). The figure and negation checks of the
// paraphrase and restatement tests (paraphrase.go) then keep both, and a
// reader meets the event twice, the second time as sentence two or three
// (invented: "Tarnwick harbour police found a stowaway hidden in a crate
// on a ferry from Ostrel this week" and "Tarnwick police have found a
// 19-year-old stowaway hidden in a crate on the Ostrel ferry, a method
// not seen before at the port"). Tried and not kept (h35redund): the two
// first sentences of one article as twins (a standfirst and its lede):
// Multi-News validation 1 of 5,599 default summaries changed, worse; train
// 1-38,000 4 of 37,865: 3 worse, 1 the same. An article's second
// sentence gives the lede's particulars (what the tweet said, what was a
// first, a denial), and its stand-in was background or a gallery's
// caption.

const (
	// ledeTwinTerms is the fewest content words two ledes share.
	ledeTwinTerms = 6
	// ledeTwinShare is the share of the smaller one's content words
	// they share (paraLeadContain, the lead rule's share).
	ledeTwinShare = paraLeadContain
	// twinOwnShare is the least share of a lede twin's own content
	// words that the opening holds for the twin to give way
	// (addsToLede): below it the twin tells more than the opening (a
	// plea, a reopening, a finding the opening leaves vague).
	twinOwnShare = 0.3
	// twinNewNumbers is the most numbers a lede twin may give that the
	// opening lacks (a date, an age and a count that differ) and still
	// give way: more are a finding's figures.
	twinNewNumbers = 2
	// restateTerms is the fewest content words a stand-in shares with
	// the opening to restate it (restatesLede).
	restateTerms = 3
	// restateShare is the least share of a stand-in's own content words
	// the opening holds for the stand-in to restate it.
	restateShare = 0.35
	// ledeDepth bounds the sentence position of a lede in its source: the
	// first sentence, or the second after a headline or dateline the
	// cleaner left.
	ledeDepth = 2
)

// ledeTwins reports whether facts a and b are two sources' ledes of one
// event: each opens its source (pos below ledeDepth), they come from
// different sources, share ledeTwinTerms content words or more and
// ledeTwinShare of the smaller one's, share an event word that is no
// figure (sharesEventWord: "charged", "launched", not "11-year-old"), and
// neither gives a counted figure (c.figs: three or more characters, not a
// year) the other lacks. Their small numbers (an age, a day, a count)
// and negations may differ.
func (c *cluster) ledeTwins(a, b int) bool {
	x, y := &c.cands[c.facts[a].rep], &c.cands[c.facts[b].rep]
	if x.pos >= ledeDepth || y.pos >= ledeDepth || x.doc == y.doc || c.figs == nil {
		return false
	}
	n := lex.Intersect(x.terms, y.terms)
	if n < ledeTwinTerms || float64(n) < ledeTwinShare*float64(min(len(x.terms), len(y.terms))) {
		return false
	}
	if !slices.Equal(c.figs[a], c.figs[b]) {
		return false
	}
	return c.sharesEventWord(x, y) || c.sharesEventWord(y, x)
}

// replaceLedeTwins gives the place of each chosen fact that is a lede
// twin of the opening sentence (ledeTwins with c.lead) to the unchosen
// fact of the best score that tells something the summary does not
// (ledeTwinStandIn). When none fits, the twin stays: left out, the
// summary would lose words of news with it (a key particular the opening
// leaves vague, read on validation). Nothing is done when the opening has
// a mark of its own (dirt): the twin may then be the clean statement of
// the news. The rest of the summary stays as chosen. A reader's summary
// only (pruneRepeats' caller).
func (c *cluster) replaceLedeTwins(picked []int) []int {
	return c.replaceOpeningRepeats(picked, func(f int, _ []int) bool {
		return c.ledeTwins(f, c.lead) && !c.addsToLede(f, c.lead)
	}, false)
}

// replaceOpeningRepeats gives the place of each chosen fact that repeats
// the opening (repeats, asked after the opening itself and a fact the
// next one leans on (leansOn) are passed over) to its stand-in
// (ledeTwinStandIn); with none it is left out when drop is set and the
// rest holds adaptiveMin words, else it stays. Nothing is done when the
// opening has a mark of its own (dirt).
func (c *cluster) replaceOpeningRepeats(picked []int, repeats func(f int, picked []int) bool, drop bool) []int {
	if c.lead < 0 || c.figs == nil || len(picked) < 2 || c.dirt(c.lead) > 0 {
		return picked
	}
	limit := c.tuning().Overlap
	var off map[int]bool
	offDone := false
	for i := 0; i < len(picked); i++ {
		f := picked[i]
		if f == c.lead || c.leansOn(f, picked) || !repeats(f, picked) {
			continue
		}
		if !offDone {
			off, offDone = c.offStorySources(c.lead), true
		}
		others := append(append([]int(nil), picked[:i]...), picked[i+1:]...)
		if g := c.ledeTwinStandIn(f, others, off, limit); g >= 0 {
			picked[i] = g
		} else if drop && c.wordsOf(others) >= adaptiveMin {
			picked = others
			i--
		}
	}
	return picked
}

// ledeTwinStandIn returns the fact that takes lede twin f's place beside
// the chosen facts others (replaceLedeTwins), or -1 for none: the best
// score among the unchosen facts no longer than f's sentence, with no mark
// (dirt), no junk or label opening (junkLead, labelOpening), not cut at
// a middle initial (cutAtInitial), no page text or fragment
// (pieceOfText), not redundant with others (redundant),
// sharing no lede's share of words with the opening (sharesLede), fit to
// stand where it is (eligible,
// readsClean, not an island, aside, stale, off-story, or a quote without
// its speaker).
func (c *cluster) ledeTwinStandIn(f int, others []int, off map[int]bool, limit float64) int {
	chosen, nm := c.standInContext(others)
	words := c.cands[c.facts[f].rep].words
	speakers := make(map[int]bool)
	best := -1
	for g := range c.facts {
		rep := &c.cands[c.facts[g].rep]
		if g == f || chosen[g] || c.asides[g] || c.stale[g] || !selectable(rep) || rep.words > words {
			continue
		}
		if best >= 0 && c.facts[g].score <= c.facts[best].score {
			continue
		}
		if off != nil && c.offStoryFact(g, off) || c.speakerless(g, chosen, speakers) || !c.eligible(g, chosen, nm) || c.island(g, chosen) {
			continue
		}
		if pieceOfText(rep.text) {
			continue
		}
		if c.dirtOf(rep) > 0 || junkLead(rep.text) || labelOpening(rep.text) || cutAtInitial(rep.text) || c.redundant(g, others, limit) || c.ledeTwins(g, c.lead) || c.sharesLede(g, c.lead) || c.restatesLede(g, c.lead) || !c.readsClean(g, chosen, nm) {
			continue
		}
		best = g
	}
	return best
}

// sharesLede reports whether facts g and lead share ledeTwinTerms content
// words or more and ledeTwinShare of the smaller one's, whatever their
// figures and event words: a stand-in for a lede twin that does is
// another wording of the lede with a figure of its own ("$38 million"
// after "$37 million").
func (c *cluster) sharesLede(g, lead int) bool {
	x, y := &c.cands[c.facts[g].rep], &c.cands[c.facts[lead].rep]
	n := lex.Intersect(x.terms, y.terms)
	return n >= ledeTwinTerms && float64(n) >= ledeTwinShare*float64(min(len(x.terms), len(y.terms)))
}

// restatesLede reports whether stand-in g tells the opening sentence
// lead's news again in other words, with fewer than sharesLede's terms:
// restateTerms of its content words or more are the opening's, and they
// are restateShare of its own or more ("<A> named <B> as his pick for ..."
// after "<A> announced <B> will be his running mate ...").
func (c *cluster) restatesLede(g, lead int) bool {
	x, y := &c.cands[c.facts[g].rep], &c.cands[c.facts[lead].rep]
	n := lex.Intersect(x.terms, y.terms)
	return n >= restateTerms && float64(n) >= restateShare*float64(len(x.terms))
}

// cutAtInitial reports whether s ends on a one-letter word and a full
// stop ("... the new harbour master, ilse k."): a sentence the splitter
// cut at a middle initial, a fragment a stand-in must not be
// (ledeTwinStandIn). Multi-News train 1-38,000: 1 stand-in refused
// (repeat18), validation none.
func cutAtInitial(s string) bool {
	s = strings.TrimSpace(s)
	if !strings.HasSuffix(s, ".") {
		return false
	}
	f := lex.SpaceFieldsShared(s)
	if len(f) < 3 {
		return false
	}
	last := strings.TrimSuffix(f[len(f)-1], ".")
	return len(last) == 1 && unicode.IsLetter(rune(last[0]))
}

// labelColonWords is how many opening words labelOpening reads for a colon.
const labelColonWords = 6

// labelOpening reports whether a colon ends one of the first labelColonWords
// words of s: a page's label run into the sentence ("Here are the top
// quotes: ...", "Update: ..."), which a stand-in must not bring.
func labelOpening(s string) bool {
	for i, w := range lex.SpaceFieldsShared(s) {
		if i >= labelColonWords {
			break
		}
		if strings.HasSuffix(w, ":") {
			return true
		}
	}
	return false
}

// addsToLede reports whether lede twin f tells more than the opening
// sentence lead: under twinOwnShare of its content words are the
// opening's, or it gives more than twinNewNumbers numbers the opening
// lacks. Such a twin stays (replaceLedeTwins).
func (c *cluster) addsToLede(f, lead int) bool {
	x, y := &c.cands[c.facts[f].rep], &c.cands[c.facts[lead].rep]
	return float64(lex.Intersect(x.terms, y.terms)) < twinOwnShare*float64(len(x.terms)) ||
		len(x.numbers)-lex.Intersect(x.numbers, y.numbers) > twinNewNumbers
}

// standInContext returns what a stand-in for a chosen sentence is read
// against: the facts of others marked chosen, their names, and their
// terms as c.said (what the summary already says), as selection has them.
func (c *cluster) standInContext(others []int) ([]bool, *names) {
	chosen := make([]bool, len(c.facts))
	nm := c.newNames()
	c.said = c.said[:0]
	for _, p := range others {
		chosen[p] = true
		rep := &c.cands[c.facts[p].rep]
		nm.add(rep.text)
		c.said = append(c.said, rep.terms...)
	}
	c.said = sortUnique(c.said)
	return chosen, nm
}
