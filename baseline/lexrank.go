package baseline

import (
	"math"

	"github.com/chorusnews/chorus"
)

// LexRank is continuous LexRank (Erkan & Radev 2004): a graph of sentences
// weighted by TF-IDF cosine, ranked by PageRank (damping 0.85), taken in rank
// order while skipping any sentence whose cosine with a chosen one exceeds
// 0.5.
type LexRank struct{}

// Name implements System.
func (LexRank) Name() string { return "lexrank" }

// Summarize implements System.
func (LexRank) Summarize(articles []chorus.Article, opts chorus.Options) (chorus.Summary, error) {
	if err := check(opts); err != nil {
		return chorus.Summary{}, wrap("lexrank", err)
	}
	c, err := prepare(articles)
	if err != nil {
		return chorus.Summary{}, wrap("lexrank", err)
	}
	vs := c.vectors()
	n := len(vs)
	sim := make([][]float64, n)
	for i := range sim {
		sim[i] = make([]float64, n)
	}
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			s := cosine(vs[i], vs[j])
			sim[i][j], sim[j][i] = s, s
		}
	}
	return c.pick(c.byScore(pagerank(sim, 0.85)), vs, 0.5, opts), nil
}

// pagerank returns the stationary scores of the weighted graph w (w[i][j] is
// the weight of the edge i–j) with damping d, by power iteration. A node
// with no edges spreads its score evenly.
func pagerank(w [][]float64, d float64) []float64 {
	n := len(w)
	if n == 0 {
		return nil
	}
	out := make([]float64, n)
	for i, row := range w {
		for _, x := range row {
			out[i] += x
		}
	}
	p := make([]float64, n)
	next := make([]float64, n)
	for i := range p {
		p[i] = 1 / float64(n)
	}
	for iter := 0; iter < 200; iter++ {
		dangling := 0.0
		for i := range next {
			next[i] = 0
			if out[i] == 0 {
				dangling += p[i]
			}
		}
		for i, row := range w {
			if out[i] == 0 {
				continue
			}
			share := p[i] / out[i]
			for j, x := range row {
				if x != 0 {
					next[j] += share * x
				}
			}
		}
		delta := 0.0
		for i := range next {
			v := (1-d)/float64(n) + d*(next[i]+dangling/float64(n))
			delta += math.Abs(v - p[i])
			p[i] = v
		}
		if delta < 1e-7 {
			break
		}
	}
	return p
}
