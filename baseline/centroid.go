package baseline

import (
	"sort"

	"github.com/chorusnews/chorus"
)

// Centroid is the centroid-based summarizer of MEAD (Radev et al. 2004).
// The centroid is the mean TF-IDF vector of the cluster's sentences cut to
// its CentroidTerms heaviest terms; IDF comes from the cluster's own
// sentences. A sentence scores the centroid weight of its distinct terms
// (C), plus a position score Cmax·(n−i)/n for the i-th (from 0) of n
// sentences of its article (P), plus Cmax times its cosine with its
// article's first sentence (F), all with weight 1 as in MEAD's defaults.
// Sentences are taken by score, skipping any whose cosine with a chosen one
// exceeds 0.7 (MEAD's redundancy threshold).
type Centroid struct {
	// CentroidTerms is the number of terms kept in the centroid; 0 means 100.
	CentroidTerms int
}

// Name implements System.
func (Centroid) Name() string { return "centroid" }

// Summarize implements System.
func (m Centroid) Summarize(articles []chorus.Article, opts chorus.Options) (chorus.Summary, error) {
	if err := check(opts); err != nil {
		return chorus.Summary{}, wrap("centroid", err)
	}
	c, err := prepare(articles)
	if err != nil {
		return chorus.Summary{}, wrap("centroid", err)
	}
	vs := c.vectors()
	cen := centroid(vs)
	keep := m.CentroidTerms
	if keep <= 0 {
		keep = 100
	}
	weight := map[int]float64{}
	order := make([]int, len(cen.ids))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return cen.w[order[a]] > cen.w[order[b]] })
	for _, i := range order[:min(keep, len(order))] {
		weight[cen.ids[i]] = cen.w[i]
	}
	score := make([]float64, len(c.sents))
	firstOf := map[int]int{}
	cmax := 0.0
	for i, s := range c.sents {
		if _, ok := firstOf[s.doc]; !ok {
			firstOf[s.doc] = i
		}
		for _, t := range distinct(s.terms) {
			score[i] += weight[t]
		}
		cmax = max(cmax, score[i])
	}
	for i, s := range c.sents {
		n := float64(c.docLen[s.doc])
		score[i] += cmax * (n - float64(s.pos)) / n
		score[i] += cmax * cosine(vs[i], vs[firstOf[s.doc]])
	}
	return c.pick(c.byScore(score), vs, 0.7, opts), nil
}
