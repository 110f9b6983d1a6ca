package baseline

import (
	"strings"

	"github.com/kljensen/snowball/english"

	"github.com/chorusnews/chorus"
)

// Oracle is a greedy extractive upper bound: it repeatedly adds the sentence
// that most raises ROUGE-2 recall against the references (bigram counts
// clipped per reference and summed over references, tokens lower-cased,
// letters and digits only, Porter2-stemmed), stopping when no sentence adds
// a matching bigram or the budget is spent. With Options.Fill it counts only
// the words of the last sentence that fall within the budget, as ROUGE's
// length cut will.
type Oracle struct{}

// Name implements System.
func (Oracle) Name() string { return "oracle" }

// Summarize implements System; the oracle cannot work without references.
func (Oracle) Summarize([]chorus.Article, chorus.Options) (chorus.Summary, error) {
	return chorus.Summary{}, wrap("oracle", errNeedsReferences)
}

// SummarizeReferenced implements Referenced.
func (Oracle) SummarizeReferenced(articles []chorus.Article, references [][]string, opts chorus.Options) (chorus.Summary, error) {
	if err := check(opts); err != nil {
		return chorus.Summary{}, wrap("oracle", err)
	}
	if len(references) == 0 {
		return chorus.Summary{}, wrap("oracle", errNeedsReferences)
	}
	c, err := prepare(articles)
	if err != nil {
		return chorus.Summary{}, wrap("oracle", err)
	}
	o := oracleState{ids: map[string]int32{}, stems: map[string]string{}}
	refs := make([]map[uint64]int, len(references))
	for r, ref := range references {
		refs[r] = map[uint64]int{}
		for _, b := range o.bigrams(strings.Join(ref, " ")) {
			refs[r][b]++
		}
	}
	have := map[uint64]int{}
	sel := newSelection(c, opts)
	used := make([]bool, len(c.sents))
	for !sel.full() {
		best, bestGain := -1, 0
		var bestGrams []uint64
		for i, s := range c.sents {
			if used[i] || !sel.fits(i) {
				continue
			}
			text := s.text
			if sel.fill && sel.total+s.words > sel.words {
				text = strings.Join(strings.Fields(text)[:sel.words-sel.total], " ")
			}
			grams := o.bigrams(text)
			if g := gain(grams, have, refs); g > bestGain {
				best, bestGain, bestGrams = i, g, grams
			}
		}
		if best < 0 {
			break
		}
		used[best] = true
		sel.add(best)
		for _, b := range bestGrams {
			have[b]++
		}
	}
	return sel.summary(), nil
}

// gain returns how many more clipped bigram matches, summed over references,
// adding grams to have would give.
func gain(grams []uint64, have map[uint64]int, refs []map[uint64]int) int {
	add := map[uint64]int{}
	for _, b := range grams {
		add[b]++
	}
	g := 0
	for b, n := range add {
		for _, ref := range refs {
			if r := ref[b]; r > 0 {
				g += min(have[b]+n, r) - min(have[b], r)
			}
		}
	}
	return g
}

// oracleState interns stemmed tokens so bigrams are integer pairs.
type oracleState struct {
	ids   map[string]int32
	stems map[string]string
}

func (o *oracleState) bigrams(text string) []uint64 {
	toks := tokens(text)
	var out []uint64
	prev := int32(-1)
	for _, w := range toks {
		stem, ok := o.stems[w]
		if !ok {
			stem = english.Stem(w, true)
			o.stems[w] = stem
		}
		id, ok := o.ids[stem]
		if !ok {
			id = int32(len(o.ids))
			o.ids[stem] = id
		}
		if prev >= 0 {
			out = append(out, uint64(prev)<<32|uint64(id))
		}
		prev = id
	}
	return out
}
