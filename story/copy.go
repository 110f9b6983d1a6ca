package story

import "sort"

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

// hashWord hashes a word with FNV-1a, stable across processes.
func hashWord(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// fnvOffset is the FNV-1a offset basis.
const fnvOffset = 14695981039346656037

// mix is the splitmix64 finalizer.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// sentenceKey hashes a sentence's content words in order: equal keys mean
// the same sentence up to case, punctuation, stopwords and inflection.
func sentenceKey(stems []string) uint32 {
	h := uint64(fnvOffset)
	for _, w := range stems {
		h = hashWord(h, w)
		h = hashWord(h, " ")
	}
	return uint32(mix(h) >> 32)
}

// newSentence returns the set of stems.
func newSentence(stems []string) sentence {
	s := make(sentence, 0, len(stems))
	for _, w := range stems {
		s = append(s, uint32(mix(hashWord(fnvOffset, w))>>32))
	}
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	out := s[:0]
	for i, x := range s {
		if i == 0 || x != s[i-1] {
			out = append(out, x)
		}
	}
	return out
}

// sentenceJaccard returns the Jaccard similarity of two sets.
func sentenceJaccard(a, b sentence) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	both, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			both++
			i++
			j++
		}
	}
	return float64(both) / float64(len(a)+len(b)-both)
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
			if sentenceJaccard(s, o) >= sentMatch {
				copied += len(s)
				break
			}
		}
	}
	return float64(copied) / float64(total)
}
