package lex

import (
	_ "embed"
	"strings"
)

// This file defines the content terms that the summarizer and the copy
// detector compare: 64-bit FNV-1a hashes of lower-cased, lightly stemmed
// words, with the variants of a synonym group folded onto its canonical word.

//go:embed stopwords.txt
var stopwordList string

//go:embed synonyms.txt
var synonymList string

// stopwords holds the hashes of the embedded stopwords, built once. Note
// that it is looked up with the hash of a word's stem: a stopword whose
// stem differs from it ("was" → "wa") is only a stopword through its stem.
var stopwords = func() map[uint64]bool {
	m := make(map[uint64]bool, 200)
	for _, w := range strings.Fields(stopwordList) {
		m[HashBytes([]byte(w))] = true
	}
	return m
}()

// synonyms maps the stemmed hash of a variant word to that of its canonical
// word, so that spun rewrites ("quake" for "earthquake") share terms.
var synonyms = func() map[uint64]uint64 {
	m := make(map[uint64]uint64, 100)
	for _, line := range strings.Split(synonymList, "\n") {
		canon, variants, ok := strings.Cut(line, ":")
		if !ok || strings.HasPrefix(line, "#") {
			continue
		}
		c := HashBytes(LightStem([]byte(strings.TrimSpace(canon))))
		for _, v := range strings.Fields(variants) {
			m[HashBytes(LightStem([]byte(v)))] = c
		}
	}
	return m
}()

// negations holds the stemmed hashes of words that turn a statement into
// its opposite. Two sentences that differ in them never state the same fact.
var negations = func() map[uint64]bool {
	m := make(map[uint64]bool, 32)
	for _, w := range strings.Fields(`not no never nobody nothing none neither nor cannot
		didn doesn don isn wasn weren aren hasn haven hadn won couldn shouldn wouldn
		deny denies denied denying refute refutes refuted reject rejects rejected false`) {
		m[HashBytes(LightStem([]byte(w)))] = true
	}
	return m
}()

// termInfo is what Term tells of a stem's hash found in termTable: the
// term (its synonym group's canonical word's hash, or itself) and whether
// that term is a stopword or a negation.
type termInfo struct {
	h         uint64
	stop, neg bool
}

// termTable holds, for each stem hash that synonyms, stopwords or
// negations hold, what Term returns for it: one lookup per word instead
// of three (a stem in none of them, most content words, is its own term,
// neither stopword nor negation).
var termTable = func() map[uint64]termInfo {
	m := make(map[uint64]termInfo, len(synonyms)+len(stopwords)+len(negations))
	add := func(k uint64) {
		h := k
		if c, ok := synonyms[k]; ok {
			h = c
		}
		m[k] = termInfo{h: h, stop: stopwords[h], neg: negations[h]}
	}
	for k := range synonyms {
		add(k)
	}
	for k := range stopwords {
		add(k)
	}
	for k := range negations {
		add(k)
	}
	return m
}()

// Term returns the term of a lower-cased word (as Words returns it): the
// hash of its light stem, or of its synonym group's canonical word. stop
// reports a stopword or a stem of one byte; neg a negation or denial ("not",
// "never", "denied"). w is stemmed in place.
func Term(w []byte) (h uint64, stop, neg bool) {
	w = LightStem(w)
	h = HashBytes(w)
	if t, ok := termTable[h]; ok {
		return t.h, len(w) < 2 || t.stop, t.neg
	}
	return h, len(w) < 2, false
}

// ContentTerms appends to buf the sorted set of the terms of the words of s
// that are not stopwords, and returns the extended buf. words is scratch
// space.
func ContentTerms(buf []uint64, words *Words, s string) []uint64 {
	n := len(buf)
	words.Reset(s)
	for words.Next() {
		if h, stop, _ := Term(words.Word()); !stop {
			buf = append(buf, h)
		}
	}
	return append(buf[:n], SortUnique(buf[n:])...)
}
