package story

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
)

// This file turns an article into the features clustering compares: stemmed
// content words of the text and title, named-entity spans and numbers, and
// the word sequence used for near-duplicate shingles.

// maxStemCache bounds the stem cache; past it the cache starts afresh.
const maxStemCache = 1 << 18

// features are the raw counts of one document's terms.
type features struct {
	counts map[string]float64 // term → weighted count
	words  []string           // lower-cased words in order, for shingles
}

// stemmer caches Porter2 stems of lower-cased words.
type stemmer struct{ cache map[string]string }

func (s *stemmer) stem(w string) string {
	if st, ok := s.cache[w]; ok {
		return st
	}
	if s.cache == nil || len(s.cache) >= maxStemCache {
		s.cache = make(map[string]string, 1024)
	}
	st := english.Stem(w, false)
	s.cache[strings.Clone(w)] = st
	return st
}

// token is one word of a text with its case and position facts.
type token struct {
	word      string // as written
	lower     string
	capital   bool // starts with an upper-case letter
	digit     bool // holds a digit
	sentStart bool // first word of a sentence
}

// tokenize splits text into words: runs of letters and digits, keeping
// inner apostrophes, hyphens, periods and commas between digits ("3.5").
func tokenize(text string, fn func(token)) {
	start := true
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			if r == '.' || r == '!' || r == '?' || r == '\n' {
				start = true
			}
			i += size
			continue
		}
		j := i
		digit := false
		for j < len(text) {
			r, size := utf8.DecodeRuneInString(text[j:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				digit = digit || unicode.IsDigit(r)
				j += size
				continue
			}
			if (r == '\'' || r == '-' || r == '.' || r == ',' || r == '’') && j+size < len(text) {
				next, _ := utf8.DecodeRuneInString(text[j+size:])
				prev, _ := utf8.DecodeLastRuneInString(text[:j])
				numeric := unicode.IsDigit(prev) && unicode.IsDigit(next)
				if (r == '.' || r == ',') && !numeric {
					break
				}
				if unicode.IsLetter(next) || unicode.IsDigit(next) {
					j += size
					continue
				}
			}
			break
		}
		w := text[i:j]
		first, _ := utf8.DecodeRuneInString(w)
		fn(token{word: w, lower: strings.ToLower(w), capital: unicode.IsUpper(first), digit: digit, sentStart: start})
		start = false
		i = j
	}
}

// extract computes the features of a title and text.
func (s *stemmer) extract(title, text string, o *Options) features {
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
	content := func(t token, weight float64) {
		if t.digit {
			f.counts["#"+t.lower] += o.EntityWeight
			return
		}
		if utf8.RuneCountInString(t.lower) < 2 || english.IsStopWord(t.lower) {
			return
		}
		f.counts[s.stem(t.lower)] += weight
	}
	tokenize(text, func(t token) {
		f.words = append(f.words, t.lower)
		content(t, 1)
		if t.capital && !t.digit && !english.IsStopWord(t.lower) {
			if t.sentStart {
				flush()
			}
			if len(span) == 0 {
				spanStart = t.sentStart
			}
			span = append(span, t.lower)
			return
		}
		flush()
	})
	flush()
	tokenize(title, func(t token) { content(t, o.TitleWeight) })
	return f
}
