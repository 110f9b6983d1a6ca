package baseline

import (
	"math"

	"github.com/chorusnews/chorus"
)

// MMR is Maximal Marginal Relevance (Carbonell & Goldstein 1998) with the
// cluster's mean TF-IDF vector as the query: it repeatedly takes the
// sentence maximizing λ·sim(s, query) − (1−λ)·max sim(s, chosen), with TF-IDF
// cosine as sim.
type MMR struct {
	// Lambda trades relevance against novelty; 0 means 0.7.
	Lambda float64
}

// Name implements System.
func (MMR) Name() string { return "mmr" }

// Summarize implements System.
func (m MMR) Summarize(articles []chorus.Article, opts chorus.Options) (chorus.Summary, error) {
	if err := check(opts); err != nil {
		return chorus.Summary{}, wrap("mmr", err)
	}
	c, err := prepare(articles)
	if err != nil {
		return chorus.Summary{}, wrap("mmr", err)
	}
	lambda := m.Lambda
	if lambda <= 0 || lambda > 1 {
		lambda = 0.7
	}
	vs := c.vectors()
	query := centroid(vs)
	cands := c.byScore(make([]float64, len(c.sents))) // source order
	rel := make([]float64, len(c.sents))
	maxSim := make([]float64, len(c.sents)) // to the chosen sentences
	for _, i := range cands {
		rel[i] = cosine(vs[i], query)
	}
	sel := newSelection(c, opts)
	used := make([]bool, len(c.sents))
	for !sel.full() {
		best, bestScore := -1, math.Inf(-1)
		for _, i := range cands {
			if used[i] || !sel.fits(i) {
				continue
			}
			if s := lambda*rel[i] - (1-lambda)*maxSim[i]; s > bestScore {
				best, bestScore = i, s
			}
		}
		if best < 0 {
			break
		}
		used[best] = true
		sel.add(best)
		for _, i := range cands {
			if !used[i] {
				maxSim[i] = max(maxSim[i], cosine(vs[i], vs[best]))
			}
		}
	}
	return sel.summary(), nil
}
