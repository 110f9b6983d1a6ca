package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/truecase"
)

// A picture's caption with no verb that pairs its person with someone or
// something ("Ilse Varga with her two sons in 1998.", "Tomas Rell with
// the mayor of Velmora.", "Sen. Ilse Varga with one of the new ferry
// bells."), or places and dates its person ("ilse varga at the regatta in
// 2016."), in lower-cased text as well as cased. verblessCaption reads a
// name only capitalised, so in a lower-cased cluster it knows names of
// one word alone, and it asks another sentence of the summary to name the
// person. withCaption reads the name by the words cased text writes
// capitalised (not truecase.Model.MostlyLower), and markTeasers flags the caption
// with flagNarrator before selection, so that the budget goes to the next
// sentence: no story sentence is a name and "with" and nothing more.

// Bounds of withCaption.
const (
	withCaptionMaxWords = 14 // the most words of the sentence
	withCaptionMaxName  = 4  // the most words of the name
)

// withCaptionNotVerbs are forms in "-ing" a caption's words may hold: nouns,
// not a verb of the story.
var withCaptionNotVerbs = lex.Set("during", "wedding", "evening", "morning", "building", "meeting", "ceiling",
	"ring", "king", "spring", "thing", "something", "nothing", "everything", "opening", "christening")

// withCaption reports whether s reads as a picture's caption with no verb
// (see above): at most withCaptionMaxWords words ending in a full stop,
// with no quotation mark, colon, semicolon, question or exclamation mark
// or parenthesis; a name of one to withCaptionMaxName words (titles and
// "and" between names, the others given names or words cased text writes
// capitalised more often than not, capitalised themselves in cased text), with no comma or
// possessive; then "with", or another of verblessPreps when a year, a
// month or a weekday follows (withCaptionDated); after it words with
// none of verblessNotTail or subjectCaptionStory ("may" but the month), no "-ed" or "-ing" form (but
// verblessEd, withCaptionNotVerbs) and no scene verb
// (subjectCaptionVerbs, sceneCaptionVerbs).
func withCaption(s string, lower bool) bool {
	t := strings.TrimSpace(s)
	if len(t) < 12 || t[len(t)-1] != '.' || lex.ContainsAny(t, "\"“”:;?!()") {
		return false
	}
	if strings.Count(t, " ") >= 2*withCaptionMaxWords {
		return false // far too long: no need to split it
	}
	f := lex.FirstFields(strings.TrimSuffix(t, "."), withCaptionMaxWords+1) // one more tells a longer sentence
	if len(f) < 3 || len(f) > withCaptionMaxWords {
		return false
	}
	p := -1
	for i := 1; i < len(f) && i <= withCaptionMaxName; i++ {
		if verblessPreps[lex.Lower(f[i])] {
			p = i
			break
		}
	}
	if p < 0 || p+1 >= len(f) || !withCaptionName(f[:p], lower) {
		return false
	}
	if lex.Lower(f[p]) != "with" && !withCaptionDated(f[p+1:]) {
		return false
	}
	for i, raw := range f[p+1:] {
		w := strings.Trim(lex.Lower(raw), ",.")
		switch {
		case w == "may" && !withCaptionMonth(f[p+1:], i):
			return false // the verb
		case verblessNotTail[w] || subjectCaptionStory[w] && w != "may" || strings.HasSuffix(w, "n't") || subjectCaptionVerbs[w] || sceneCaptionVerbs[w] != "":
			return false
		case len(w) >= 4 && strings.HasSuffix(w, "ed") && !verblessEd[w]:
			return false
		case len(w) >= 5 && strings.HasSuffix(w, "ing") && !withCaptionNotVerbs[w]:
			return false
		}
	}
	return true
}

// withCaptionDated reports whether tail, the words after a caption's
// name, holds a year, a weekday or a month after "in" or before a day.
func withCaptionDated(tail []string) bool {
	for i, raw := range tail {
		w := strings.Trim(lex.Lower(raw), ",.")
		if isYear(w) || verblessWeekdays[w] || isMonth(strings.TrimSuffix(w, ".")) && withCaptionMonth(tail, i) {
			return true
		}
	}
	return false
}

// withCaptionMonth reports whether the i-th of tail, a month's name, is
// the month: after "in" or before a figure.
func withCaptionMonth(tail []string, i int) bool {
	return i > 0 && lex.Lower(tail[i-1]) == "in" || i+1 < len(tail) && tail[i+1][0] >= '0' && tail[i+1][0] <= '9'
}

// withCaptionName reports whether name reads as withCaption's name: titles
// (titlesBefore, rankTitles) and "and" between words, the rest given names
// or words truecase.Model.MostlyLower does not hold and no verb's form
// (withCaptionVerbForm), capitalised unless the
// text is lower-cased; one at least neither a title nor "and".
func withCaptionName(name []string, lower bool) bool {
	n := 0
	for i, raw := range name {
		if lex.ContainsAny(raw, ",'’") {
			return false
		}
		w := lex.Lower(raw)
		switch {
		case w == "and":
			if i == 0 || i == len(name)-1 {
				return false
			}
			continue
		case titlesBefore[w] || rankTitles[w]:
			if i == len(name)-1 {
				return false
			}
			continue
		}
		if r, _ := utf8.DecodeRuneInString(raw); !lower && !unicode.IsUpper(r) || !unicode.IsLetter(r) {
			return false
		}
		if !lex.IsGivenName(w) && (truecase.Default().MostlyLower(strings.TrimSuffix(w, ".")) || withCaptionVerbForm(w)) {
			return false // "Dinner with ...", "<name> settles with ...": a word cased text writes lower-case more often
		}
		n++
	}
	return n > 0
}

// withCaptionVerbForm reports whether w (lower case) reads as a verb's
// form the model may not know: a word in "-ed", or one in "-s" whose stem
// ("collaborate", "settle") cased text writes lower-case more often.
func withCaptionVerbForm(w string) bool {
	if len(w) >= 4 && strings.HasSuffix(w, "ed") {
		return true
	}
	if len(w) < 4 || !strings.HasSuffix(w, "s") {
		return false
	}
	m := truecase.Default()
	stem := w[:len(w)-1]
	return m.MostlyLower(stem) || strings.HasSuffix(stem, "e") && m.MostlyLower(stem[:len(stem)-1])
}

// withCaptionAt reports whether candidate i reads as a caption with no
// verb (withCaption) in its cluster's casing.
func (c *cluster) withCaptionAt(i int) bool {
	return withCaption(c.cands[i].text, c.lowerCased())
}
