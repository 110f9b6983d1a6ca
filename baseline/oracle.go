package baseline

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/rouge"
)

// Oracle is a greedy extractive upper bound: it repeatedly adds the sentence
// that most raises ROUGE-2 recall against the references (ROUGE-1.5.5
// tokenization with Porter stemming, -f A), stopping when no sentence raises
// it or the budget is spent. With Options.Fill it counts only the words of
// the last sentence that fall within the budget, as ROUGE's length cut will.
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
	refs := rouge.NewReferences(references, rouge.Options{MaxN: 2, Stem: true, NoLCS: true})
	prepared := make([]rouge.Sentence, len(c.sents))
	for i, s := range c.sents {
		prepared[i] = refs.Prepare(s.text)
	}
	counter := refs.NewCounter(2)
	sel := newSelection(c, opts)
	used := make([]bool, len(c.sents))
	for !sel.full() {
		best, base := -1, counter.Recall()
		bestGain := 0.0
		var bestSent rouge.Sentence
		for i, s := range c.sents {
			if used[i] || !sel.fits(i) {
				continue
			}
			p := prepared[i]
			if sel.fill && sel.total+s.words > sel.words {
				p = refs.Prepare(strings.Join(strings.Fields(s.text)[:sel.words-sel.total], " "))
			}
			if g := counter.RecallWith(p) - base; g > bestGain+1e-12 {
				best, bestGain, bestSent = i, g, p
			}
		}
		if best < 0 {
			break
		}
		used[best] = true
		sel.add(best)
		counter.Add(bestSent)
	}
	return sel.summary(), nil
}
