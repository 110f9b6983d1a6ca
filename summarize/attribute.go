package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
)

// This file is the attribution stage: the ordered facts become a
// chorus.Summary whose sentences cite every source carrying them, with the
// cited articles numbered 1.. in input order.

// attribute builds the summary of the ordered facts.
func (c *cluster) attribute(picked []int) chorus.Summary {
	cite := make([]int, len(c.docs))
	for _, f := range picked {
		for _, d := range c.facts[f].docs {
			cite[d] = 1
		}
	}
	var sum chorus.Summary
	for i, d := range c.docs {
		if cite[i] == 0 {
			continue
		}
		cite[i] = len(sum.Sources) + 1
		a := d.article
		sum.Sources = append(sum.Sources, chorus.Source{
			ID: cite[i], Article: a.ID, Title: a.Title, Source: a.Source, URL: a.URL,
		})
	}
	sum.Sentences = make([]chorus.Sentence, 0, len(picked))
	for _, f := range picked {
		ft := &c.facts[f]
		rep := &c.cands[ft.rep]
		ids := make([]int, len(ft.docs))
		for i, d := range ft.docs {
			ids[i] = cite[d]
		}
		sum.Sentences = append(sum.Sentences, chorus.Sentence{
			Text:    strings.Join(strings.Fields(rep.text), " "),
			Sources: ids,
			Support: ft.support,
		})
		sum.Words += rep.words
	}
	return sum
}
