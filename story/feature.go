package story

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus/internal/copies"
	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/summarize"
)

// This file turns an article into the features clustering compares: stemmed
// content words of the text and title, named-entity spans and numbers, and
// the sentences the copy test compares. The text is read as the summarizer
// reads it (package copies: cleaned paragraphs split into sentences), and
// the sentences of the summarizer's learned boilerplate table (cookie
// notices, "Tweet with a location", crawl notes) are left out of all of
// them.

// features are the raw counts of one document's terms.
type features struct {
	counts map[string]float64 // term → weighted count
	sents  [][]uint64         // content-term sets of the kept sentences (copies.Read)
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

// extract computes the features of a title and text. Page furniture and the
// sentences bp holds (nil holds none) are left out.
func (s *stemmer) extract(title, text string, o *Options, bp *summarize.Boilerplate) features {
	f := features{counts: make(map[string]float64, 128)}
	// Entities are runs of capitalized words; a run of one sentence-initial
	// word ("Officials said") is not one.
	var span []string
	spanStart := false
	flush := func() {
		if len(span) > 1 || (len(span) == 1 && !spanStart) {
			f.counts["@"+strings.Join(span, "_")] += o.EntityWeight
		}
		span = span[:0]
	}
	word := func(t token) {
		if t.sentStart {
			flush()
		}
		switch {
		case t.digit:
			f.counts["#"+t.lower] += o.EntityWeight
		case utf8.RuneCountInString(t.lower) >= 2 && !lex.IsStopword(t.lower):
			f.counts[s.Stem(t.lower)]++
		}
		if t.capital && !t.digit && !lex.IsStopword(t.lower) {
			if len(span) == 0 {
				spanStart = t.sentStart
			}
			span = append(span, t.lower)
			return
		}
		flush()
	}
	f.sents = copies.Read(text, bp.Holds, func(sent string) {
		tokenize(sent, word)
		flush()
	})
	tokenize(title, func(t token) {
		if t.digit {
			f.counts["#"+t.lower] += o.EntityWeight
		} else if utf8.RuneCountInString(t.lower) >= 2 && !lex.IsStopword(t.lower) {
			f.counts[s.Stem(t.lower)] += o.TitleWeight
		}
	})
	return f
}
