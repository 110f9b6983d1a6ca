package rouge

import "sync"

// References are the reference summaries of one cluster, tokenized and
// counted once so that many candidates can be scored against them quickly.
// A References is safe for concurrent use.
type References struct {
	opts   Options
	alpha  float64
	vocab  map[string]int32 // token (stemmed if asked) → id, ids from 1
	refs   []refText
	ngrams []*gramTable // ngrams[n-1] holds the n-grams
	skip   *gramTable   // ROUGE-S pairs, nil without SkipGap
	skipU  *gramTable   // ROUGE-SU pairs and unigrams, nil without SkipUnigrams
	pool   sync.Pool    // *scratch

	extraMu sync.Mutex
	extra   map[int]*gramTable // n-gram tables beyond MaxN, built for Counters
}

// refText is one reference after length limits.
type refText struct {
	seq   []int32   // tokens ROUGE-N and ROUGE-S read
	units [][]int32 // sentences ROUGE-L reads
	uni   []int32   // unigram counts of seq by id, for ROUGE-L clipping
}

// NewReferences tokenizes and counts refs, each reference a list of
// sentences (SEE units), under opts.
func NewReferences(refs [][]string, opts Options) *References {
	r := &References{opts: opts, alpha: opts.alpha(), vocab: make(map[string]int32)}
	tk := &tokenizer{stem: opts.Stem, stop: opts.RemoveStopwords}
	idOf := func(tok []byte) int32 {
		key := r.key(tok)
		id, ok := r.vocab[key]
		if !ok {
			id = int32(len(r.vocab) + 1)
			r.vocab[key] = id
		}
		return id
	}
	retok := func(text string) []int32 { return prepare(text, tk, idOf).ids }
	for _, ref := range refs {
		ss := make([]Sentence, len(ref))
		for i, text := range ref {
			ss[i] = prepare(text, tk, idOf)
		}
		seq, units := views(ss, opts.WordLimit, opts.byteLimit(), nil, nil, retok)
		r.refs = append(r.refs, refText{seq: seq, units: units})
	}
	size := len(r.vocab) + 1
	for i := range r.refs {
		uni := make([]int32, size)
		for _, id := range r.refs[i].seq {
			uni[id]++
		}
		r.refs[i].uni = uni
	}
	nRefs := max(len(refs), 1)
	for n := 1; n <= opts.maxN(); n++ {
		r.ngrams = append(r.ngrams, r.table(gramKind{n: n}, nRefs))
	}
	if opts.SkipGap != 0 {
		r.skip = r.table(gramKind{gap: opts.SkipGap}, nRefs)
		if opts.SkipUnigrams {
			r.skipU = r.table(gramKind{gap: opts.SkipGap, unigrams: true}, nRefs)
		}
	}
	return r
}

// key is the vocabulary form of a raw token: its ROUGE stem under -m.
func (r *References) key(tok []byte) string {
	if r.opts.Stem {
		return stem(tok)
	}
	return string(tok)
}

// lookup is the id of a candidate token, 0 when no reference has it.
func (r *References) lookup(tok []byte) int32 {
	if !r.opts.Stem || len(tok) <= 3 {
		return r.vocab[string(tok)]
	}
	return r.vocab[stem(tok)]
}

func (r *References) table(kind gramKind, nRefs int) *gramTable {
	hint := 0
	for _, ref := range r.refs {
		hint += len(ref.seq)
	}
	if kind.n == 0 {
		hint *= min(max(kind.gap, 0)+2, 8)
	}
	t := newGramTable(kind.width(), len(r.vocab), nRefs, hint)
	var pair [2]int32
	for k, ref := range r.refs {
		kind.each(ref.seq, pair[:], false, func(g []int32) { t.add(g, k) })
	}
	return t
}

// Len is the number of references.
func (r *References) Len() int { return len(r.refs) }

// Prepare tokenizes one candidate sentence against the references.
func (r *References) Prepare(sentence string) Sentence {
	tk := tokenizer{stem: r.opts.Stem, stop: r.opts.RemoveStopwords}
	return prepare(sentence, &tk, r.lookup)
}

// Score scores a candidate, given as its sentences (SEE units).
func (r *References) Score(candidate []string) Scores {
	ss := make([]Sentence, len(candidate))
	tk := tokenizer{stem: r.opts.Stem, stop: r.opts.RemoveStopwords}
	for i, text := range candidate {
		ss[i] = prepare(text, &tk, r.lookup)
	}
	return r.ScoreSentences(ss)
}

// Evaluate scores one candidate (its sentences) against one or more
// references (each a list of sentences) as ROUGE-1.5.5 would with opts.
func Evaluate(candidate []string, references [][]string, opts Options) Scores {
	return NewReferences(references, opts).Score(candidate)
}
