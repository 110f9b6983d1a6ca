package summarize

import (
	"slices"
	"strings"
	"testing"

	"github.com/chorusnews/chorus/internal/lex"
)

// storyCluster builds a reader's cluster with one independent source per
// element of docs, each sentence its own candidate and fact.
func storyCluster(docs ...[]string) *cluster {
	c := &cluster{lead: 0, reader: true}
	for d, sents := range docs {
		c.docs = append(c.docs, document{index: d, origin: d})
		for _, s := range sents {
			var terms []uint64
			for _, w := range strings.Fields(lex.Lower(s)) {
				if h, stop, _ := lex.Term([]byte(strings.Trim(w, ".,"))); !stop {
					terms = append(terms, h)
				}
			}
			i := len(c.cands)
			c.cands = append(c.cands, candidate{text: s, doc: d, prevInDoc: -1, fact: i, words: countWords(s), terms: sortUnique(terms)})
			c.facts = append(c.facts, fact{rep: i, docs: []int{d}})
			c.docs[d].cands = append(c.docs[d].cands, i)
		}
	}
	return c
}

// TestDropOtherStory: a chosen sentence from a source that shares almost
// nothing with the sources of the rest of the summary leaves it; a
// sentence of the same story told in other words stays, and so does a
// summary with no story most of it tells.
func TestDropOtherStory(t *testing.T) {
	strike := []string{
		"Ferry crews in Tarnwick went on strike on Monday, halting crossings to Brellin.",
		"The Tarnwick ferry union said the strike would last three days.",
	}
	promo := []string{"Subscribe to our weekly gardening newsletter for seasonal planting tips."}
	retold := []string{"Crossings between Tarnwick and Brellin stopped as the ferry crews walked out."}
	for _, tc := range []struct {
		name   string
		docs   [][]string
		picked []int
		want   []int
	}{
		{"another story", [][]string{strike, promo}, []int{0, 1, 2}, []int{0, 1}},
		{"another story first", [][]string{strike, promo}, []int{2, 0, 1}, []int{0, 1}},
		{"same story", [][]string{strike, retold}, []int{0, 1, 2}, []int{0, 1, 2}},
		{"no story most tell", [][]string{strike, promo}, []int{0, 2}, []int{0, 2}},
	} {
		c := storyCluster(tc.docs...)
		if got := c.dropOtherStory(tc.picked); !slices.Equal(got, tc.want) {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
}
