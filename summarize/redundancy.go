package summarize

import (
	"slices"

	"github.com/chorusnews/chorus/internal/copies"
)

// This file is the redundancy stage: copies of articles (copies.Of, the
// story service's definition too) are counted with their original as one
// independent source, and near-duplicate sentences
// across sources (copies and "spun" rewrites) are grouped into facts. A fact
// appears at most once in a summary and is supported by every source that
// carries one of its sentences.

const (
	// sentenceJaccard is the Jaccard similarity of content terms above which
	// two sentences state the same fact (dc51076, not swept).
	sentenceJaccard = 0.45
	// maxPosting bounds the inverted-index lists scanned per term, keeping
	// grouping near-linear on huge clusters (a bound on work, dc51076).
	maxPosting = 256
)

// fact is a group of near-duplicate sentences.
type fact struct {
	rep     int   // candidate index of the representative sentence
	members []int // candidate indices, in reading order of the sources
	docs    []int // indices of documents carrying it, ascending
	support int   // number of independent sources carrying it
	score   float64
	quote   float64 // the part of score its quotation marks give when they quote no named speaker (the model's quote weight, or 0)
}

// markCopies sets each document's origin, the independent source it
// counts as: the root of its chain of Article.DuplicateOf links when it has one
// (decided upstream, as by the story service), else the earliest original
// document it copies (copies.Of), else itself.
func (c *cluster) markCopies() {
	ids := make(map[string]int, len(c.docs))
	for i := range c.docs {
		if id := c.docs[i].article.ID; id != "" {
			if _, seen := ids[id]; !seen {
				ids[id] = i
			}
		}
	}
	given := make([]bool, len(c.docs))
	var path []int
	for i := range c.docs {
		path = append(path[:0], i)
		o := i
		for {
			j, ok := ids[c.docs[o].article.DuplicateOf]
			if !ok || j == o {
				break
			}
			if k := slices.Index(path, j); k >= 0 {
				o = slices.Min(path[k:]) // a cycle of links: its first article
				break
			}
			path = append(path, j)
			o = j
		}
		c.docs[i].origin, given[i] = o, o != i
	}
	for i := range c.docs {
		d := &c.docs[i]
		sets := make([][]uint64, len(d.cands))
		for k, ci := range d.cands {
			sets[k] = c.cands[ci].terms
		}
		d.copyDoc = copies.NewDoc(sets)
		if given[i] {
			continue
		}
		for j := range i {
			if c.docs[j].origin == j && copies.Of(&d.copyDoc, &c.docs[j].copyDoc) {
				d.origin = j
				break
			}
		}
	}
	for i := range c.docs {
		if given[i] { // the root of the links may have been found a copy
			c.docs[i].origin = c.docs[c.docs[i].origin].origin
		}
	}
}

// postingBlock is how many first postings groupFacts allocates at once.
const postingBlock = 256

// groupFacts groups candidate sentences into facts. Documents are visited
// earliest source first, so a fact's representative comes from the earliest
// source that carries it.
func (c *cluster) groupFacts(order []int) {
	// The index is sized for all the sentences' terms, a bound on the
	// distinct ones, so that it never grows (as collectStats' maps).
	n := 0
	for i := range c.cands {
		n += len(c.cands[i].terms)
	}
	index := make(map[uint64][]int32, n)
	var block []int32 // first postings, postingBlock at a time
	var pairs []int32 // lists of two to four postings, postingBlock/4 at a time
	var count []int
	var touched []int
	for _, di := range order {
		for _, ci := range c.docs[di].cands {
			cd := &c.cands[ci]
			best, bestSim := -1, 0.0
			touched = touched[:0]
			for _, h := range cd.terms {
				for _, f := range index[h] {
					if count[f] == 0 {
						touched = append(touched, int(f))
					}
					count[f]++
				}
			}
			for _, f := range touched {
				first := &c.cands[c.facts[f].members[0]]
				union := len(first.terms) + len(cd.terms) - count[f]
				sim := float64(count[f]) / float64(union)
				if (sim > bestSim || sim == bestSim && f < best) && sameClaim(first, cd) {
					best, bestSim = f, sim
				}
				count[f] = 0
			}
			if best >= 0 && (bestSim >= sentenceJaccard || bestSim == 1) && len(cd.terms) >= 1 {
				c.join(best, ci)
				continue
			}
			cd.fact = len(c.facts)
			c.facts = append(c.facts, fact{rep: ci, members: []int{ci}})
			count = append(count, 0)
			for _, h := range cd.terms {
				switch p := index[h]; {
				case len(p) == 0:
					// A term's first posting, most terms' only one,
					// from a shared block (capacity 1: a second posting
					// moves the list out of the block).
					if len(block) == cap(block) {
						block = make([]int32, 0, postingBlock)
					}
					block = append(block, int32(cd.fact))
					index[h] = block[len(block)-1 : len(block) : len(block)]
				case len(p) == 1:
					// A second posting moves the list to 4 slots of a
					// shared block, where it grows to four; a fifth
					// moves it out (append's growth was 1, 2, 4, 8).
					if cap(pairs)-len(pairs) < 4 {
						pairs = make([]int32, 0, postingBlock)
					}
					k := len(pairs)
					pairs = append(pairs, p[0], int32(cd.fact), 0, 0)
					index[h] = pairs[k : k+2 : k+4]
				case len(p) < maxPosting:
					index[h] = append(p, int32(cd.fact))
				}
			}
		}
	}
	for i := range c.facts {
		c.finishFact(&c.facts[i])
	}
}

// sameClaim reports whether two similar sentences can state the same fact:
// they must give the same numbers and agree on negation, so "23 dead" never
// supports "25 dead" and a denial never supports the claim it denies.
func sameClaim(a, b *candidate) bool {
	return a.negated == b.negated && slices.Equal(a.numbers, b.numbers)
}

// join adds candidate ci to fact f, taking it as the representative when it
// is better formed than the current one (formRank).
func (c *cluster) join(f, ci int) {
	ft := &c.facts[f]
	c.cands[ci].fact = f
	ft.members = append(ft.members, ci)
	if formRank(c.cands[ci].flags) < formRank(c.cands[ft.rep].flags) {
		ft.rep = ci
	}
}

// formRank ranks how well a sentence stands alone, 0 best: a cut-off or
// dependent sentence ("He said …") is worst, one opening with a bare "the
// X" ("The company said …", where another source names the company) next.
func formRank(f flags) int {
	switch {
	case f&(flagUnfinished|flagDependent) != 0:
		return 2
	case f&flagDefinite != 0:
		return 1
	}
	return 0
}

// finishFact fills the documents and support of a fact.
func (c *cluster) finishFact(f *fact) {
	f.docs = f.docs[:0]
	origins := make([]int, 0, len(f.members))
	for _, m := range f.members {
		d := c.cands[m].doc
		f.docs = append(f.docs, d)
		origins = append(origins, c.docs[d].origin)
	}
	slices.Sort(f.docs)
	f.docs = slices.Compact(f.docs)
	slices.Sort(origins)
	f.support = len(slices.Compact(origins))
}

// readingOrder returns document indices earliest source first: by
// publication time when every article has one, ties and otherwise in input
// order.
func (c *cluster) readingOrder() []int {
	order := make([]int, len(c.docs))
	dated := true
	for i := range order {
		order[i] = i
		dated = dated && !c.docs[i].article.Published.IsZero()
	}
	if dated {
		slices.SortStableFunc(order, func(a, b int) int {
			return c.docs[a].article.Published.Compare(c.docs[b].article.Published)
		})
	}
	return order
}
