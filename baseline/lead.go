package baseline

import (
	"sort"
	"strconv"
	"strings"

	"github.com/chorusnews/chorus"
)

// Lead takes sentences in source order. By default it takes the first
// sentence of each article in turn, then the second of each, and so on (the
// usual Multi-News lead). With MostRecent it reads the most recent article
// (by Published, ties by the sequence number after the last '.' of the ID,
// as in DUC's APW19981108.0188, then by ID) from its start, then the next most recent: the
// DUC "Lead" of SumRepo (Hong et al. 2014).
type Lead struct {
	// MostRecent selects the DUC convention.
	MostRecent bool
}

// Name implements System.
func (Lead) Name() string { return "lead" }

// Summarize implements System.
func (l Lead) Summarize(articles []chorus.Article, opts chorus.Options) (chorus.Summary, error) {
	if err := check(opts); err != nil {
		return chorus.Summary{}, wrap("lead", err)
	}
	c, err := prepare(articles)
	if err != nil {
		return chorus.Summary{}, wrap("lead", err)
	}
	// first[d] is the index of article d's first sentence in c.sents.
	first := make([]int, len(articles))
	for i, n := 0, 0; i < len(articles); i++ {
		first[i] = n
		n += c.docLen[i]
	}
	sel := newSelection(c, opts)
	if l.MostRecent {
		docs := make([]int, len(articles))
		for i := range docs {
			docs[i] = i
		}
		sort.SliceStable(docs, func(a, b int) bool {
			x, y := articles[docs[a]], articles[docs[b]]
			if !x.Published.Equal(y.Published) {
				return x.Published.After(y.Published)
			}
			if sx, sy := sequence(x.ID), sequence(y.ID); sx != sy {
				return sx > sy
			}
			return x.ID > y.ID
		})
		for _, d := range docs {
			for p := 0; p < c.docLen[d] && !sel.full(); p++ {
				// Lead stops at the first sentence that does not fit.
				if !sel.add(first[d]+p) && !sel.seen[key(c.sents[first[d]+p].text)] {
					return sel.summary(), nil
				}
			}
		}
		return sel.summary(), nil
	}
	for p, more := 0, true; more && !sel.full(); p++ {
		more = false
		for d := range articles {
			if p < c.docLen[d] {
				more = true
				sel.add(first[d] + p)
			}
		}
	}
	return sel.summary(), nil
}

// sequence returns the number after the last '.' of a DUC document id
// (APW19981108.0188 → 188), or -1.
func sequence(id string) int {
	i := strings.LastIndexByte(id, '.')
	if i < 0 {
		return -1
	}
	n, err := strconv.Atoi(id[i+1:])
	if err != nil {
		return -1
	}
	return n
}
