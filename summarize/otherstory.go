package summarize

import "github.com/chorusnews/chorus/internal/lex"

// A reader's summary that tells another story in one sentence: a cluster's
// sources are not always about one event (a neighbouring headline, a
// site's promotion of its coverage or newsletter, a page's login or
// "address not found" notice, an unrelated article set beside the story),
// and selection may take one sentence from such a source.
// dropOtherStory leaves that sentence out after selection.

// otherStoryMaxShared is the most distinct content words two independent
// sources' candidate sentences may share and still tell different
// stories. Multi-News articles are cut short, so sources about one event
// may share few words: the chosen sentences are compared too
// (otherStorySentenceShared).
const otherStoryMaxShared = 3

// otherStorySentenceShared is the most distinct content words a chosen
// sentence may share with another independent source's candidate
// sentences and still tell another story than that source.
const otherStorySentenceShared = 1

// dropOtherStory returns picked (a reader's summary in reading order)
// without the sentences that tell a story the rest of it does not. The
// independent sources of the chosen facts are joined into one story when
// their candidate sentences share more than otherStoryMaxShared distinct
// content words, when a chosen sentence of one shares more than
// otherStorySentenceShared with the other's, when chosen sentences of the
// two share any, or when one fact is carried by both. Then only when one
// story holds the most chosen facts, at least two, does a story of a
// single chosen fact leave the summary (the opening too); nothing is
// brought in instead. Update and query summaries are left alone: what the
// reader has read or asked for decides what belongs.
//
// Multi-News validation, 5,613 default summaries: 12 change, all read, 9
// better (a news digest's or a show's "about" line, an "on this day"
// line, a film site's promotion, an unrelated article's sentence gone), 2
// the same, 1 worse (a founder's background line left a takeover
// story); train 1-38,000: 137 change, of 40 read 28 better, 6 the same, 6
// worse (a lead kept to a source of verses or a byline fragment; a
// sentence of the same story in other words). Not kept: one sentence's
// source compared only by its own words (69 validation changes, half of
// those read worse: articles on one event cut short share few words) and
// dropping stories of several sentences (a page's teaser or shipping
// notice kept, the review or the campaign dropped).
func (c *cluster) dropOtherStory(picked []int) []int {
	if len(picked) < 2 || c.seen != nil || c.q != nil {
		return picked
	}
	var origins []int
	index := make(map[int]int) // origin → its place in origins
	for _, f := range picked {
		for _, d := range c.facts[f].docs {
			o := c.docs[d].origin
			if _, ok := index[o]; !ok {
				index[o] = len(origins)
				origins = append(origins, o)
			}
		}
	}
	if len(origins) < 2 {
		return picked
	}
	terms := make([][]uint64, len(origins))
	for i := range c.docs {
		k, ok := index[c.docs[i].origin]
		if !ok {
			continue
		}
		for _, ci := range c.docs[i].cands {
			terms[k] = append(terms[k], c.cands[ci].terms...)
		}
	}
	for k := range terms {
		terms[k] = sortUnique(terms[k])
	}
	group := make([]int, len(origins))
	for k := range group {
		group[k] = k
	}
	root := func(k int) int {
		for group[k] != k {
			k = group[k]
		}
		return k
	}
	join := func(a, b int) {
		if ra, rb := root(a), root(b); ra != rb {
			group[max(ra, rb)] = min(ra, rb)
		}
	}
	for a := range origins {
		for b := a + 1; b < len(origins); b++ {
			if lex.Intersect(terms[a], terms[b]) > otherStoryMaxShared {
				join(a, b)
			}
		}
	}
	for i, f := range picked {
		docs := c.facts[f].docs
		for _, d := range docs[1:] {
			join(index[c.docs[docs[0]].origin], index[c.docs[d].origin])
		}
		a := index[c.docs[docs[0]].origin]
		for b := range origins {
			if b != a && lex.Intersect(c.cands[c.facts[f].rep].terms, terms[b]) > otherStorySentenceShared {
				join(a, b)
			}
		}
		for _, g := range picked[:i] {
			if lex.Intersect(c.cands[c.facts[f].rep].terms, c.cands[c.facts[g].rep].terms) > 0 {
				join(index[c.docs[docs[0]].origin], index[c.docs[c.facts[g].docs[0]].origin])
			}
		}
	}
	count := make(map[int]int)
	factGroup := func(f int) int { return root(index[c.docs[c.facts[f].docs[0]].origin]) }
	for _, f := range picked {
		count[factGroup(f)]++
	}
	if len(count) < 2 {
		return picked
	}
	keep, most, ties := -1, 0, 0
	for g, n := range count {
		switch {
		case n > most:
			keep, most, ties = g, n, 1
		case n == most:
			ties++
		}
	}
	if most < 2 || ties > 1 {
		return picked // no story most of the summary tells
	}
	out := make([]int, 0, len(picked))
	for _, f := range picked {
		if g := factGroup(f); g == keep || count[g] > 1 {
			out = append(out, f)
		}
	}
	return out
}
