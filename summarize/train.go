package summarize

import (
	"fmt"
	"math"

	"github.com/chorusnews/chorus"
)

// This file fits the Model of the scoring stage. Each fact of a training
// cluster is labelled with how much of its representative sentence a
// reference summary contains (the mean of its unigram and bigram precision
// against the reference, stems compared), and a ridge regression of that
// label on the features gives the weights. Training streams: only the
// normal equations are kept, so any number of clusters fits in memory.

// Trainer accumulates training clusters and fits a Model.
type Trainer struct {
	// Ridge is the L2 penalty on the weights (not on the bias); zero means
	// 1.0.
	Ridge float64
	// Boilerplate is the table whose sentences are not read, as in
	// Summarizer; nil means DefaultBoilerplate().
	Boilerplate *Boilerplate
	// Salience is the word salience table, as in Summarizer; nil means
	// DefaultSalience().
	Salience *Salience

	xtx      [numFeatures][numFeatures]float64
	xty      [numFeatures]float64
	rows     int
	clusters int
}

// Add adds one training cluster: its articles and reference summaries.
// Clusters without usable text are skipped.
func (t *Trainer) Add(articles []chorus.Article, references []string) {
	c := cluster{bp: t.Boilerplate, sal: t.Salience}
	if c.bp == nil {
		c.bp = DefaultBoilerplate()
	}
	if c.sal == nil {
		c.sal = DefaultSalience()
	}
	if len(articles) == 0 || !c.prepare(articles) {
		return
	}
	st := c.collectStats()
	uni, bi := referenceGrams(&c.tok, references)
	if len(uni) == 0 {
		return
	}
	t.clusters++
	for i := range c.facts {
		f := &c.facts[i]
		if !selectable(&c.cands[f.rep]) {
			continue
		}
		x := c.featuresOf(f, &st)
		y := precision(c.tok.tokens(c.cands[f.rep].text), uni, bi)
		for a := range numFeatures {
			if x[a] == 0 {
				continue
			}
			t.xty[a] += x[a] * y
			for b := range numFeatures {
				t.xtx[a][b] += x[a] * x[b]
			}
		}
		t.rows++
	}
}

// Fit returns the ridge-regression model of the clusters added so far.
func (t *Trainer) Fit() (*Model, error) {
	if t.rows < numFeatures {
		return nil, chorus.Errorf(chorus.EINVALID, "too little training data: %d sentences", t.rows)
	}
	ridge := t.Ridge
	if ridge == 0 {
		ridge = 1
	}
	var a [numFeatures][numFeatures + 1]float64
	for i := range numFeatures {
		for j := range numFeatures {
			a[i][j] = t.xtx[i][j]
		}
		if i != fBias {
			a[i][i] += ridge
		}
		a[i][numFeatures] = t.xty[i]
	}
	w, err := solve(a)
	if err != nil {
		return nil, err
	}
	m := &Model{
		Weights: make(map[string]float64, numFeatures),
		About: fmt.Sprintf("ridge regression (penalty %g) of n-gram precision against the reference, %d sentences of %d clusters",
			ridge, t.rows, t.clusters),
	}
	for i, v := range w {
		m.Weights[featureNames[i]] = math.Round(v*1e6) / 1e6
	}
	if err := m.compile(); err != nil {
		return nil, err
	}
	return m, nil
}

// solve solves the augmented linear system a by Gaussian elimination with
// partial pivoting.
func solve(a [numFeatures][numFeatures + 1]float64) ([numFeatures]float64, error) {
	var w [numFeatures]float64
	for col := range numFeatures {
		p := col
		for r := col + 1; r < numFeatures; r++ {
			if math.Abs(a[r][col]) > math.Abs(a[p][col]) {
				p = r
			}
		}
		if math.Abs(a[p][col]) < 1e-12 {
			return w, fmt.Errorf("cannot fit model: feature %q never varies", featureNames[col])
		}
		a[col], a[p] = a[p], a[col]
		for r := range numFeatures {
			if r == col {
				continue
			}
			k := a[r][col] / a[col][col]
			for c := col; c <= numFeatures; c++ {
				a[r][c] -= k * a[col][c]
			}
		}
	}
	for i := range numFeatures {
		w[i] = a[i][numFeatures] / a[i][i]
	}
	return w, nil
}

// referenceGrams returns the unigram and bigram hash sets of the references.
func referenceGrams(tok *tokenizer, refs []string) (uni, bi map[uint64]bool) {
	uni, bi = make(map[uint64]bool), make(map[uint64]bool)
	for _, r := range refs {
		toks := tok.tokens(r)
		for i, k := range toks {
			uni[k.hash] = true
			if i > 0 {
				bi[pairHash(toks[i-1].hash, k.hash)] = true
			}
		}
	}
	return uni, bi
}

// precision is the mean of the shares of a sentence's unigrams and bigrams
// found in the reference.
func precision(toks []token, uni, bi map[uint64]bool) float64 {
	if len(toks) < 2 {
		return 0
	}
	u, b := 0, 0
	for i, k := range toks {
		if uni[k.hash] {
			u++
		}
		if i > 0 && bi[pairHash(toks[i-1].hash, k.hash)] {
			b++
		}
	}
	return (float64(u)/float64(len(toks)) + float64(b)/float64(len(toks)-1)) / 2
}
