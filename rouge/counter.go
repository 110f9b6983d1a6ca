package rouge

// Counter holds a growing candidate's n-gram counts against a References so
// that a greedy oracle can ask "what would ROUGE-N recall be if this sentence
// were added?" in time proportional to the sentence, without rescoring the
// whole summary. Recall is ROUGE-1.5.5's -f A recall, unrounded. Sentences
// are joined in the order added (n-grams cross sentence boundaries, as in
// ROUGE); length limits of the Options are not applied. A Counter is not safe
// for concurrent use; the References it came from is.
type Counter struct {
	t       *gramTable
	n       int
	cnt     []int32 // candidate count per gram index
	hit     int     // clipped hits summed over references
	denom   int     // reference n-grams summed over references
	tokens  int     // candidate tokens so far
	tail    []int32 // last n-1 candidate tokens
	buf     []int32
	touched []int32
	key     []byte
}

// NewCounter returns an empty Counter for ROUGE-n (n >= 1).
func (r *References) NewCounter(n int) *Counter {
	n = max(n, 1)
	t := r.ngramTable(n)
	c := &Counter{t: t, n: n, cnt: make([]int32, t.size())}
	for _, m := range t.totals {
		c.denom += m
	}
	return c
}

// ngramTable returns the n-gram table, building it when n exceeds MaxN.
func (r *References) ngramTable(n int) *gramTable {
	if n <= len(r.ngrams) {
		return r.ngrams[n-1]
	}
	r.extraMu.Lock()
	defer r.extraMu.Unlock()
	if r.extra == nil {
		r.extra = map[int]*gramTable{}
	}
	t, ok := r.extra[n]
	if !ok {
		t = r.table(gramKind{n: n}, max(len(r.refs), 1))
		r.extra[n] = t
	}
	return t
}

// Reset empties the counter.
func (c *Counter) Reset() {
	clear(c.cnt)
	c.hit, c.tokens, c.tail = 0, 0, c.tail[:0]
}

// Clone returns an independent copy of the counter.
func (c *Counter) Clone() *Counter {
	d := *c
	d.cnt = append([]int32(nil), c.cnt...)
	d.tail = append([]int32(nil), c.tail...)
	d.buf, d.touched, d.key = nil, nil, nil
	return &d
}

// Recall is the ROUGE-n recall of the sentences added so far.
func (c *Counter) Recall() float64 {
	if c.denom == 0 {
		return 0
	}
	return float64(c.hit) / float64(c.denom)
}

// Hits is the clipped n-gram hit count summed over references.
func (c *Counter) Hits() int { return c.hit }

// Tokens is the number of candidate tokens added so far.
func (c *Counter) Tokens() int { return c.tokens }

// RecallWith is the recall the counter would have after Add(s); the counter
// is left unchanged.
func (c *Counter) RecallWith(s Sentence) float64 {
	if c.denom == 0 {
		return 0
	}
	delta := c.bump(s)
	for _, g := range c.touched {
		c.cnt[g]--
	}
	return float64(c.hit+delta) / float64(c.denom)
}

// Add appends sentence s to the candidate.
func (c *Counter) Add(s Sentence) {
	c.hit += c.bump(s)
	c.tokens += len(s.ids)
	c.tail = append(c.tail, s.ids...)
	if k := len(c.tail) - (c.n - 1); k > 0 {
		c.tail = append(c.tail[:0], c.tail[k:]...)
	}
}

// bump counts the n-grams s adds (recording them in c.touched) and returns
// how many clipped hits they add.
func (c *Counter) bump(s Sentence) int {
	c.touched = c.touched[:0]
	c.buf = append(append(c.buf[:0], c.tail...), s.ids...)
	t, delta := c.t, 0
windows:
	for i := 0; i+c.n <= len(c.buf); i++ {
		g := c.buf[i : i+c.n]
		for _, id := range g {
			if id == 0 {
				continue windows
			}
		}
		gi, ok := t.lookup(g, &c.key)
		if !ok {
			continue
		}
		c.cnt[gi]++
		c.touched = append(c.touched, gi)
		for _, m := range t.counts[int(gi)*t.nRefs : int(gi+1)*t.nRefs] {
			if c.cnt[gi] <= m {
				delta++
			}
		}
	}
	return delta
}
