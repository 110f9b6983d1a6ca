package lex

import (
	"hash/maphash"
	"strings"
	"sync/atomic"

	"github.com/kljensen/snowball/english"
)

// Two stemmers live here, for two jobs.
//
// Stem is Porter2 (Snowball English): the story clusterer and the baseline
// summarizers use it, and the story background table is keyed by it.
//
// LightStem is a light, allocation-free suffix stripper over bytes used by
// the summarizer's tokenizer. The summarizer's learned tables (word and
// bigram salience, the scoring model fitted on them) are keyed by its
// stems, so replacing it by Porter2 would change every summary and mean
// retraining; it is also several times faster, which matters in the
// summarizer's inner loop.

// Stem returns the Porter2 stem of a lower-case word. Stems are
// remembered in stemTable, so a word read again costs a hash and a
// comparison instead of the Snowball steps.
func Stem(w string) string {
	slot := &stemTable[maphash.String(stemSeed, w)%uint64(len(stemTable))]
	if e := slot.Load(); e != nil && e.word == w {
		return e.stem
	}
	st := english.Stem(w, false)
	// A copy, so that the table holds no text the word was cut from: one
	// for the word and its stem, which most often begins it ("stori" of
	// "stories") and is else kept right after it, so that a lookup's
	// word and the stem it returns share their memory.
	e := &stemEntry{word: strings.Clone(w)}
	if strings.HasPrefix(w, st) {
		e.stem = e.word[:len(st)]
	} else {
		both := w + st
		e.word, e.stem = both[:len(w)], both[len(w):]
	}
	slot.Store(e)
	return st
}

// stemTable remembers the last word stemmed in each of its slots, chosen by
// the word's hash: a lossy cache that is safe for concurrent use (a word
// and its stem are stored and loaded together) and holds at most
// len(stemTable) words. The seed only decides which words share a slot.
var (
	stemTable [1 << 15]atomic.Pointer[stemEntry]
	stemSeed  = maphash.MakeSeed()
)

// stemEntry is a word and its Porter2 stem.
type stemEntry struct{ word, stem string }

// IsStopword reports whether a lower-case word is a Snowball English
// stopword.
func IsStopword(w string) bool { return english.IsStopWord(w) }

// maxStemCache bounds a StemCache; past it the cache starts afresh.
const maxStemCache = 1 << 18

// StemCache remembers Porter2 stems of lower-case words. Its zero value is
// ready to use; it is not safe for concurrent use.
type StemCache struct{ m map[string]string }

// Stem returns the Porter2 stem of w, from the cache when it holds it.
func (c *StemCache) Stem(w string) string {
	if st, ok := c.m[w]; ok {
		return st
	}
	if c.m == nil || len(c.m) >= maxStemCache {
		c.m = make(map[string]string, 1024)
	}
	st := english.Stem(w, false)
	c.m[strings.Clone(w)] = st
	return st
}

// LightStem strips common English inflections from a lower-case word in
// place and returns the shortened slice: enough to match "reports",
// "reported" and "reporting" for similarity and coverage.
func LightStem(w []byte) []byte {
	n := len(w)
	switch {
	case n > 4 && hasSuffix(w, "ies"):
		w = append(w[:n-3], 'y')
	case n > 4 && hasSuffix(w, "sses"):
		w = w[:n-2]
	case n > 3 && w[n-1] == 's' && w[n-2] != 's' && w[n-2] != 'u' && w[n-2] != 'i':
		w = w[:n-1]
	}
	n = len(w)
	switch {
	case n > 5 && hasSuffix(w, "ing"):
		w = w[:n-3]
	case n > 4 && hasSuffix(w, "ed"):
		w = w[:n-2]
	case n > 5 && hasSuffix(w, "ly"):
		w = w[:n-2]
	}
	n = len(w)
	if n > 3 && w[n-1] == 'e' {
		w = w[:n-1]
	}
	return w
}

func hasSuffix(w []byte, suf string) bool {
	return len(w) >= len(suf) && string(w[len(w)-len(suf):]) == suf
}
