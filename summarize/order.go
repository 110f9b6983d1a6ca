package summarize

import (
	"cmp"
	"slices"
)

// This file is the ordering stage: selected facts are put in reading order,
// by the earliest source that carries them and then by position in it, so a
// sentence follows the one it leans on and the story reads as its sources
// tell it.

// order sorts the picked facts into reading order. rank gives each
// document's place in the earliest-source-first order.
func (c *cluster) order(picked []int, rank []int) {
	slices.SortStableFunc(picked, func(x, y int) int {
		a, b := &c.cands[c.facts[x].rep], &c.cands[c.facts[y].rep]
		if r := cmp.Compare(rank[a.doc], rank[b.doc]); r != 0 {
			return r
		}
		return cmp.Compare(a.pos, b.pos)
	})
}

// wordsOf returns the number of words of the picked facts.
func (c *cluster) wordsOf(picked []int) int {
	n := 0
	for _, f := range picked {
		n += c.cands[c.facts[f].rep].words
	}
	return n
}
