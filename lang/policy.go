package lang

import (
	"strings"

	"github.com/chorusnews/chorus"
)

// Check applies Chorus's language policy to one article's text. It returns
// nil for text that may be summarized: English (plainly so, see
// plainlyEnglish, or as Detect finds it), or text too short or too unclear
// for a sure call (see Detection.Sure). For text surely in another
// language it returns an *chorus.Error with code EINVALID and the message
// "unsupported language: French (fr); Chorus summarizes English".
func Check(text string) error {
	if plainlyEnglish(text) || tooShort(text) {
		return nil
	}
	d := Detect(text)
	if !d.Sure() || d.English() {
		return nil
	}
	return unsupported([]Detection{d})
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
		if plainlyEnglish(a.Text) || tooShort(a.Text) {
			kept = append(kept, a)
			continue
		}
		d := Detect(a.Text)
		if !d.Sure() || d.English() {
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
