package baseline

import (
	"math"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// TextRank is the sentence-extraction TextRank of Mihalcea & Tarau (2004):
// sentences are linked by the number of content terms they share divided by
// log|Si| + log|Sj| (their term counts), ranked by weighted PageRank
// (damping 0.85) and taken in rank order. Like the original it has no
// redundancy filter beyond dropping exact repeats.
type TextRank struct{}

// Name implements System.
func (TextRank) Name() string { return "textrank" }

// Summarize implements System.
func (TextRank) Summarize(articles []chorus.Article, opts chorus.Options) (chorus.Summary, error) {
	if err := check(opts); err != nil {
		return chorus.Summary{}, wrap("textrank", err)
	}
	c, err := prepare(articles)
	if err != nil {
		return chorus.Summary{}, wrap("textrank", err)
	}
	n := len(c.sents)
	sets := make([][]int, n)
	logLen := make([]float64, n)
	for i, s := range c.sents {
		sets[i] = distinct(s.terms)
		if len(s.terms) > 0 {
			logLen[i] = math.Log(float64(len(s.terms)))
		}
	}
	sim := make([][]float64, n)
	for i := range sim {
		sim[i] = make([]float64, n)
	}
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			den := logLen[i] + logLen[j]
			if den <= 0 {
				continue
			}
			s := float64(lex.Intersect(sets[i], sets[j])) / den
			sim[i][j], sim[j][i] = s, s
		}
	}
	return c.pick(c.byScore(pagerank(sim, 0.85)), nil, 1, opts), nil
}
