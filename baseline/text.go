package baseline

import (
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/clean"
	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/sentence"
)

// sent is one source sentence with its terms.
type sent struct {
	text  string
	doc   int // index of its article
	pos   int // index within its article, from 0
	words int // whitespace-separated words
	// terms are the sentence's content terms (lower-cased, Porter2-stemmed,
	// stopwords removed) as ids into cluster.vocab, in text order.
	terms []int
}

// cluster is a cluster's articles split into sentences with a shared
// vocabulary.
type cluster struct {
	articles []chorus.Article
	sents    []sent
	docLen   []int // sentences per article
	vocab    map[string]int
	idf      []float64 // per term id, over the cluster's sentences
}

// newCluster splits the articles with the shared cleaner and splitter.
func newCluster(articles []chorus.Article) *cluster {
	c := &cluster{articles: articles, docLen: make([]int, len(articles)), vocab: map[string]int{}}
	var stems lex.StemCache
	for d, a := range articles {
		pos := 0
		for _, p := range clean.Paragraphs(a.Text) {
			for _, s := range sentence.Split(p) {
				s = strings.TrimSpace(s)
				n := len(strings.Fields(s))
				if n == 0 {
					continue
				}
				st := sent{text: s, doc: d, pos: pos, words: n}
				for _, w := range lex.Fields(s) {
					if lex.IsStopword(w) {
						continue
					}
					stem := stems.Stem(w)
					id, ok := c.vocab[stem]
					if !ok {
						id = len(c.vocab)
						c.vocab[stem] = id
					}
					st.terms = append(st.terms, id)
				}
				c.sents = append(c.sents, st)
				pos++
			}
		}
		c.docLen[d] = pos
	}
	// Smoothed inverse sentence frequency: the cluster's sentences play the
	// role of documents, so no outside corpus is needed.
	sf := make([]int, len(c.vocab))
	for _, s := range c.sents {
		for _, t := range distinct(s.terms) {
			sf[t]++
		}
	}
	c.idf = make([]float64, len(sf))
	n := float64(len(c.sents))
	for t, f := range sf {
		c.idf[t] = math.Log((1+n)/(1+float64(f))) + 1
	}
	return c
}

// distinct returns the sorted distinct values of ids.
func distinct(ids []int) []int { return lex.SortUnique(slices.Clone(ids)) }

// vec is a sparse vector sorted by term id.
type vec struct {
	ids  []int
	w    []float64
	norm float64
}

// tfidf returns the TF-IDF vector of terms.
func (c *cluster) tfidf(terms []int) vec {
	ids := distinct(terms)
	v := vec{ids: ids, w: make([]float64, len(ids))}
	for _, t := range terms {
		v.w[sort.SearchInts(ids, t)]++
	}
	for i, t := range ids {
		v.w[i] *= c.idf[t]
		v.norm += v.w[i] * v.w[i]
	}
	v.norm = math.Sqrt(v.norm)
	return v
}

// cosine returns the cosine similarity of a and b.
func cosine(a, b vec) float64 {
	if a.norm == 0 || b.norm == 0 {
		return 0
	}
	dot := 0.0
	for i, j := 0, 0; i < len(a.ids) && j < len(b.ids); {
		switch {
		case a.ids[i] < b.ids[j]:
			i++
		case a.ids[i] > b.ids[j]:
			j++
		default:
			dot += a.w[i] * b.w[j]
			i++
			j++
		}
	}
	return dot / (a.norm * b.norm)
}

// centroid returns the mean of vs as a vector.
func centroid(vs []vec) vec {
	sum := map[int]float64{}
	for _, v := range vs {
		for i, t := range v.ids {
			sum[t] += v.w[i]
		}
	}
	out := vec{ids: make([]int, 0, len(sum))}
	for t := range sum {
		out.ids = append(out.ids, t)
	}
	sort.Ints(out.ids)
	out.w = make([]float64, len(out.ids))
	for i, t := range out.ids {
		out.w[i] = sum[t] / float64(len(vs))
		out.norm += out.w[i] * out.w[i]
	}
	out.norm = math.Sqrt(out.norm)
	return out
}
