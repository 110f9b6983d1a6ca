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

	// Pairs also learns the salience of bigram concepts, kept when the
	// sources of at least Pairs clusters use them (0: words only).
	Pairs int

	words, pairs counts
	clusters     int
	tok          tokenizer
}

// counts are the cluster counts of one kind of key.
type counts struct {
	src, ref   map[uint32]int32 // key → clusters using it in sources / in both
	srcN, refN int64            // totals of src and ref
}

// add counts the distinct keys of one cluster's sources.
func (n *counts) add(keys map[uint32]bool, inRef map[uint32]bool) {
	if n.src == nil {
		n.src, n.ref = make(map[uint32]int32, 1<<18), make(map[uint32]int32, 1<<17)
	}
	for k := range keys {
		n.src[k]++
		n.srcN++
		if inRef[k] {
			n.ref[k]++
			n.refN++
		}
	}
}

// table returns the smoothed table of the keys in at least minClusters
// clusters.
func (n *counts) table(minClusters int, smoothing float64) *Salience {
	s := &Salience{}
	if n.srcN > 0 {
		s.prior = float64(n.refN) / float64(n.srcN)
	}
	for k, c := range n.src {
		if int(c) >= minClusters {
			s.keys = append(s.keys, k)
		}
	}
	slices.Sort(s.keys)
	s.vals = make([]uint8, len(s.keys))
	for i, k := range s.keys {
		s.vals[i] = quantize((float64(n.ref[k]) + smoothing*s.prior) / (float64(n.src[k]) + smoothing))
	}
	s.index()
	return s
}

// Add adds one training cluster: its articles and reference summaries.
// Clusters without usable text or references are skipped.
func (l *SalienceLearner) Add(articles []chorus.Article, references []string) {
	c := cluster{bp: l.Boilerplate}
	if c.bp == nil {
		c.bp = DefaultBoilerplate()
	}
	if len(articles) == 0 {
		return
	}
	c.read(articles)
	inRef, pairRef := make(map[uint32]bool), make(map[uint32]bool)
	for _, r := range references {
		toks := l.tok.tokens(r)
		for i, t := range toks {
			if !t.stop {
				inRef[salienceKey(t.hash)] = true
			}
			if i > 0 && !(t.stop && toks[i-1].stop) {
				pairRef[salienceKey(pairHash(toks[i-1].hash, t.hash))] = true
			}
		}
	}
	if len(c.cands) == 0 || len(inRef) == 0 {
		return
	}
	l.clusters++
	words, pairs := make(map[uint32]bool, len(c.cands)*8), make(map[uint32]bool)
	for i := range c.cands {
		for _, h := range c.cands[i].terms {
			words[salienceKey(h)] = true
		}
		if l.Pairs > 0 {
			for _, h := range c.cands[i].concepts {
				pairs[salienceKey(h)] = true
			}
		}
	}
	l.words.add(words, inRef)
	if l.Pairs > 0 {
		l.pairs.add(pairs, pairRef)
	}
}

// Clusters returns the number of clusters added.
func (l *SalienceLearner) Clusters() int { return l.clusters }

// Table returns the salience table of the words used by the sources of at
// least minClusters clusters, each smoothed towards the prior (the share of
// all source words that references use) as if seen in smoothing more
// clusters: (ref + smoothing·prior) / (src + smoothing). With Pairs, the
// bigram table comes with it, made the same way.
func (l *SalienceLearner) Table(minClusters int, smoothing float64) *Salience {
	s := l.words.table(minClusters, smoothing)
	if l.Pairs > 0 {
		s.pairs = l.pairs.table(l.Pairs, smoothing)
	}
	return s
}
