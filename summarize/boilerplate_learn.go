package summarize

import (
	"cmp"
	"slices"

	"github.com/chorusnews/chorus"
)

// This file learns the Boilerplate table from training clusters. A sentence
// is boilerplate when its exact word sequence recurs in the sources of many
// distinct clusters (unrelated stories do not share sentences; page
// furniture does) while the references of those clusters (almost) never
// contain it. Its word 4-grams that no training reference contains become
// boilerplate 4-grams, which catch truncated and reworded variants.

// refBits is the size, in bits, of the set of reference 4-grams (a one-hash
// Bloom filter: a false hit only keeps a 4-gram out of the table).
const refBits = 1 << 27

// refHitShare is the share of a sentence's 4-grams that the cluster's
// reference must contain for the sentence to count as used by it.
const refHitShare = 0.5

// BoilerplateLearner accumulates training clusters and builds a
// Boilerplate table. The zero value is ready to use.
type BoilerplateLearner struct {
	sents    map[uint64]*learned
	refs     []uint64 // bitset of reference 4-gram hashes
	clusters int32
	words    []uint64
}

// learned is what the learner knows of one distinct sentence.
type learned struct {
	clusters, refHits int32
	last              int32    // the last cluster (1-based) that counted it
	grams             []uint32 // its 4-grams, kept once it recurs
}

// Add adds one training cluster: its articles and reference summaries.
func (l *BoilerplateLearner) Add(articles []chorus.Article, references []string) {
	if len(articles) == 0 {
		return
	}
	if l.sents == nil {
		l.sents = make(map[uint64]*learned, 1<<20)
		l.refs = make([]uint64, refBits/64)
	}
	l.clusters++
	id := l.clusters
	inRef := make(map[uint32]bool)
	for _, r := range references {
		l.words = wordHashes(l.words[:0], r)
		for i := 3; i < len(l.words); i++ {
			g := gramHash(l.words[i-3 : i+1])
			inRef[g] = true
			l.refs[g%refBits/64] |= 1 << (g % 64)
		}
	}
	var c cluster
	c.read(articles)
	for i := range c.cands {
		l.words = wordHashes(l.words[:0], c.cands[i].text)
		if len(l.words) < 4 {
			continue
		}
		h := sentenceHash(l.words)
		s := l.sents[h]
		if s == nil {
			s = &learned{}
			l.sents[h] = s
		}
		if s.last == id {
			continue
		}
		s.last = id
		s.clusters++
		hits := 0
		for j := 3; j < len(l.words); j++ {
			if inRef[gramHash(l.words[j-3:j+1])] {
				hits++
			}
		}
		if float64(hits) >= refHitShare*float64(len(l.words)-3) {
			s.refHits++
		}
		if s.clusters == 2 {
			s.grams = make([]uint32, 0, len(l.words)-3)
			for j := 3; j < len(l.words); j++ {
				s.grams = append(s.grams, gramHash(l.words[j-3:j+1]))
			}
		}
	}
}

// Table returns the boilerplate table: sentences carried by at least
// minClusters training clusters and used by at most maxRefShare of their
// references, and the 4-grams of those sentences that no reference holds,
// counted by the clusters of the sentences that carry them (at least
// minClusters).
func (l *BoilerplateLearner) Table(minClusters int, maxRefShare float64) *Boilerplate {
	b := &Boilerplate{}
	grams := make(map[uint32]int)
	for h, s := range l.sents {
		if int(s.clusters) < minClusters || float64(s.refHits) > maxRefShare*float64(s.clusters) {
			continue
		}
		b.sents = append(b.sents, entry64{hash: h, clusters: clamp16(int(s.clusters))})
		for _, g := range slices.Compact(slices.Sorted(slices.Values(s.grams))) {
			if l.refs[g%refBits/64]&(1<<(g%64)) == 0 {
				grams[g] += int(s.clusters)
			}
		}
	}
	for g, n := range grams {
		if n >= minClusters {
			b.grams = append(b.grams, entry32{hash: g, clusters: clamp16(n)})
		}
	}
	slices.SortFunc(b.sents, func(x, y entry64) int { return cmp.Compare(x.hash, y.hash) })
	slices.SortFunc(b.grams, func(x, y entry32) int { return cmp.Compare(x.hash, y.hash) })
	b.index()
	return b
}

// Clusters returns the number of clusters added.
func (l *BoilerplateLearner) Clusters() int { return int(l.clusters) }

func clamp16(n int) uint16 { return uint16(min(n, 1<<16-1)) }
