package summarize

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// Tuning holds the hyper-parameters of the summarizer: the weights of the
// selection objective (coverage.go), the repeat threshold of selection and
// ordering, the thresholds of the learned boilerplate table and the edge
// trims of the reader. A Summarizer uses DefaultTuning unless given one;
// chorus tune compares variants of it on a validation set.
//
// The zero Tuning turns every optional part off; it is not the default.
type Tuning struct {
	// Bigram is the weight of a covered bigram concept per supporting
	// source, in clusters of MinSources or more sources.
	Bigram float64
	// Unigram is the weight of a covered content word per supporting
	// source, in those clusters.
	Unigram float64
	// MinDF is the number of independent sources below which a concept
	// weighs nothing.
	MinDF int
	// DFPow is the exponent of a concept's weight in its sources:
	// weight ∝ sources^DFPow.
	DFPow float64
	// Learned weighs the learned score of a sentence, per word of it.
	Learned float64
	// CostPow is the exponent of the cost of a sentence: the greedy step
	// takes the largest gain / words^CostPow (1 in clusters of fewer than
	// MinSources sources).
	CostPow float64
	// Overlap is the Jaccard similarity of content terms at which a
	// sentence repeats a chosen one: selection skips it, and ordering
	// counts it as an earlier mention of the chosen one's content.
	Overlap float64
	// MinSources is the number of independent sources below which no
	// concept weighs by its sources: the objective is then the learned
	// score and the salience terms below.
	MinSources int

	// SalWord makes a content word weigh
	// SalWord·(salience/prior)·sources^SalDFPow in clusters of fewer than
	// MinSources sources (0: off).
	SalWord float64
	// SalDFPow: see SalWord and SalPair.
	SalDFPow float64
	// SalPair makes a bigram concept weigh
	// SalPair·(bigram salience/prior)·sources^SalDFPow in clusters of
	// fewer than MinSources sources (0: off).
	SalPair float64
	// PosPrior makes a sentence at position p of its document gain
	// PosPrior·words·(p+1)^-PosPow in clusters of MinSources or more
	// sources (0: off).
	PosPrior float64
	// PosPow: see PosPrior.
	PosPow float64

	// BoilerSentence is the number of training clusters carrying a
	// sentence that makes it boilerplate (0: off).
	BoilerSentence int
	// BoilerGram is the number of training clusters carrying a word 4-gram
	// that makes it boilerplate (0: off).
	BoilerGram int
	// BoilerGramShare is the share of a sentence's 4-grams that must be
	// boilerplate for the sentence to be (0: off).
	BoilerGramShare float64
	// BoilerEdge is the length of a run of boilerplate 4-grams at the edge
	// of a sentence that is cut from it (0: off).
	BoilerEdge int

	// Trims are the edge trims of the reader (compress.go).
	Trims Trim
}

// Trim is a set of the reader's edge trims, a bit each.
type Trim int

// The edge trims of the reader.
const (
	TrimBullet   Trim = 1 << iota // a leading list bullet or dash
	TrimTweet                     // a tweet's embed footer before the sentence
	TrimCredit                    // a leading parenthesised or bracketed credit
	TrimWireTag                   // text up to a wire tag such as "(CNN) —"
	TrimDateline                  // a dateline ("KABUL —") opening an article
	TrimTeaser                    // a cut-off teaser run into the sentence ("The school was... A deputy ...")

	// TrimAll is every edge trim.
	TrimAll = TrimBullet | TrimTweet | TrimCredit | TrimWireTag | TrimDateline | TrimTeaser
)

// The default tuning. Each value says where it was set: a commit (its
// message gives the figures and the runs compared) and the validation set.
// "multinews-val" figures are F of ROUGE-1/2/SU4 at 260 words and "duc2003"
// recall of ROUGE-1/2/4 at 100 words, both by chorus bench; the sweeps were
// made with the tuning harness, now chorus tune.
const (
	// defaultBigram, defaultUnigram, defaultMinDF, defaultDFPow and
	// defaultLearned came with concept-coverage selection (16e5dd2:
	// duc2003 38.06/10.38/1.74 -> 40.59/11.49/2.03, multinews-val first
	// 1000 45.64/16.33/19.93 -> 45.63/16.32/19.92).
	defaultBigram  = 1
	defaultUnigram = 0.3
	defaultMinDF   = 4
	defaultDFPow   = 1
	// defaultLearned: 4 and 5 tried and dropped in 72fc654 (duc2003 R-1
	// +0.00/-0.24).
	defaultLearned = 3
	// defaultCostPow: 0.7 in 16e5dd2, 0.8 since 7993c69 (with the scorer
	// features of that commit, multinews-val first 1000 45.80/16.46/20.04
	// -> 45.88/16.57/20.13); 0.9..1.05 in few-source clusters tried in
	// 6dc71e5, <= 45.97/16.34 on full multinews-val.
	defaultCostPow = 0.8
	// defaultOverlap: the repeat threshold since the first summarizer
	// (dc51076); 0.25 and 0.35 tried in 6dc71e5 (full
	// multinews-val 45.96/16.25 and 45.89/16.37 against 45.96/16.36).
	defaultOverlap = 0.3
	// defaultMinSources: clusters of 5+ sources take concept coverage
	// (16e5dd2); the others the learned score and salience.
	defaultMinSources = 5
	// defaultSalWord: 6b8f6c1 (multinews-val first 1000 46.02/16.67/20.21
	// -> 46.28/16.74/20.31 with the salience features; duc2003
	// 40.19/11.78/2.09 -> 40.16/11.71/2.17); scaling it x0.7/x1.4 for 2 or
	// 3-4 sources tried in 6dc71e5, <= 45.96.
	defaultSalWord = 0.3
	// defaultSalDFPow: sources do not weigh the salience terms (6b8f6c1).
	defaultSalDFPow = 0
	// defaultSalPair: bc23fe2 (full multinews-val harness: 0 gives
	// 45.89/16.30/19.93, 0.3 45.98/16.38/19.95, 0.6 45.98/16.34/19.90,
	// >= 1 hurts).
	defaultSalPair = 0.3
	// defaultPosPrior and defaultPosPow: 72fc654 (duc2003
	// 40.26/11.79/2.17 -> 40.76/12.05/2.37; full multinews-val
	// 45.99/16.39/19.96 -> 45.97/16.37/19.93; duc2003 harness plateau
	// 40.55..40.67 for PosPrior 0.7..1 with PosPow 1).
	defaultPosPrior = 0.85
	defaultPosPow   = 1
	// defaultBoilerSentence, defaultBoilerGram and defaultBoilerEdge: 2
	// clusters since ec2417c, with the table learned at -min-clusters 2
	// (multinews-val first 1000 45.95/16.63/20.18 -> 46.02/16.68/20.21);
	// 3 in 57d709c.
	defaultBoilerSentence = 2
	defaultBoilerGram     = 2
	defaultBoilerEdge     = 2
	// defaultBoilerGramShare: half the 4-grams (57d709c, multinews-val
	// first 1000 45.63/16.32/19.92 -> 45.75/16.42/20.00 with the table).
	defaultBoilerGramShare = 0.5
)

// DefaultTuning returns the tuning the summarizer uses unless told
// otherwise.
func DefaultTuning() Tuning {
	return Tuning{
		Bigram:     defaultBigram,
		Unigram:    defaultUnigram,
		MinDF:      defaultMinDF,
		DFPow:      defaultDFPow,
		Learned:    defaultLearned,
		CostPow:    defaultCostPow,
		Overlap:    defaultOverlap,
		MinSources: defaultMinSources,

		SalWord:  defaultSalWord,
		SalDFPow: defaultSalDFPow,
		SalPair:  defaultSalPair,
		PosPrior: defaultPosPrior,
		PosPow:   defaultPosPow,

		BoilerSentence:  defaultBoilerSentence,
		BoilerGram:      defaultBoilerGram,
		BoilerGramShare: defaultBoilerGramShare,
		BoilerEdge:      defaultBoilerEdge,

		// Each trim came with its commit: 8a6284f (bullet, tweet,
		// credit, wire tag, dateline), 4813719 (teaser), 6dc71e5
		// (bracketed credits).
		Trims: TrimAll,
	}
}

// tuningParams names the fields of a Tuning for Set, by the short names the
// tuning runs in the commit log use.
var tuningParams = map[string]func(t *Tuning, x float64){
	"bigram":   func(t *Tuning, x float64) { t.Bigram = x },
	"unigram":  func(t *Tuning, x float64) { t.Unigram = x },
	"mindf":    func(t *Tuning, x float64) { t.MinDF = int(x) },
	"dfpow":    func(t *Tuning, x float64) { t.DFPow = x },
	"learned":  func(t *Tuning, x float64) { t.Learned = x },
	"costpow":  func(t *Tuning, x float64) { t.CostPow = x },
	"overlap":  func(t *Tuning, x float64) { t.Overlap = x },
	"minsrc":   func(t *Tuning, x float64) { t.MinSources = int(x) },
	"salsmall": func(t *Tuning, x float64) { t.SalWord = x },
	"saldfpow": func(t *Tuning, x float64) { t.SalDFPow = x },
	"salpair":  func(t *Tuning, x float64) { t.SalPair = x },
	"pospri":   func(t *Tuning, x float64) { t.PosPrior = x },
	"pospow":   func(t *Tuning, x float64) { t.PosPow = x },
	"bpsent":   func(t *Tuning, x float64) { t.BoilerSentence = int(x) },
	"bpgram":   func(t *Tuning, x float64) { t.BoilerGram = int(x) },
	"bpshare":  func(t *Tuning, x float64) { t.BoilerGramShare = x },
	"bpedge":   func(t *Tuning, x float64) { t.BoilerEdge = int(x) },
	"compress": func(t *Tuning, x float64) { t.Trims = Trim(x) },
}

// TuningNames returns the parameter names Set accepts, sorted.
func TuningNames() []string {
	names := make([]string, 0, len(tuningParams))
	for k := range tuningParams {
		names = append(names, k)
	}
	slices.Sort(names)
	return names
}

// Set sets the parameters named in spec, a comma-separated list of
// name=value ("minsrc=4,overlap=0.35"; names as TuningNames, case
// insensitive). Integer parameters take the integer part of the value. An
// empty spec changes nothing. On error t is unchanged.
func (t *Tuning) Set(spec string) error {
	u := *t
	for kv := range strings.SplitSeq(spec, ",") {
		kv = strings.TrimSpace(kv)
		if kv == "" {
			continue
		}
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			return fmt.Errorf("cannot set %q: want name=value", kv)
		}
		k = lex.Lower(strings.TrimSpace(k))
		set, ok := tuningParams[k]
		if !ok {
			return fmt.Errorf("cannot set %q: unknown parameter (want one of %s)", k, strings.Join(TuningNames(), ", "))
		}
		x, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
		if err != nil {
			return fmt.Errorf("cannot set %s: %w", k, err)
		}
		set(&u, x)
	}
	*t = u
	return nil
}
