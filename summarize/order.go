package summarize

import (
	"cmp"
	"slices"
)

// This file is the ordering stage: selected facts are put in reading order,
// by where their content is first mentioned (earliest source first, then
// position in it), so the story reads as its sources tell it and a sentence
// follows the one it leans on.

// place is a position in reading order: a document's rank in the
// earliest-source-first order and a sentence position within it.
type place struct{ rank, pos int }

func (p place) compare(q place) int {
	if r := cmp.Compare(p.rank, q.rank); r != 0 {
		return r
	}
	return cmp.Compare(p.pos, q.pos)
}

// orderKey sorts one picked fact: by the place where its content is first
// mentioned, then by the place of its own sentence.
type orderKey struct{ first, own place }

// order sorts the picked facts into reading order, the lead first. rank
// gives each document's place in the earliest-source-first order.
func (c *cluster) order(picked []int, rank []int) {
	keys := make(map[int]orderKey, len(picked))
	inPicked := make(map[int]bool, len(picked))
	for _, f := range picked {
		inPicked[f] = true
	}
	var key func(f int, depth int) orderKey
	key = func(f int, depth int) orderKey {
		if k, ok := keys[f]; ok {
			return k
		}
		rep := &c.cands[c.facts[f].rep]
		own := place{rank[rep.doc], rep.pos}
		k := orderKey{first: c.firstMention(f, rank), own: own}
		if f == c.lead && c.lead >= 0 {
			// The lead opens the summary.
			k = orderKey{first: place{-1, -1}, own: place{-1, -1}}
		}
		// A sentence that leans on its predecessor ("he said") goes right
		// after it, wherever its own words were first mentioned.
		if rep.flags&flagDependent != 0 && rep.prevInDoc >= 0 && depth < len(picked) {
			if prev := c.cands[rep.prevInDoc].fact; prev != f && inPicked[prev] {
				k = orderKey{first: key(prev, depth+1).first, own: own}
			}
		}
		keys[f] = k
		return k
	}
	slices.SortStableFunc(picked, func(x, y int) int {
		a, b := key(x, 0), key(y, 0)
		if r := a.first.compare(b.first); r != 0 {
			return r
		}
		return a.own.compare(b.own)
	})
}

// firstMention returns the earliest place where fact f's content appears:
// one of its own sentences, or any sentence that overlaps it as much as
// selection counts as a repeat (a source that tells the same fact in its own
// words).
func (c *cluster) firstMention(f int, rank []int) place {
	ft := &c.facts[f]
	rep := &c.cands[ft.rep]
	best := place{rank[rep.doc], rep.pos}
	for _, m := range ft.members {
		if p := (place{rank[c.cands[m].doc], c.cands[m].pos}); p.compare(best) < 0 {
			best = p
		}
	}
	overlap := c.tuning().Overlap
	for i := range c.cands {
		cd := &c.cands[i]
		if p := (place{rank[cd.doc], cd.pos}); p.compare(best) < 0 && jaccard(rep.terms, cd.terms) >= overlap {
			best = p
		}
	}
	return best
}

// wordsOf returns the number of words of the picked facts.
func (c *cluster) wordsOf(picked []int) int {
	n := 0
	for _, f := range picked {
		n += c.cands[c.facts[f].rep].words
	}
	return n
}
