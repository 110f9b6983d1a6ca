package story

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file turns an article into the features clustering compares: stemmed
// content words of the text and title, named-entity spans and numbers, and
// the sentence keys matched against the boilerplate table. Sentences of known
// web boilerplate (cookie notices, "Tweet with a location", crawl notes) are
// left out of all of them.

// features are the raw counts of one document's terms.
type features struct {
	counts map[string]float64 // term → weighted count
	keys   []uint32           // keys of all sentences with content words
}

// stemmer caches Porter2 stems of lower-cased words.
type stemmer struct{ lex.StemCache }

// token is one word of a text with its case and position facts.
type token struct {
	word      string // as written
	lower     string
	capital   bool // starts with an upper-case letter
	digit     bool // holds a digit
	sentStart bool // first word of a sentence
}

// tokenize splits text into words (lex.Words, Joined: keeping inner
// apostrophes and hyphens, and periods and commas between digits, "3.5").
// A word opens a sentence when a period, "!", "?" or line break precedes it.
func tokenize(text string, fn func(token)) {
	w := lex.Words{Joined: true}
	w.Reset(text)
	start, prev := true, 0
	for w.Next() {
		i, j := w.Span()
		start = start || strings.ContainsAny(text[prev:i], ".!?\n")
		first, _ := utf8.DecodeRuneInString(text[i:])
		word, lower := text[i:j], text[i:j]
		if string(w.Word()) != word {
			lower = string(w.Word())
		}
		fn(token{word: word, lower: lower, capital: unicode.IsUpper(first), digit: w.Digit(), sentStart: start})
		start, prev = false, j
	}
}

// minKeyWords is the least number of content words a sentence needs to be
// matched against the boilerplate table.
const minKeyWords = 1

// extract computes the features of a title and text. Sentences whose key is
// in boiler are skipped.
func (s *stemmer) extract(title, text string, o *Options, boiler map[uint32]bool) features {
	f := features{counts: make(map[string]float64, 128)}
	type pending struct {
		term   string
		weight float64
	}
	var terms []pending // the current sentence's terms
	var stems []string  // its content words in order
	// Entities are runs of capitalized words; a run of one sentence-initial
	// word ("Officials said") is not one.
	var span []string
	spanStart := false
	flush := func() {
		if len(span) > 1 || (len(span) == 1 && !spanStart) {
			terms = append(terms, pending{"@" + strings.Join(span, "_"), o.EntityWeight})
		}
		span = span[:0]
	}
	endSentence := func() {
		flush()
		if len(stems) >= minKeyWords {
			key := sentenceKey(stems)
			f.keys = append(f.keys, key)
			if boiler[key] {
				terms, stems = terms[:0], stems[:0]
				return
			}
		}
		for _, p := range terms {
			f.counts[p.term] += p.weight
		}
		terms, stems = terms[:0], stems[:0]
	}
	content := func(t token) {
		if t.digit {
			terms = append(terms, pending{"#" + t.lower, o.EntityWeight})
			stems = append(stems, t.lower)
			return
		}
		if utf8.RuneCountInString(t.lower) < 2 || lex.IsStopword(t.lower) {
			return
		}
		st := s.Stem(t.lower)
		terms = append(terms, pending{st, 1})
		stems = append(stems, st)
	}
	tokenize(text, func(t token) {
		if t.sentStart {
			endSentence()
		}
		content(t)
		if t.capital && !t.digit && !lex.IsStopword(t.lower) {
			if len(span) == 0 {
				spanStart = t.sentStart
			}
			span = append(span, t.lower)
			return
		}
		flush()
	})
	endSentence()
	tokenize(title, func(t token) {
		if t.digit {
			f.counts["#"+t.lower] += o.EntityWeight
		} else if utf8.RuneCountInString(t.lower) >= 2 && !lex.IsStopword(t.lower) {
			f.counts[s.Stem(t.lower)] += o.TitleWeight
		}
	})
	return f
}
