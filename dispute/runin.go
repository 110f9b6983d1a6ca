package dispute

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A page's headline, and its standfirst, can run into the first sentence
// of an article with no stop between them: "Singer says he was joking
// after clip shows him at the border Sir Ian Marsh has denied staging
// the stunt ...". The subject of such a denial is the lede's, the few
// words before its verb that a title opens ("Sir Ian Marsh", "the
// architect Ola Brandt"), and the denial is the lede alone: what the
// headline says before it is no part of it (runInLede).

// ledeTitles open the subject of a lede run into a headline: a title or
// the article of a described name ("the architect Ola Brandt").
var ledeTitles = lex.Set("sir", "dame", "lord", "lady", "the")

// runInLede returns where the lede of a document's first sentence s
// starts when a headline runs into it before its verb of denial v, or
// -1: two to four words before the verb (and its auxiliary and adverbs),
// opened by a title (ledeTitles; written capitalised in cased text), with
// no word of a clause among them, after six headline words or more that
// end in a word of substance (not "that", "and", "said", a preposition),
// and the subject of the whole sentence is none (subjectOf).
func runInLede(s sentence, v int) int {
	if s.pos != 0 || v < 9 {
		return -1
	}
	if who, _ := subjectOf(s, v); who != "" {
		return -1
	}
	end := v
	for end > 0 && adverbs[s.words[end-1]] {
		end--
	}
	cased := lex.Cased(s.text)
	for l := end - 2; l >= end-4 && l >= 7; l-- {
		if !ledeTitles[s.words[l]] {
			continue
		}
		if cased && !upper(s.orig[l]) {
			return -1
		}
		for _, w := range s.words[l+1 : end] {
			if w == "," || lex.IsStopword(w) || pronouns[w] || isNumber(w) || prepositions[w] || claimVerbs[w] || sayVerbs[w] {
				return -1
			}
		}
		before := s.words[l-1]
		if before == "," || lex.IsStopword(before) || prepositions[before] || claimVerbs[before] || sayVerbs[before] ||
			subordinators[before] || connectives[before] {
			return -1
		}
		return l
	}
	return -1
}

// upper reports a word written with a capital first letter.
func upper(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }

// ledeOf returns the lede of s from its word l on (runInLede) as a
// sentence of its own: its text cut from the headline's, its own words
// and content terms, and no speaker of the attribution, which read the
// whole sentence.
func ledeOf(s sentence, l int) sentence {
	fields := lex.SpaceFieldsShared(s.text)
	at, n := 0, 0
	for i, f := range fields {
		low, _ := tokens(f)
		if n+len(low) > l {
			at = i
			break
		}
		n += len(low)
	}
	t := s
	t.text = lex.UpperFirst(strings.Join(fields[at:], " "))
	t.words, t.orig = tokens(t.text)
	t.pos, t.idx = -1, -1-s.idx
	t.c.terms[t.idx] = lex.ContentTerms(nil, &t.c.lw, t.text)
	return t
}
