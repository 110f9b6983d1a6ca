package lang

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
)

// Check applies Chorus's language policy to one article's text. It returns
// nil for text that may be summarized: English (plainly so, see
// plainlyEnglish, or as Detect finds it), or text too short or too unclear
// for a sure call (see Detection.Sure). For text surely in another
// language it returns an *chorus.Error with code EINVALID and the message
// "unsupported language: French (fr); Chorus summarizes English".
func Check(text string) error {
	if d, ok := refused(text); ok {
		return unsupported([]Detection{d})
	}
	return nil
}

// refused reports whether the policy refuses text, with the language found
// in its opening. Text is refused when its opening (what Detect reads) is
// surely in another language, save that a mixed text is kept: one whose
// opening is a list of names rather than prose (see listLike), or one with
// English in a later part (an English article under a foreign embed notice,
// quote or summary; see englishLater).
func refused(text string) (Detection, bool) {
	if plainlyEnglish(text) || tooShort(text) {
		return Detection{}, false
	}
	d := Detect(text)
	if !d.Sure() || d.English() || listLike(opening(text)) || englishLater(text) {
		return d, false
	}
	return d, true
}

// laterParts is how many parts of maxBytes after the opening englishLater
// reads at most: a refusal costs at most this many more detections.
const laterParts = 4

// englishLater reports whether one of the first laterParts parts of text
// after its opening, each maxBytes long, is English: plainly so, or surely
// so by the detector.
func englishLater(text string) bool {
	for k := 1; k <= laterParts; k++ {
		start := k * maxBytes
		for start < len(text) && !utf8.RuneStart(text[start]) {
			start++
		}
		if start >= len(text) {
			return false
		}
		part := opening(text[start:])
		if plainlyEnglish(part) {
			return true
		}
		if d := Detect(part); d.Sure() && d.English() {
			return true
		}
	}
	return false
}

// minShortWords is the least share of words of at most three letters a
// text in Latin script needs to be read as prose: articles, pronouns,
// prepositions and conjunctions are that short in every language the
// detector reads in Latin script, and make a third of the words of prose,
// while a run of place names ("alabama alaska arizona ...") has almost none,
// and the detector calls such a list at random.
const minShortWords = 0.1

// listLike reports whether text, in Latin script, has too few short words
// to be prose (see minShortWords).
func listLike(text string) bool {
	if detectScript(text) != unicode.Latin {
		return false
	}
	words, short := 0, 0
	run := 0
	for _, r := range text + " " {
		if unicode.IsLetter(r) {
			run++
			continue
		}
		if run > 0 {
			words++
			if run <= 3 {
				short++
			}
		}
		run = 0
	}
	return words > 0 && float64(short) < minShortWords*float64(words)
}

// tooShort reports whether the opening of text that Detect reads has
// fewer than MinWords words: no detection of it is Sure, so it is kept
// without running the detector (a tenth of the articles it would read on
// Multi-News validation).
func tooShort(text string) bool { return countWords(opening(text)) < MinWords }

// Dropped is an article that Filter left out of its cluster.
type Dropped struct {
	// Article is the article left out.
	Article chorus.Article
	// Language is the language found in its text.
	Language Detection
	// Err is Check's error for it.
	Err error
}

// Filter applies Check to each article of c. It returns c with the refused
// articles left out (input order kept) and the articles it left out. When
// every article of a non-empty cluster is refused it returns an
// *chorus.Error with code EINVALID naming their languages, in order of
// first appearance, and no cluster.
func Filter(c chorus.Cluster) (chorus.Cluster, []Dropped, error) {
	var dropped []Dropped
	kept := make([]chorus.Article, 0, len(c.Articles))
	for _, a := range c.Articles {
		d, ok := refused(a.Text)
		if !ok {
			kept = append(kept, a)
			continue
		}
		dropped = append(dropped, Dropped{Article: a, Language: d, Err: unsupported([]Detection{d})})
	}
	if len(dropped) == 0 {
		return c, nil, nil
	}
	if len(kept) == 0 {
		langs := make([]Detection, len(dropped))
		for i, d := range dropped {
			langs[i] = d.Language
		}
		return chorus.Cluster{}, dropped, unsupported(langs)
	}
	c.Articles = kept
	return c, dropped, nil
}

// unsupported is the policy's refusal of the languages of ds, each named
// once, in order of first appearance.
func unsupported(ds []Detection) error {
	var names []string
	seen := map[string]bool{}
	for _, d := range ds {
		if !seen[d.Code] {
			seen[d.Code] = true
			names = append(names, d.String())
		}
	}
	noun := "language"
	if len(names) > 1 {
		noun = "languages"
	}
	return chorus.Errorf(chorus.EINVALID, "unsupported %s: %s; Chorus summarizes English", noun, strings.Join(names, ", "))
}
