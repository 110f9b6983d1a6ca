// Package copies is the one definition of a copy in Chorus: syndicated
// copies, lightly edited versions of one wire story and "spun" rewrites
// whose sentences swap a few words. The story clusterer marks copies with
// it, and the summarizer counts a copy and its original as one source, so a
// story's source count and its summary's support agree.
//
// An article copies another when most of its content words lie in
// sentences that nearly match one of the other's sentences: their
// content-term sets (lex.Term: light stems, synonyms folded, stopwords
// left out) have a Jaccard similarity of at least SentenceMatch. The test
// is directed: a short item quoted whole inside a long article (a tweet, a
// statement) copies the article, but the article does not copy it. Two
// articles about one event share facts, not sentences, so they stay apart.
//
// It sits beside the reading stage: sentences come from the clean and
// sentence packages, as the summarizer reads them.
package copies

import (
	"math"

	"github.com/chorusnews/chorus/clean"
	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/sentence"
)

const (
	// SentenceMatch is the least Jaccard similarity of two sentences'
	// content-term sets for them to count as one sentence reworded.
	SentenceMatch = 0.5
	// MinShare is the least share of an article's content words lying in
	// sentences that nearly match a sentence of another article for it to
	// count as that article's copy.
	MinShare = 0.5
	// MinWords is the least number of content words (summed over its
	// sentences) an article needs to be found a copy: remnants such as a
	// lone "Learn more" prove nothing.
	MinWords = 8
)

// Doc is an article as the copy test sees it: the content-term sets of its
// sentences. The zero Doc has no sentences and copies nothing.
type Doc struct {
	sents [][]uint64
	total int         // content words, counted per sentence
	terms []termCount // every term with the number of sentences holding it, by term
}

type termCount struct {
	term uint64
	n    int
}

// NewDoc returns the Doc of an article whose sentences have the given
// content-term sets, each sorted and without repeats (as
// lex.ContentTerms returns them). Empty sets are left out. NewDoc keeps
// the slices.
func NewDoc(sents [][]uint64) Doc {
	var d Doc
	n, total := 0, 0
	for _, s := range sents {
		if len(s) > 0 {
			n++
			total += len(s)
		}
	}
	if n > 0 {
		d.sents = make([][]uint64, 0, n)
	}
	all := make([]uint64, 0, total) // a copy: sorting it leaves sents as they are
	for _, s := range sents {
		if len(s) == 0 {
			continue
		}
		d.sents = append(d.sents, s)
		d.total += len(s)
		all = append(all, s...)
	}
	all = lex.SortUnique(all)
	d.terms = make([]termCount, len(all))
	for i, t := range all {
		d.terms[i].term = t
	}
	for _, s := range d.sents {
		j := 0
		for _, t := range s {
			for d.terms[j].term < t {
				j++
			}
			d.terms[j].n++
		}
	}
	return d
}

// Sentences returns the content-term sets of the sentences of an article's
// text as the summarizer reads it: cleaned paragraphs (clean.Paragraphs)
// split into sentences (sentence.Split), page furniture (clean.IsFurniture)
// and the sentences skip reports (learned boilerplate; nil skips none)
// left out.
func Sentences(text string, skip func(string) bool) [][]uint64 {
	return Read(text, skip, nil)
}

// Read is Sentences that also calls each (when not nil) with every sentence
// it keeps, in text order, so a caller can read the same sentences for its
// own purposes in the same pass.
func Read(text string, skip func(string) bool, each func(string)) [][]uint64 {
	var out [][]uint64
	var w lex.Words
	var buf []uint64 // the sets share backing arrays
	for _, p := range clean.Paragraphs(text) {
		for _, s := range sentence.Split(p) {
			if clean.IsFurniture(s) || (skip != nil && skip(s)) {
				continue
			}
			if each != nil {
				each(s)
			}
			n := len(buf)
			buf = lex.ContentTerms(buf, &w, s)
			if len(buf) > n {
				out = append(out, buf[n:len(buf):len(buf)])
			}
		}
	}
	return out
}

// Len returns the number of sentences of d with content words.
func (d *Doc) Len() int { return len(d.sents) }

// Sentence returns the content-term set of d's i-th sentence with content
// words (0 <= i < Len), shared with d: the caller must not change it.
func (d *Doc) Sentence(i int) []uint64 { return d.sents[i] }

// Words returns the number of d's content words, counted per sentence: the
// denominator of Share.
func (d *Doc) Words() int { return d.total }

// Prefix returns the leading terms of a sorted sentence set s under which an
// index can post it so that nearly matching sentences meet (prefix
// filtering): two sets whose Jaccard similarity reaches SentenceMatch share
// at least SentenceMatch·|s| terms of each set s, so one of the shared terms
// lies among the first |s| - ⌈SentenceMatch·|s|⌉ + 1 terms of both. It is
// a subslice of s.
func Prefix(s []uint64) []uint64 {
	k := max(int(math.Ceil(SentenceMatch*float64(len(s)))), 1)
	return s[:max(len(s)-k+1, 0)]
}

// Of reports whether a copies b.
func Of(a, b *Doc) bool { return Share(a, b, MinShare) >= MinShare }

// Share returns the share of a's content words (counted per sentence) that
// lie in sentences nearly matching a sentence of b; 0 when a has fewer than
// MinWords. It stops early, with some share below need, once need is out of
// reach, so Share(a, b, need) >= need exactly when the full share is.
func Share(a, b *Doc, need float64) float64 {
	if a.total < MinWords || len(b.sents) == 0 {
		return 0
	}
	// A sentence s matching one of b's shares at least SentenceMatch·|s| of
	// its terms with b, so a reaches need only if its words shared with b
	// (per sentence) reach SentenceMatch·need of its words. Counting them
	// is linear and rules out most pairs before the quadratic pass.
	if float64(shared(a, b)) < SentenceMatch*need*float64(a.total)*(1-1e-9) {
		return 0
	}
	copied, left := 0, a.total
	for _, s := range a.sents {
		if float64(copied+left) < need*float64(a.total) {
			break
		}
		left -= len(s)
		for _, o := range b.sents {
			// Jaccard is at most the ratio of the set sizes.
			lo, hi := min(len(s), len(o)), max(len(s), len(o))
			if float64(lo) < SentenceMatch*float64(hi) {
				continue
			}
			if lex.Jaccard(s, o) >= SentenceMatch {
				copied += len(s)
				break
			}
		}
	}
	return float64(copied) / float64(a.total)
}

// shared returns the number of a's content words, counted per sentence,
// that b also holds.
func shared(a, b *Doc) int {
	n, i, j := 0, 0, 0
	for i < len(a.terms) && j < len(b.terms) {
		switch {
		case a.terms[i].term < b.terms[j].term:
			i++
		case a.terms[i].term > b.terms[j].term:
			j++
		default:
			n += a.terms[i].n
			i++
			j++
		}
	}
	return n
}
