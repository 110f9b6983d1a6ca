package summarize

import (
	"slices"

	"github.com/chorusnews/chorus"
)

// This file learns the Salience table from training clusters: for every
// stemmed content word, the number of clusters whose sources use it and how
// many of those clusters' references use it too.

// SalienceLearner accumulates training clusters and builds a Salience
// table. The zero value is ready to use.
type SalienceLearner struct {
	// Boilerplate is the table whose sentences are not read, as in
	// Summarizer; nil means DefaultBoilerplate().
	Boilerplate *Boilerplate

	src, ref   map[uint32]int32 // word key → clusters using it in sources / in both
	clusters   int
	srcN, refN int64 // totals of src and ref
	tok        tokenizer
}

// Add adds one training cluster: its articles and reference summaries.
// Clusters without usable text or references are skipped.
func (l *SalienceLearner) Add(articles []chorus.Article, references []string) {
	if l.src == nil {
		l.src, l.ref = make(map[uint32]int32, 1<<18), make(map[uint32]int32, 1<<17)
	}
	c := cluster{bp: l.Boilerplate}
	if c.bp == nil {
		c.bp = DefaultBoilerplate()
	}
	if len(articles) == 0 {
		return
	}
	c.read(articles)
	inRef := make(map[uint32]bool)
	for _, r := range references {
		for _, t := range l.tok.tokens(r) {
			if !t.stop {
				inRef[salienceKey(t.hash)] = true
			}
		}
	}
	if len(c.cands) == 0 || len(inRef) == 0 {
		return
	}
	l.clusters++
	seen := make(map[uint32]bool, len(c.cands)*8)
	for i := range c.cands {
		for _, h := range c.cands[i].terms {
			k := salienceKey(h)
			if seen[k] {
				continue
			}
			seen[k] = true
			l.src[k]++
			l.srcN++
			if inRef[k] {
				l.ref[k]++
				l.refN++
			}
		}
	}
}

// Clusters returns the number of clusters added.
func (l *SalienceLearner) Clusters() int { return l.clusters }

// Table returns the salience table of the words used by the sources of at
// least minClusters clusters, each smoothed towards the prior (the share of
// all source words that references use) as if seen in smoothing more
// clusters: (ref + smoothing·prior) / (src + smoothing).
func (l *SalienceLearner) Table(minClusters int, smoothing float64) *Salience {
	s := &Salience{}
	if l.srcN > 0 {
		s.prior = float64(l.refN) / float64(l.srcN)
	}
	for k, n := range l.src {
		if int(n) >= minClusters {
			s.keys = append(s.keys, k)
		}
	}
	slices.Sort(s.keys)
	s.vals = make([]uint8, len(s.keys))
	for i, k := range s.keys {
		s.vals[i] = quantize((float64(l.ref[k]) + smoothing*s.prior) / (float64(l.src[k]) + smoothing))
	}
	s.index()
	return s
}
