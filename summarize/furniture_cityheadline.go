package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/clean"
	"github.com/chorusnews/chorus/internal/lex"
)

// A page's headline, label or credit run into an article's opening
// sentence before a one-city dateline, in lower-cased text: "Ferry
// sinks off the cape tarnwick — a ferry carrying forty people ...",
// "| ap washington -- the council ...", "<label> washington —
// ...". cutHeadedDateline (furniture.go) cuts such a head
// before selection when the dateline names a region too ("tarnwick,
// vt."); a city alone is cut here, after selection, from a chosen
// sentence that opened its article (cutCityHeadlines), so no other
// sentence moves.

// Bounds of cutCityHeadline: how far into the sentence the dash may
// stand, the most words of the city, and the story's fewest words.
const (
	cityHeadlineBytes   = 200
	cityHeadlineWords   = 3
	cityHeadlineMinRest = 8
)

// cityHeadlineSentences is how many of an article's first sentences may
// hold a headline before its dateline (captions and credits may come
// first).
const cityHeadlineSentences = 3

// cutCityHeadline returns s without the words before a dateline's dash
// and the dateline, and true: the first dash of s (placeDashes) within
// cityHeadlineBytes bytes follows a city a dateline names
// (clean.IsDatelinePlace, at most cityHeadlineWords words) with at least
// one word before it, and that word is no preposition, conjunction,
// determiner or possessive and ends with no comma ("... flew back to
// washington -- and ...", "... her los angeles – area studio ..." are the
// sentence's own); after the dash a story of at least
// cityHeadlineMinRest words opens in lower case, on no conjunction or
// relative word, on no second half of a compound ("... new york –
// style ..."), with no second dash closing an aside (asideDash). s and
// false otherwise.
func cutCityHeadline(s string) (string, bool) {
	at, rest, ok := placeDashRest(s, cityHeadlineBytes, cityHeadlineMinRest)
	if !ok {
		return s, false
	}
	if f := lex.SpaceFieldsShared(rest); cityRestOpeners[lex.Lower(f[0])] || cityCompounds[lex.Lower(f[0])] {
		return s, false
	}
	words := lex.SpaceFieldsShared(s[:at])
	k := 0
	for n := min(cityHeadlineWords, len(words)-1); n >= 1; n-- {
		if clean.IsDatelinePlace(strings.Join(words[len(words)-n:], " ")) {
			k = n
			break
		}
	}
	if k == 0 {
		return s, false
	}
	before := lex.Lower(words[len(words)-k-1])
	if datelinePrepositions[before] || cityDeterminers[before] || strings.HasSuffix(before, ",") ||
		strings.HasSuffix(before, "'s") || strings.HasSuffix(before, "’s") {
		return s, false
	}
	return upperOpening(strings.TrimSpace(rest)), true
}

// cityDeterminers before a city make it the sentence's own ("the new
// york — ...", "his london — ...").
var cityDeterminers = lex.Set("the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that",
	"these", "those", "over", "about", "against", "toward", "towards", "via", "like", "than", "under", "on")

// cityRestOpeners after a dash go on the sentence before it: no story
// opens on them.
var cityRestOpeners = lex.Set("and", "but", "or", "nor", "which", "who", "whom", "whose", "where", "when", "while",
	"not", "so", "yet", "then", "as", "if", "because", "including", "especially", "even", "plus")

// cityCompounds after a city and a dash make one word with it ("new
// york – style", "los angeles – area").
var cityCompounds = lex.Set("style", "area", "based", "born", "bound", "era", "type", "esque", "like",
	"bred", "centric", "headquartered")

// cutCityHeadlines cuts, in a reader's summary of lower-cased text, a
// headline and dateline before the story (cutCityHeadline) from each
// sentence that is one of its article's first cityHeadlineSentences
// sentences. picked holds the facts of the summary's sentences in order;
// when the two do not align (quotations joined), nothing is cut.
func (c *cluster) cutCityHeadlines(picked []int, sum *chorus.Summary) {
	if !c.lowerCased() || len(picked) != len(sum.Sentences) {
		return
	}
	for i, f := range picked {
		if c.cands[c.facts[f].rep].pos >= cityHeadlineSentences {
			continue
		}
		if rest, ok := cutCityHeadline(sum.Sentences[i].Text); ok {
			sum.Sentences[i].Text = rest
		}
	}
}
