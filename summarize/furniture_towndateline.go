package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/defect"
	"github.com/chorusnews/chorus/internal/lex"
)

// A page's headline run into an article's opening sentence before a
// dateline whose town no list holds: "Ferry sinks off the cape holm
// tarnwick -- a ferry bound for tarnwick harbour ..." reads "A ferry
// bound for tarnwick harbour ...". cutCityHeadline knows only listed
// cities; here the town's last word comes back in the story, so the
// dash closes a dateline. The cut is made on a reader's summary after
// selection, on a sentence among its article's first
// cityHeadlineSentences (cutTownHeadlines): only the sentence changes.

// townTieWords is how many of the story's first words may not tie it to
// the noun before the dash (townTies: "<noun> -- a <noun> that ...",
// "<noun> -- a chronicle of ..." restate it).
const townTieWords = 5

// townTies after a dash tie the words after it to the noun before it.
var townTies = lex.Set("that", "which", "who", "whom", "whose", "where", "of", "to")

// townHeadWords is how many words before the dash must hold no stopword
// and no punctuation (the town and the headline's end).
const townHeadWords = 3

// cutTownHeadline returns s from the story after its first dash and
// true: the dash stands within cityHeadlineBytes bytes after at least
// townHeadWords+1 words, no aside closes after it (placeDashRest), the
// story opens on "a", "an" or "the", holds cityHeadlineMinRest words or
// more and no tie (townTies) among its first townTieWords words; the word right before the dash (the town, letters only, 4 or
// more) stands in the story again; the townHeadWords words before the
// dash hold no stopword and no punctuation. The story is no furniture
// and does not point back. It returns s and false otherwise.
func cutTownHeadline(s string) (string, bool) {
	at, rest, ok := placeDashRest(s, cityHeadlineBytes, cityHeadlineMinRest)
	if !ok {
		return s, false
	}
	story := lex.SpaceFieldsShared(rest)
	if open := story[0]; open != "a" && open != "an" && open != "the" {
		return s, false
	}
	for _, w := range story[1:min(len(story), townTieWords)] {
		if townTies[lex.Lower(lex.TrimPunct(w, `,.;:!?"“”'‘’()[]`))] {
			return s, false
		}
	}
	head := lex.SpaceFieldsShared(s[:at])
	if len(head) < townHeadWords+1 {
		return s, false
	}
	for _, w := range head[len(head)-townHeadWords:] {
		if lex.IsStopword(lex.Lower(w)) || strings.IndexFunc(w, townNotLetter) >= 0 {
			return s, false
		}
	}
	town := lex.Lower(head[len(head)-1])
	if len(town) < 4 {
		return s, false
	}
	again := false
	for _, w := range story[1:] {
		if trimPossessive(lex.Lower(lex.TrimPunct(w, `,.;:!?"“”'‘’()[]`))) == town {
			again = true
			break
		}
	}
	if !again {
		return s, false
	}
	lede := lex.UpperFirst(strings.TrimSpace(rest))
	if defect.Furniture(lede) != defect.OK || defect.Dangles(lede) {
		return s, false
	}
	return lede, true
}

// townNotLetter reports whether r is no lower-case ASCII letter.
func townNotLetter(r rune) bool { return r < 'a' || r > 'z' }

// cutTownHeadlines cuts, in a reader's summary of lower-cased text, a
// headline and an unlisted town's dateline before the story
// (cutTownHeadline) from each sentence that is one of its article's
// first cityHeadlineSentences sentences. picked holds the facts of the
// summary's sentences in order; when the two do not align, nothing is
// cut.
func (c *cluster) cutTownHeadlines(picked []int, sum *chorus.Summary) {
	if !c.lowerCased() || len(picked) != len(sum.Sentences) {
		return
	}
	for i, f := range picked {
		if c.cands[c.facts[f].rep].pos >= cityHeadlineSentences {
			continue
		}
		text := sum.Sentences[i].Text
		if rest, ok := cutTownHeadline(text); ok && !townNameLost(text[:len(text)-len(rest)], sum, i) {
			sum.Sentences[i].Text = rest
		}
	}
}

// townNameLost reports whether head, the words a cut takes from sentence
// i of sum, holds a listed given name and a surname (maybe after an
// initial) that another sentence of sum names: the cut would take the
// name from the summary's opening and leave that surname unintroduced
// where it first stands.
func townNameLost(head string, sum *chorus.Summary, i int) bool {
	_, words := fieldStarts(head, cityHeadlineBytes)
	for k := 0; k+1 < len(words); k++ {
		if !lex.IsGivenName(words[k]) {
			continue
		}
		surname := words[k+1]
		if len(surname) == 1 && k+2 < len(words) {
			surname = words[k+2] // an initial: "<given> <initial>. <surname>"
		}
		if len(surname) < 3 || lex.IsStopword(surname) {
			continue
		}
		for j, t := range sum.Sentences {
			if j == i {
				continue
			}
			_, ws := fieldStarts(t.Text, 400)
			for _, w := range ws {
				if trimPossessive(w) == surname {
					return true
				}
			}
		}
	}
	return false
}
