package story

import (
	"sort"

	"github.com/chorusnews/chorus/internal/copies"
)

// This file finds the original of a near-duplicate without testing every
// article of a story. Each story indexes the sentences of its original
// articles (copies are never originals) under the prefixes of their term
// sets (copies.Prefix): a sentence of the new article can nearly match only
// sentences posted under a term of its own prefix. An article of the story
// is tested (copies.Share) only when the new article's sentences that may
// match one of its sentences hold enough of the new article's words to
// reach the copy threshold, so the choice is the one a test of every
// article would make, at a cost that grows with the articles that share
// rare sentence terms, not with the story.

// originals maps a term to the original articles of a story with a
// sentence posted under it, each once, in no particular order.
type originals map[uint64][]*member

// add posts m's sentences.
func (o originals) add(m *member) {
	for i := range m.sents.Len() {
		for _, t := range copies.Prefix(m.sents.Sentence(i)) {
			if l := o[t]; len(l) == 0 || l[len(l)-1] != m {
				o[t] = append(l, m)
			}
		}
	}
}

// drop takes m's postings back out.
func (o originals) drop(m *member) {
	for i := range m.sents.Len() {
		for _, t := range copies.Prefix(m.sents.Sentence(i)) {
			l := o[t]
			for k, x := range l {
				if x == m {
					copy(l[k:], l[k+1:])
					l[len(l)-1] = nil
					l = l[:len(l)-1]
					break
				}
			}
			if len(l) == 0 {
				delete(o, t)
			} else {
				o[t] = l
			}
		}
	}
}

// absorb moves the postings of from into o (from's articles joined o's
// story) and returns the merged index, which may be from itself.
func (o originals) absorb(from originals) originals {
	if len(from) > len(o) {
		o, from = from, o
	}
	for t, l := range from {
		o[t] = append(o[t], l...)
	}
	return o
}

// mayCopy returns the articles of cl that the article with sentences a might
// copy by at least need (copies.Share), in the order of cl.members: those
// whose sentences can nearly match sentences of a holding at least need of
// a's words. Copies are not indexed, so none is returned.
func (c *Clusterer) mayCopy(a *copies.Doc, cl *cluster, need float64) []*member {
	total := a.Words()
	if total < copies.MinWords || len(cl.originals) == 0 {
		return nil
	}
	c.stamp++
	var found []*member
	for i := range a.Len() {
		s := a.Sentence(i)
		for _, t := range copies.Prefix(s) {
			for _, m := range cl.originals[t] {
				if m.stamp != c.stamp {
					m.stamp, m.sent, m.words = c.stamp, -1, 0
					found = append(found, m)
				}
				if m.sent != i { // each sentence counts once
					m.sent = i
					m.words += len(s)
				}
			}
		}
	}
	out := found[:0]
	for _, m := range found {
		if float64(m.words)/float64(total) >= need {
			out = append(out, m)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].pos < out[j].pos })
	return out
}
