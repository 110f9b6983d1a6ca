package baseline

import (
	"sort"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// selection accumulates sentences within a budget.
type selection struct {
	c        *cluster
	words    int  // word budget, 0 = none
	maxSents int  // sentence cap, 0 = none
	fill     bool // add sentences until at least words
	chosen   []int
	total    int
	seen     map[string]bool
}

func newSelection(c *cluster, opts chorus.Options) *selection {
	w, s := opts.Budget()
	return &selection{c: c, words: w, maxSents: s, fill: opts.Fill && w > 0, seen: map[string]bool{}}
}

// full reports whether no further sentence can be added.
func (s *selection) full() bool {
	if s.maxSents > 0 && len(s.chosen) >= s.maxSents {
		return true
	}
	return s.words > 0 && s.total >= s.words
}

// fits reports whether sentence i may be added now: it is not a repeat of a
// chosen sentence and fits the budget (with fill, any sentence fits until
// the budget is reached).
func (s *selection) fits(i int) bool {
	if s.full() || s.seen[key(s.c.sents[i].text)] {
		return false
	}
	return s.fill || s.words == 0 || s.total+s.c.sents[i].words <= s.words
}

// add appends sentence i if it fits and reports whether it did.
func (s *selection) add(i int) bool {
	if !s.fits(i) {
		return false
	}
	s.chosen = append(s.chosen, i)
	s.total += s.c.sents[i].words
	s.seen[key(s.c.sents[i].text)] = true
	return true
}

// key normalizes a sentence for exact-repeat detection.
func key(text string) string { return strings.Join(lex.Fields(text), " ") }

// summary returns the chosen sentences, in the order chosen, attributed to
// their articles.
func (s *selection) summary() chorus.Summary {
	out := chorus.Summary{Sentences: []chorus.Sentence{}, Sources: []chorus.Source{}, Words: s.total}
	cite := map[int]int{}
	for _, i := range s.chosen {
		st := s.c.sents[i]
		id, ok := cite[st.doc]
		if !ok {
			id = len(cite) + 1
			cite[st.doc] = id
			a := s.c.articles[st.doc]
			out.Sources = append(out.Sources, chorus.Source{ID: id, Article: a.ID, Title: a.Title, Source: a.Source, URL: a.URL, Published: a.Published})
		}
		out.Sentences = append(out.Sentences, chorus.Sentence{Text: st.text, Sources: []int{id}, Support: 1})
	}
	return out
}

// byScore returns the indices of the candidate sentences (at least minWords
// words) sorted by descending score, ties by source order.
func (c *cluster) byScore(score []float64) []int {
	var idx []int
	for i, s := range c.sents {
		if s.words >= minWords {
			idx = append(idx, i)
		}
	}
	if len(idx) == 0 { // only short sentences: consider them all
		for i := range c.sents {
			idx = append(idx, i)
		}
	}
	sort.SliceStable(idx, func(a, b int) bool { return score[idx[a]] > score[idx[b]] })
	return idx
}

// pick fills a selection from sentences in rank order, skipping any whose
// TF-IDF cosine with a chosen sentence exceeds maxSim (maxSim >= 1 turns the
// redundancy filter off).
func (c *cluster) pick(order []int, vs []vec, maxSim float64, opts chorus.Options) chorus.Summary {
	sel := newSelection(c, opts)
	for _, i := range order {
		if sel.full() {
			break
		}
		if !sel.fits(i) || redundant(i, sel.chosen, vs, maxSim) {
			continue
		}
		sel.add(i)
	}
	return sel.summary()
}

func redundant(i int, chosen []int, vs []vec, maxSim float64) bool {
	if maxSim >= 1 {
		return false
	}
	for _, j := range chosen {
		if cosine(vs[i], vs[j]) > maxSim {
			return true
		}
	}
	return false
}

// vectors returns the TF-IDF vector of every sentence.
func (c *cluster) vectors() []vec {
	vs := make([]vec, len(c.sents))
	for i, s := range c.sents {
		vs[i] = c.tfidf(s.terms)
	}
	return vs
}
