package story

import "github.com/chorusnews/chorus/internal/lex"

// This file finds near-duplicates: syndicated copies and light or "spun"
// rewrites whose sentences swap a few words. An article copies another when
// most of its content words lie in sentences that nearly match one of the
// other's sentences. Two articles about one event share facts, not
// sentences, so they stay apart; shared web boilerplate never counts, as its
// sentences are dropped before comparing.

// sentMatch is the least Jaccard similarity of two sentences' content-word
// sets for them to count as one sentence reworded.
const sentMatch = 0.5

// dupCosine is the least cosine of two articles' vectors for the slower
// sentence comparison to run.
const dupCosine = 0.3

// minCopyWords is the least number of content words (summed over its
// sentences) an article needs to be found a copy: remnants such as a lone
// "Learn more" prove nothing.
const minCopyWords = 8

// sentence is the set of a sentence's content words (stems and numbers),
// hashed and sorted.
type sentence []uint32

// sentenceKey hashes a sentence's content words in order: equal keys mean
// the same sentence up to case, punctuation, stopwords and inflection.
func sentenceKey(stems []string) uint32 {
	h := uint64(lex.FNVOffset)
	for _, w := range stems {
		h = lex.HashMore(h, w)
		h = lex.HashMore(h, " ")
	}
	return uint32(lex.Mix(h) >> 32)
}

// newSentence returns the set of stems.
func newSentence(stems []string) sentence {
	s := make(sentence, 0, len(stems))
	for _, w := range stems {
		s = append(s, uint32(lex.Mix(lex.Hash(w))>>32))
	}
	return lex.SortUnique(s)
}

// copyShare returns the share of a's content words (counted per sentence)
// that lie in sentences nearly matching a sentence of b. It stops early, with
// some share below need, once need is out of reach.
func copyShare(a, b []sentence, need float64) float64 {
	total := 0
	for _, s := range a {
		total += len(s)
	}
	if total < minCopyWords {
		return 0
	}
	copied, left := 0, total
	for _, s := range a {
		if float64(copied+left) < need*float64(total) {
			break
		}
		left -= len(s)
		for _, o := range b {
			// Jaccard is at most the ratio of the set sizes.
			lo, hi := min(len(s), len(o)), max(len(s), len(o))
			if float64(lo) < sentMatch*float64(hi) {
				continue
			}
			if lex.Jaccard(s, o) >= sentMatch {
				copied += len(s)
				break
			}
		}
	}
	return float64(copied) / float64(total)
}
