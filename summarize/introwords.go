package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the attribution stage: a reader's summary sentence
// that opens with "The X" and a verb ("The source said ...", "The report
// says ...") points back to an X its article introduced in the sentence
// just before ("... according to a senior port official.", "A new report
// from the Velmora institute found ..."). When the summary so far never
// names X, the reader asks which one. Dropping the sentence loses its
// fact; instead, when that previous sentence introduces X exactly once,
// as "a"/"an", one to introWordsMods plain modifiers and X (the article
// alone tells no more than "the"), or as "a X of ..." (introof.go), the
// opening takes those introducing words: "A senior port official said ...". The words are the article's
// own; nothing else changes.

// introWordsMods is the most modifiers between the article and the noun
// an introduction may hold ("a senior port official").
const introWordsMods = 3

// introWordsVerbs are the words after "The X" that show X is the whole
// subject: verbs of being, having and saying, and auxiliaries.
var introWordsVerbs = lex.Set("said", "says", "is", "was", "are", "were", "has", "had", "have", "will",
	"would", "could", "can", "may", "might", "should", "did", "does", "told", "also", "added", "reported",
	"found", "shows", "showed", "claimed", "noted", "confirmed", "called", "estimated")

// introduceDefinites gives each sentence of sum that opens "The X <verb>"
// (introWordsSubject) the words its article's previous sentence
// introduced X with (introWordsFor), when no earlier sentence of sum
// names X or a word of its stem (introWordsNamed: "offered" before "The
// offer") and no later word of the sentence itself names X, and adds the
// words it writes to sum.Words. It runs before any other rewrite of the sentence
// but the quote credits', whose text must still be its candidate's.
func (c *cluster) introduceDefinites(sum *chorus.Summary) {
	var before strings.Builder // the summary so far, lower case
	for i := range sum.Sentences {
		s := sum.Sentences[i].Text
		if noun, ok := introWordsSubject(s); ok && !introWordsNamed(before.String(), noun) {
			rest, plain := strings.CutPrefix(s, "The "+noun+" ") // the sentence after "The X"
			if ci := c.candIndex(s); plain && ci >= 0 && !containsWord(lex.Lower(rest), noun) {
				if intro, ok := introWordsFor(c.prevSentence(&c.cands[ci]), noun); ok {
					t := capitalizeFirst(intro) + " " + rest
					sum.Words += countWords(t) - countWords(s)
					sum.Sentences[i].Text = t
					s = t
				}
			}
		}
		before.WriteString(lex.Lower(s))
		before.WriteByte(' ')
	}
}

// introWordsSubject returns X of a sentence s opening "The X <verb>"
// (introWordsVerbs, a past form in -ed or an irregular past: pastForms),
// X one plain lower-case word.
func introWordsSubject(s string) (string, bool) {
	f := lex.SpaceFieldsShared(s)
	if len(f) < 4 || f[0] != "The" || !plainLower(f[1]) || len(f[1]) < 3 || lex.IsStopword(f[1]) {
		return "", false
	}
	if v := f[2]; !plainLower(v) || !introWordsVerbs[v] && !(strings.HasSuffix(v, "ed") && len(v) > 4) && !pastForms[v] {
		return "", false
	}
	return f[1], true
}

// introWordsFor returns the noun phrase of prev, lower case, that
// introduces noun: "a" or "an", one to introWordsMods plain lower-case
// words that are no stopwords, and noun, ending there (a comma, a full
// stop or a word that does not go on with it may follow; a possessive or
// a hyphen does not). It reports false when prev writes noun other than
// in that one phrase: two mentions may be two things.
func introWordsFor(prev, noun string) (string, bool) {
	f := lex.SpaceFields(lex.Lower(prev))
	found, at := "", -1
	for j, w := range f {
		core, punct := lowerCore(w)
		if core != noun && !strings.Contains(w, noun) {
			continue
		}
		if core != noun || at >= 0 || punct && !strings.HasSuffix(w, ",") && !strings.HasSuffix(w, ".") {
			return "", false // "officials", "official's", or a second mention
		}
		at = j
		k := introArticle(f, j)
		if k < 0 {
			return "", false // no article
		}
		if k == j-1 {
			// "a grave": the article alone tells no more than "the",
			// but "a group of 40 pilots" does (introof.go).
			of, ok := introOf(f, lex.SpaceFieldsShared(prev), k, j)
			if !ok {
				return "", false
			}
			found = of
			continue
		}
		found = strings.Join(append(f[k:j:j], noun), " ")
	}
	return found, found != ""
}

// introWordsNamed reports whether before (lower case) writes noun or a
// word opening with its stem, noun less its last two letters but at
// least four ("offered", "offering" for "offer"; "reporters" for
// "report"): the summary may have told X by its verb or kin. A person
// noun ("man", "woman": maleCue, femaleCue) counts as named too when
// before writes a pronoun of that gender.
func introWordsNamed(before, noun string) bool {
	if maleCue[noun] || femaleCue[noun] {
		for _, w := range lex.LetterWords(before, -1) {
			if maleCue[noun] && (w == "he" || w == "him" || w == "his") || femaleCue[noun] && (w == "she" || w == "her") {
				return true // "..., he drove off. The man ...": the one the pronoun stood for
			}
		}
	}
	stem := noun[:min(len(noun), max(4, len(noun)-2))]
	for _, w := range lex.LetterWords(before, -1) {
		if strings.HasPrefix(w, stem) {
			return true
		}
	}
	return false
}

// introArticle returns the index in f of the "a" or "an" that opens the
// noun phrase ending before f[j], with at most introWordsMods + 1 plain
// lower-case modifiers between ("a local man"), or -1 when there is none.
func introArticle(f []string, j int) int {
	k := j - 1
	for ; k >= 0 && j-k <= introWordsMods+1; k-- {
		if f[k] == "a" || f[k] == "an" {
			return k
		}
		if !plainLower(f[k]) || lex.IsStopword(f[k]) || verbForm(f[k]) {
			return -1
		}
	}
	if k >= 0 && (f[k] == "a" || f[k] == "an") {
		return k // the word past the last modifier counted
	}
	return -1
}
