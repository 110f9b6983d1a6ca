package summarize

import (
	"math"
	"strings"
)

// This file is the objective of the selection stage: a summary is worth the
// weighted "concepts" it covers — stemmed content words and bigrams, each
// counted once however many selected sentences carry it, weighted by the
// number of independent sources that mention it (ICSISumm's concepts) —
// plus the learned score of each selected sentence. Clusters of few
// sources, where counting sources says little, weigh each content word by
// its learned salience (salience.go) instead. In clusters of many sources,
// a sentence also gains in proportion to its length, damped by its
// position in its document (early sentences of news stories are what
// summaries keep most). Coverage is monotone
// submodular, so a greedy choice by gain per word is near optimal
// (Lin & Bilmes 2010).

// tuning holds the hyper-parameters of the selection objective, fitted on
// the validation sets (Multi-News val, DUC 2003).
type tuning struct {
	bigram   float64 // weight of a covered bigram concept per supporting source
	unigram  float64 // weight of a covered content word per supporting source
	minDF    int     // concepts in fewer independent sources weigh nothing
	dfPow    float64 // a concept weighs (sources)^dfPow
	learned  float64 // weight of the learned score, per word of the sentence
	costPow  float64 // gain is divided by words^costPow
	overlap  float64 // Jaccard similarity with a chosen sentence that excludes a fact
	useCover bool    // false: rank by learned score alone (the old selection)
	minSrc   int     // clusters of fewer independent sources weigh no concept

	salSmall  float64 // in clusters of fewer than minSrc sources, a word weighs salSmall·salience·sources^salDFPow (0: off)
	salDFPow  float64 // see salSmall
	salPair   float64 // in those clusters, a bigram concept weighs salPair·(bigram salience/prior)·sources^salDFPow (0: off)
	bigSal    float64 // in clusters of minSrc or more sources, a bigram concept's weight is also multiplied by (bigram salience/prior)^bigSal (0: off)
	bigSalMax float64 // cap of that salience ratio (0: none)
	posPrior  float64 // in those clusters, a sentence at position p of its document gains posPrior·words·(p+1)^-posPow (0: off)
	posPow    float64 // see posPrior

	bpSentence  int     // a sentence in this many training clusters is boilerplate (0: off)
	bpGram      int     // a 4-gram in this many training clusters is boilerplate (0: off)
	bpGramShare float64 // share of boilerplate 4-grams that makes a sentence boilerplate
	bpEdge      int     // a run of this many boilerplate 4-grams at an edge is cut (0: off)

	compress int // the edge trimmings of compress.go, a bit each
}

// params are the tuned defaults.
var params = tuning{
	bigram:   1,
	unigram:  0.3,
	minDF:    4,
	dfPow:    1,
	learned:  3,
	costPow:  0.8,
	overlap:  overlapJaccard,
	useCover: true,
	minSrc:   5,

	salSmall: 0.3,
	salPair:  0.3,
	posPrior: 0.85,
	posPow:   1,

	bpSentence:  2,
	bpGram:      2,
	bpGramShare: 0.5,
	bpEdge:      2,

	compress: trimBullet | trimTweet | trimCredit | trimWireTag | trimDateline | trimTeaser,
}

// objective holds the concept weights of one cluster and the concepts the
// summary covers so far.
type objective struct {
	p       *tuning
	costPow float64
	weight  map[uint64]float64 // concept (bigram or term, hashed apart) → weight
	covered map[uint64]bool
}

// termKey keeps unigram concept keys apart from bigram ones.
const termKey = 0x5bd1e9955bd1e995

func (c *cluster) newObjective(p *tuning) *objective {
	o := &objective{p: p, costPow: p.costPow, weight: make(map[uint64]float64), covered: make(map[uint64]bool)}
	sal := func(h uint64) float64 {
		if c.sal == nil || c.sal.prior <= 0 {
			return 1
		}
		return c.sal.of(h) / c.sal.prior
	}
	if c.st.sources < p.minSrc {
		// Few sources: the learned score, per word, and the words that
		// summaries use, once each.
		o.costPow = 1
		if p.salSmall > 0 && c.sal != nil {
			for h, df := range c.st.termDF {
				o.weight[h^termKey] = p.salSmall * sal(h) * math.Pow(float64(df), p.salDFPow)
			}
		}
		if pairs := c.sal.Pairs(); p.salPair > 0 && pairs != nil && pairs.prior > 0 {
			for h, df := range c.st.conceptDF {
				o.weight[h] = p.salPair * pairs.of(h) / pairs.prior * math.Pow(float64(df), p.salDFPow)
			}
		}
		return o
	}
	w := func(df int32) float64 {
		if int(df) < p.minDF {
			return 0
		}
		return math.Pow(float64(df), p.dfPow)
	}
	pairs := c.sal.Pairs()
	for h, df := range c.st.conceptDF {
		if v := w(df) * p.bigram; v > 0 {
			if p.bigSal != 0 && pairs != nil && pairs.prior > 0 {
				r := pairs.of(h) / pairs.prior
				if p.bigSalMax > 0 {
					r = min(r, p.bigSalMax)
				}
				v *= math.Pow(r, p.bigSal)
			}
			o.weight[h] = v
		}
	}
	for h, df := range c.st.termDF {
		if v := w(df) * p.unigram; v > 0 {
			o.weight[h^termKey] = v
		}
	}
	return o
}

// gain returns the coverage gain of a sentence with the given concepts and
// terms.
func (o *objective) gain(concepts, terms []uint64) float64 {
	g := 0.0
	for _, h := range concepts {
		if !o.covered[h] {
			g += o.weight[h]
		}
	}
	for _, h := range terms {
		if k := h ^ termKey; !o.covered[k] {
			g += o.weight[k]
		}
	}
	return g
}

// add marks the concepts and terms as covered.
func (o *objective) add(concepts, terms []uint64) {
	for _, h := range concepts {
		o.covered[h] = true
	}
	for _, h := range terms {
		o.covered[h^termKey] = true
	}
}

// factGain returns the gain of adding fact f, and its value per word^costPow.
func (c *cluster) factGain(o *objective, f int) (gain, ratio float64) {
	rep := &c.cands[c.facts[f].rep]
	gain = o.gain(rep.concepts, rep.terms) + o.p.learned*c.facts[f].score*float64(rep.words)
	if o.p.posPrior > 0 && o.costPow != 1 {
		gain += o.p.posPrior * float64(rep.words) * math.Pow(float64(rep.pos+1), -o.p.posPow)
	}
	return gain, gain / math.Pow(float64(max(rep.words, 1)), o.costPow)
}

// prefixGain returns the gain of the first n words of fact f's sentence:
// what a length cut-off keeps of a sentence that crosses the budget.
func (c *cluster) prefixGain(o *objective, f, n int) float64 {
	rep := &c.cands[c.facts[f].rep]
	if n >= rep.words {
		g, _ := c.factGain(o, f)
		return g
	}
	words := strings.Fields(rep.text)
	toks := c.tok.tokens(strings.Join(words[:n], " "))
	var terms, concepts []uint64
	for i, t := range toks {
		if !t.stop {
			terms = append(terms, t.hash)
		}
		if i > 0 && !(t.stop && toks[i-1].stop) {
			concepts = append(concepts, pairHash(toks[i-1].hash, t.hash))
		}
	}
	return o.gain(sortUnique(concepts), sortUnique(terms)) + o.p.learned*c.facts[f].score*float64(n)
}
