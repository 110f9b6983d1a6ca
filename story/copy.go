package story

import (
	"unicode/utf8"

	"github.com/chorusnews/chorus/internal/copies"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file reads an article for the copy test (package copies, the same
// test the summarizer counts sources with): the content-term sets of its
// sentences, without the sentences of the boilerplate table, so shared web
// boilerplate never links two articles.

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

// copyDoc returns the article text as the copy test reads it.
func (c *Clusterer) copyDoc(text string) copies.Doc {
	return copies.NewDoc(copies.Sentences(text, c.isBoilerplate))
}

// isBoilerplate reports whether the sentence s is in the boilerplate table.
func (c *Clusterer) isBoilerplate(s string) bool {
	if len(c.bg.boiler) == 0 {
		return false
	}
	var stems []string
	tokenize(s, func(t token) {
		if t.digit {
			stems = append(stems, t.lower)
		} else if utf8.RuneCountInString(t.lower) >= 2 && !lex.IsStopword(t.lower) {
			stems = append(stems, c.stem.Stem(t.lower))
		}
	})
	return len(stems) >= minKeyWords && c.bg.boiler[sentenceKey(stems)]
}
