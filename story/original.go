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

// indexFrom is how many original articles a story holds before they are
// indexed: the articles of a smaller story are all tested, which costs
// less than keeping an index (nearly every story of a stream is small).
const indexFrom = 32

// original reports whether m can be an original: not a copy, and with
// sentences.
func (m *member) original() bool { return m.dupOf == "" && m.sents.Len() > 0 }

// joined notes that m joined cl (after it was added to cl.members).
func (cl *cluster) joined(m *member) {
	if !m.original() {
		return
	}
	cl.nOrig++
	switch {
	case cl.originals != nil:
		cl.originals.add(m)
	case cl.nOrig >= indexFrom:
		cl.reindex()
	}
}

// left notes that m left cl.
func (cl *cluster) left(m *member) {
	if !m.original() {
		return
	}
	cl.nOrig--
	if cl.originals != nil {
		cl.originals.drop(m)
	}
}

// absorbed notes that the articles of from joined cl (after they were added
// to cl.members).
func (cl *cluster) absorbed(from *cluster) {
	cl.nOrig += from.nOrig
	switch {
	case cl.originals != nil && from.originals != nil:
		cl.originals = cl.originals.absorb(from.originals)
	case cl.originals != nil:
		for _, m := range from.members {
			if m.original() {
				cl.originals.add(m)
			}
		}
	case cl.nOrig >= indexFrom:
		cl.reindex()
	}
}

// reindex indexes the original articles of cl.
func (cl *cluster) reindex() {
	cl.originals = make(originals)
	for _, m := range cl.members {
		if m.original() {
			cl.originals.add(m)
		}
	}
}

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
// copy by at least need (copies.Share), in the order of cl.members: every
// article of a story whose originals are not indexed, else those whose
// sentences can nearly match sentences of a holding at least need of a's
// words (copies are not indexed, so none of them).
func (c *Clusterer) mayCopy(a *copies.Doc, cl *cluster, need float64) []*member {
	if cl.originals == nil {
		return cl.members
	}
	total := a.Words()
	if total < copies.MinWords {
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
