package story

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
)

// This file turns an article into the features clustering compares: stemmed
// content words of the text and title, named-entity spans and numbers, and
// the sentences' content-word sets used to find copies. Sentences of known
// web boilerplate (cookie notices, "Tweet with a location", crawl notes) are
// left out of all of them.

// maxStemCache bounds the stem cache; past it the cache starts afresh.
const maxStemCache = 1 << 18

// features are the raw counts of one document's terms.
type features struct {
	counts map[string]float64 // term → weighted count
	sents  []sentence         // content-word sets of the kept sentences
	keys   []uint32           // keys of all sentences with content words
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
		if len(stems) > 0 {
			f.sents = append(f.sents, newSentence(stems))
		}
		terms, stems = terms[:0], stems[:0]
	}
	content := func(t token) {
		if t.digit {
			terms = append(terms, pending{"#" + t.lower, o.EntityWeight})
			stems = append(stems, t.lower)
			return
		}
		if utf8.RuneCountInString(t.lower) < 2 || english.IsStopWord(t.lower) {
			return
		}
		st := s.stem(t.lower)
		terms = append(terms, pending{st, 1})
		stems = append(stems, st)
	}
	tokenize(text, func(t token) {
		if t.sentStart {
			endSentence()
		}
		content(t)
		if t.capital && !t.digit && !english.IsStopWord(t.lower) {
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
		} else if utf8.RuneCountInString(t.lower) >= 2 && !english.IsStopWord(t.lower) {
			f.counts[s.stem(t.lower)] += o.TitleWeight
		}
	})
	return f
}
