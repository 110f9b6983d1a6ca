package summarize

import "math"

// This file sets the default, adaptive length of a summary: a reader asks
// for a summary shorter than what it summarizes, so with no explicit budget
// the length grows with the cluster's distinct content — the words of its
// facts, each group of near-duplicates counted once — as
// adaptiveScale·√(distinct words), within [adaptiveMin, the cap]. Three
// short articles about one flood (about 230 distinct words) get about 75
// words, a cluster of 2,500 distinct words the full 250. An explicit word
// or sentence budget is honoured as given. The sentences that fill the
// last words of a default summary are the weakest: once it holds two,
// each sentence it adds must read clean, or it ends shorter (tail.go).

const (
	// adaptiveScale sets the default length: adaptiveScale·√(distinct
	// words). 5 gives 3–4 sentences for the flood fixture and reaches the
	// 250-word cap at 2,500 distinct words.
	adaptiveScale = 5.0
	// adaptiveMin is the shortest default length, in words.
	adaptiveMin = 40
)

// adaptiveWords returns the default word budget of the cluster, at most
// limit (0: no cap).
func (c *cluster) adaptiveWords(limit int) int {
	distinct := 0
	for f := range c.facts {
		if rep := &c.cands[c.facts[f].rep]; countsForLength(rep) {
			distinct += rep.words
		}
	}
	n := max(int(math.Round(adaptiveScale*math.Sqrt(float64(distinct)))), adaptiveMin)
	if limit > 0 {
		n = min(n, limit)
	}
	return n
}
