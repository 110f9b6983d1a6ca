package summarize

import (
	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file is the attribution stage: the ordered facts become a
// chorus.Summary whose sentences cite every source carrying them, with the
// cited articles numbered 1.. in input order.

// attribute builds the summary of the ordered facts.
func (c *cluster) attribute(picked []int) chorus.Summary {
	c.citeParaphrases(picked)
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
			ID: cite[i], Article: a.ID, Title: a.Title, Source: a.Source, URL: a.URL, Published: a.Published,
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
			Text:    lex.Collapse(rep.text),
			Sources: ids,
			Support: ft.support,
		})
		sum.Words += rep.words
	}
	return sum
}

// citeParaphrases adds to each picked fact the sources of the facts left
// out because they state it in other words (paraphrase.go), so that one
// sentence cites every source reporting its fact. A left-out fact joins
// the first picked fact it restates; it never joins one whose figures it
// contradicts. Citation asks more of two opening sentences than
// selection does (citeRule).
func (c *cluster) citeParaphrases(picked []int) {
	if len(picked) == 0 {
		return
	}
	if c.figs == nil {
		c.figs = c.figures()
	}
	in := make(map[int]bool, len(picked))
	for _, f := range picked {
		in[f] = true
	}
	changed := make(map[int]bool)
	for g := range c.facts {
		if in[g] || c.stale[g] {
			continue
		}
		for _, f := range picked {
			if c.citeRule(g, f) != routeNone {
				c.facts[f].members = append(c.facts[f].members, c.facts[g].members...)
				changed[f] = true
				break
			}
		}
	}
	for _, f := range picked {
		if changed[f] {
			c.finishFact(&c.facts[f])
		}
	}
}

// citeRule returns the rule by which left-out fact g restates picked fact
// f for citation, or routeNone. It is paraRule, except that two opening
// sentences must also share a word naming the event (shareEvent):
// selection keeps only one of two such leads either way, but citing one
// for the other needs more than a shared subject.
func (c *cluster) citeRule(g, f int) paraRoute {
	r := c.paraRule(g, f, c.figs)
	if r == routeLead && !c.shareEvent(&c.cands[c.facts[g].rep], &c.cands[c.facts[f].rep]) {
		return routeNone
	}
	return r
}
