package rouge

// scratch holds the buffers one scoring call needs, pooled per References.
type scratch struct {
	seq     []int32
	units   [][]int32
	cnt     []int32 // candidate count per gram index
	touched []int32 // gram indexes with cnt > 0
	hits    []int   // hits per reference
	pair    [2]int32
	key     []byte
	candUni []int32 // candidate unigram counts by id
	model1  []int32 // remaining reference unigrams while marking LCS hits
	peer1   []int32 // remaining candidate unigrams while marking LCS hits
	mask    []bool
	dp      []int32
}

func (r *References) getScratch() *scratch {
	if sc, ok := r.pool.Get().(*scratch); ok {
		return sc
	}
	return &scratch{}
}

// ScoreSentences scores a candidate given as prepared sentences.
func (r *References) ScoreSentences(ss []Sentence) Scores {
	sc := r.getScratch()
	defer r.pool.Put(sc)
	tk := tokenizer{stem: r.opts.Stem, stop: r.opts.RemoveStopwords}
	retok := func(text string) []int32 { return prepare(text, &tk, r.lookup).ids }
	sc.seq, sc.units = views(ss, r.opts.WordLimit, r.opts.byteLimit(), sc.seq, sc.units, retok)

	out := make(Scores, len(r.ngrams)+3)
	for i, t := range r.ngrams {
		out[NGramName(i+1)] = r.gramScore(t, gramKind{n: i + 1}, sc)
	}
	if !r.opts.NoLCS {
		out["ROUGE-L"] = r.lcsScore(sc)
	}
	if r.skip != nil {
		out[skipName("S", r.opts.SkipGap)] = r.gramScore(r.skip, gramKind{gap: r.opts.SkipGap}, sc)
	}
	if r.skipU != nil {
		out[skipName("SU", r.opts.SkipGap)] = r.gramScore(r.skipU, gramKind{gap: r.opts.SkipGap, unigrams: true}, sc)
	}
	return out
}

// countHits counts the candidate's grams of kind in t and fills sc.hits with
// the clipped hits per reference; it returns the candidate's gram count.
func countHits(t *gramTable, kind gramKind, seq []int32, sc *scratch) int {
	if n := t.size(); cap(sc.cnt) < n {
		sc.cnt = make([]int32, n)
	} else {
		sc.cnt = sc.cnt[:n]
	}
	sc.touched = sc.touched[:0]
	total := kind.each(seq, sc.pair[:], true, func(g []int32) {
		if i, ok := t.lookup(g, &sc.key); ok {
			if sc.cnt[i] == 0 {
				sc.touched = append(sc.touched, i)
			}
			sc.cnt[i]++
		}
	})
	sc.hits = sc.hits[:0]
	for k := 0; k < t.nRefs; k++ {
		sc.hits = append(sc.hits, 0)
	}
	for _, g := range sc.touched {
		c := sc.cnt[g]
		sc.cnt[g] = 0
		row := t.counts[int(g)*t.nRefs : int(g+1)*t.nRefs]
		for k, m := range row {
			sc.hits[k] += int(min(c, m))
		}
	}
	return total
}

// gramScore is ROUGE-N or ROUGE-S of the candidate in sc.seq.
func (r *References) gramScore(t *gramTable, kind gramKind, sc *scratch) Score {
	if len(r.refs) == 0 {
		return Score{}
	}
	peer := countHits(t, kind, sc.seq, sc)
	return r.combine(sc.hits, t.totals, peer, true)
}

// combine turns per-reference hits and reference totals into a Score by -f A
// (sum over references) or -f B (the reference with the best recall; ties go
// to the first). roundRecall says whether ROUGE compares rounded recalls, as
// it does for ROUGE-N and ROUGE-S but not ROUGE-L.
func (r *References) combine(hits, totals []int, peer int, roundRecall bool) Score {
	if !r.opts.Best {
		var hit, total int
		for k := range hits {
			hit += hits[k]
			total += totals[k]
		}
		return newScore(float64(hit), float64(total), float64(peer*len(hits)), r.alpha)
	}
	best, bestK := -1.0, 0
	for k := range hits {
		var s float64
		if totals[k] != 0 {
			s = float64(hits[k]) / float64(totals[k])
			if roundRecall {
				s = round5(s)
			}
		}
		if s > best {
			best, bestK = s, k
		}
	}
	return newScore(float64(hits[bestK]), float64(totals[bestK]), float64(peer), r.alpha)
}
