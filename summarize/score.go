package summarize

import (
	"math"
	"strings"

	"github.com/chorusnews/chorus/defect"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file is the scoring stage: each fact (a group of near-duplicate
// sentences) gets a feature vector describing its representative sentence
// and its support across sources, and the Model turns it into a score.

// Feature indices. The Model's weights follow this order; keep featureNames
// in step.
const (
	fBias = iota
	fFirst
	fInvPos
	fRelPos
	fLogWords
	fShort
	fLong
	fSupport
	fSupportShare
	fConcepts
	fCentroid
	fQuestion
	fQuote
	fPronoun
	fConnective
	fAttribution
	fUnfinished
	fDocRank
	fDocShare
	fFirstPara
	fPos1
	fPos2
	fPos3
	fPos4to6
	fLogWords2
	fTermFreq
	fLogDocs
	fInvPosDocs
	fDigits
	fCopies
	fLast
	fLeadSim
	fBoilerShare
	fSpeech
	fDocSents
	fLeadDoc
	fRelPos2
	fMidLength
	fSalMean
	fSalMax
	fSalDF
	fSalLow
	fSalSum
	numFeatures
)

var featureNames = [numFeatures]string{
	"bias", "first", "inv_pos", "rel_pos", "log_words", "short", "long",
	"support", "support_share", "concepts", "centroid", "question", "quote",
	"pronoun", "connective", "attribution", "unfinished", "doc_rank",
	"doc_share", "first_para", "pos1", "pos2", "pos3", "pos4to6",
	"log_words2", "term_freq", "log_docs", "inv_pos_docs", "digits", "copies",
	"last", "lead_sim", "boiler_share", "speech", "doc_sents", "lead_doc",
	"rel_pos2", "mid_length", "sal_mean", "sal_max", "sal_df", "sal_low",
	"sal_sum",
}

// Thresholds of the features. Each came with its feature and was not
// swept: the model's weights (chorus train -limit 10000, model.json) are
// fitted to them.
const (
	// shortWords and longWords: a sentence of fewer words is short, of
	// more long (dc51076).
	shortWords = 8
	longWords  = 40
	// midMinWords and midMaxWords bound mid_length (7993c69).
	midMinWords = 15
	midMaxWords = 35
	// speechScanWords is how many leading words speech searches for a
	// reporting verb (7993c69).
	speechScanWords = 60
	// termsPerSentence sizes the cluster's count maps (a capacity hint).
	termsPerSentence = 8
)

// features is one fact's feature vector.
type features [numFeatures]float64

// stats holds cluster-wide counts the features are relative to.
type stats struct {
	sources   int              // independent sources
	termDF    map[uint64]int32 // term → independent sources containing it
	termTF    map[uint64]int32 // term → occurrences in all candidates
	conceptDF map[uint64]int32 // concept → independent sources containing it
	words     int              // words in all candidates
}

// collectStats counts, for every term and concept, the independent sources
// that contain it.
func (c *cluster) collectStats() stats {
	// The maps are sized for all the sentences' terms and concepts, a
	// bound on the distinct ones, so that none of them grows: a hint of
	// termsPerSentence per sentence was short of the concepts (about 15
	// distinct per sentence on Multi-News validation) and often of the
	// terms (about 8), and growing rehashed them.
	nt, nc := 0, 0
	for i := range c.cands {
		nt += len(c.cands[i].terms)
		nc += len(c.cands[i].concepts)
	}
	st := stats{
		termDF:    make(map[uint64]int32, nt),
		termTF:    make(map[uint64]int32, nt),
		conceptDF: make(map[uint64]int32, nc),
	}
	for i := range c.cands {
		for _, h := range c.cands[i].terms {
			st.termTF[h]++
		}
	}
	// Each source's terms and concepts, sorted without repeats, count
	// once each (no map of the source each was last seen in).
	var seen []uint64
	for i := range c.docs {
		d := &c.docs[i]
		if d.origin != i {
			continue
		}
		st.sources++
		seen = seen[:0]
		for _, ci := range d.cands {
			cd := &c.cands[ci]
			st.words += cd.words
			seen = append(seen, cd.terms...)
		}
		for _, h := range lex.SortUnique(seen) {
			st.termDF[h]++
		}
		seen = seen[:0]
		for _, ci := range d.cands {
			seen = append(seen, c.cands[ci].concepts...)
		}
		for _, h := range lex.SortUnique(seen) {
			st.conceptDF[h]++
		}
	}
	return st
}

// featuresOf returns the feature vector of fact f.
func (c *cluster) featuresOf(f *fact, st *stats) features {
	var x features
	cd := &c.cands[f.rep]
	d := &c.docs[cd.doc]
	// Position: the earliest position among the fact's members.
	pos := cd.pos
	for _, m := range f.members {
		pos = min(pos, c.cands[m].pos)
	}
	x[fBias] = 1
	if pos == 0 {
		x[fFirst] = 1
	}
	x[fInvPos] = 1 / float64(pos+1)
	x[fRelPos] = float64(pos) / float64(max(len(d.cands), 1))
	x[fLogWords] = math.Log1p(float64(cd.words))
	x[fShort] = b2f(cd.words < shortWords)
	x[fLong] = b2f(cd.words > longWords)
	x[fSupport] = float64(f.support - 1)
	if st.sources > 1 {
		x[fSupportShare] = float64(f.support-1) / float64(st.sources-1)
	}
	if n := len(cd.concepts); n > 0 {
		sum := 0.0
		for _, h := range cd.concepts {
			sum += float64(st.conceptDF[h] - 1)
		}
		x[fConcepts] = sum / float64(n)
	}
	if n := len(cd.terms); n > 0 && st.sources > 0 {
		sum := 0.0
		for _, h := range cd.terms {
			sum += float64(st.termDF[h])
		}
		x[fCentroid] = sum / float64(n) / float64(st.sources)
	}
	x[fQuestion] = b2f(cd.flags&flagQuestion != 0)
	x[fQuote] = b2f(cd.flags&flagQuote != 0)
	x[fPronoun] = b2f(cd.flags&flagPronoun != 0)
	x[fConnective] = b2f(cd.flags&flagConnective != 0)
	x[fAttribution] = b2f(cd.flags&flagAttribution != 0)
	x[fUnfinished] = b2f(cd.flags&flagUnfinished != 0)
	x[fDocRank] = float64(f.docs[0]) / float64(max(len(c.docs), 1))
	if st.words > 0 {
		x[fDocShare] = float64(d.words) / float64(st.words)
	}
	x[fFirstPara] = b2f(cd.para == 0)
	x[fPos1] = b2f(pos == 1)
	x[fPos2] = b2f(pos == 2)
	x[fPos3] = b2f(pos == 3)
	x[fPos4to6] = b2f(pos >= 4 && pos <= 6)
	x[fLogWords2] = x[fLogWords] * x[fLogWords]
	if n := len(cd.terms); n > 0 {
		sum := 0.0
		for _, h := range cd.terms {
			sum += math.Log1p(float64(st.termTF[h]))
		}
		x[fTermFreq] = sum / float64(n)
	}
	x[fLogDocs] = math.Log(float64(st.sources))
	x[fInvPosDocs] = x[fInvPos] * x[fLogDocs]
	x[fDigits] = b2f(lex.ContainsAny(cd.text, "0123456789"))
	x[fCopies] = math.Log(float64(len(f.members)))
	x[fLast] = b2f(cd.pos == len(d.cands)-1)
	if cd.pos > 0 {
		x[fLeadSim] = lex.Jaccard(cd.terms, c.cands[d.cands[0]].terms)
	}
	x[fBoilerShare] = cd.bpShare
	var buf [speechScanWords]string // lex.LetterWords(cd.text, speechScanWords), on the stack
	x[fSpeech] = b2f(cd.flags&flagQuote == 0 && hasSpeechVerb(lex.AppendLetterWords(buf[:0], cd.text, len(buf))))
	x[fDocSents] = math.Log1p(float64(len(d.cands)))
	x[fLeadDoc] = b2f(pos == 0 && c.rank[cd.doc] == 0)
	x[fRelPos2] = x[fRelPos] * x[fRelPos]
	x[fMidLength] = b2f(cd.words >= midMinWords && cd.words <= midMaxWords)
	c.salienceFeatures(&x, cd, st)
	return x
}

// opensWithQuote reports whether s opens with a quotation mark: a
// straight or curly double quote, or two backticks.
func opensWithQuote(s string) bool {
	return strings.HasPrefix(s, "\"") || strings.HasPrefix(s, "“") || strings.HasPrefix(s, "``")
}

// score gives every fact its model score.
func (c *cluster) score(m *Model) {
	c.st = c.collectStats()
	c.objective = nil // its weights were read from the statistics (newObjective)
	for i := range c.facts {
		f := &c.facts[i]
		x := c.featuresOf(f, &c.st)
		f.score = m.score(&x)
		// Only someone's words are colour to put after the facts
		// (coverage.go, objective.reader): a quote that names no speaker, or a
		// sentence that opens with its quote; one that reports the news
		// with a phrase in quotation marks keeps its bonus.
		if t := c.cands[f.rep].text; defect.NeedsSpeaker(t) || opensWithQuote(t) {
			f.quote = m.w[fQuote] * x[fQuote]
		}
	}
}

// salienceFeatures sets the features of learned word salience: the mean,
// maximum and sum of the salience of the sentence's content words, their
// mean weighted by the share of sources that use each, and the share of
// words that summaries seldom use.
func (c *cluster) salienceFeatures(x *features, cd *candidate, st *stats) {
	n := len(cd.terms)
	if c.sal == nil || n == 0 {
		return
	}
	sum, mx, df, low := 0.0, 0.0, 0.0, 0
	for _, h := range cd.terms {
		v := c.sal.of(h)
		sum += v
		mx = max(mx, v)
		if st.sources > 0 {
			df += v * float64(st.termDF[h]) / float64(st.sources)
		}
		if v < lowSalience {
			low++
		}
	}
	x[fSalMean] = sum / float64(n)
	x[fSalMax] = mx
	x[fSalDF] = df / float64(n)
	x[fSalLow] = float64(low) / float64(n)
	x[fSalSum] = math.Log1p(sum)
}

// lowSalience is the salience below which a word counts as one summaries
// seldom use (weekdays, reporting verbs, page words), for sal_low. It came
// with the salience features (6b8f6c1) and was not swept.
const lowSalience = 0.15

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}
