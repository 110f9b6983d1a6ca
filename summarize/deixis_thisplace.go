package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file extends deixis.go's "here" to its written-out form. Wire copy
// under a dateline names the dateline's place as "this" and a kind of
// place: "heir to a brewing family in this medieval city", "arrived at a
// clinic in this lakeside suburb". The cleaner cuts the dateline (clean
// drops it), and read in a summary the phrase points at a place the
// reader was never told. In a reader's summary, "this" and at most three
// words before a noun of a town-sized place (thisPlaceNouns) outside
// quotation marks is written "the ... of" the dateline's place
// (articlePlace): "in the medieval city of Bruges". A province, a state,
// a country or an island is not the dateline's town (an island's
// dateline names its town) and keeps its words, as do a sentence that
// names the place already, a possessive ("this city's") and a speaker's
// own words ("I", "my").
//
// Measured against 2093563 (default summaries): validation 3 of 5,598
// changed, read all: 3 better (a resort, a suburb and a medieval city
// named). Train 1-38,000, every cluster whose summary holds "this" before
// such a noun (49 run): 5 changed, read all: 5 better (a port city, a
// state's small city, a southern city, a Texas city, a regional capital
// named), none worse. The bare form was tried and left out: of 3 train
// summaries it changed, 1 named the wrong city (a photo caption's
// "lashed this city" under another city's dateline). Runs after
// selection on the chosen sentences, so it moves no choice; Fill, and so
// ROUGE, is unchanged.

// thisPlaceNouns are the kinds of place a dateline's city or town is.
var thisPlaceNouns = lex.Set("city", "town", "village", "suburb", "hamlet", "port", "resort", "capital",
	"enclave", "outpost")

// thisPlaceMax is the most words between "this" and its place noun:
// "this small seaside town", "this Quebec resort".
const thisPlaceMax = 3

// placeThisPlaces writes, in a reader's summary, the "this <kind of
// place>" of each sentence as the place of its article's dateline
// (placeThis). It runs on the sentences chosen, after selection, so that
// the words it adds move no choice.
func (c *cluster) placeThisPlaces(picked []int, sum *chorus.Summary) {
	rewritePicked(picked, sum, func(i int, s string) (string, bool) {
		cd := &c.cands[c.facts[picked[i]].rep]
		if cd.doc < 0 || cd.doc >= len(c.docs) || c.docs[cd.doc].place == "" {
			return "", false
		}
		t := placeThis(s, c.docs[cd.doc].place)
		return t, t != s
	})
}

// placeThis returns s with its "this <description> <kind of place>"
// written as place (thisPlaceNouns): "this medieval city" as "the
// medieval city of Bruges". A bare "this city" stays: read on train, it
// was a photo caption's city as often as the dateline's. It returns s
// unchanged when place is "", s names it already, its quotation marks do
// not pair, a word of the speaker's own ("I", "my") stands in it, or the
// noun says which itself ("this town of 4,000 people", "this town that
// ...").
func placeThis(s, place string) string {
	if place == "" || !strings.Contains(s, "this ") && !strings.HasPrefix(s, "This ") {
		return s
	}
	if strings.Contains(lex.Lower(s), lex.Lower(place)) || !pairedQuotes(s) || firstPerson(lex.LetterWords(s, 60)) {
		return s
	}
	fields := lex.SpaceFieldsShared(s)
	quoted := quotedFields(fields)
	for i := 0; i+1 < len(fields); i++ {
		if quoted[i] || fields[i] != "this" && !(i == 0 && fields[i] == "This") {
			continue
		}
		k := thisPlaceNoun(fields, i)
		if k <= i+1 || quoted[k] {
			continue // none, or "this city" alone: a caption's or an idiom's ("this town" for a capital's politics) as often as the dateline's
		}
		w := fields[k]
		core := strings.TrimRight(w, ",.;:!?")
		if core == w && k+1 < len(fields) && thisPlaceSays[lex.Lower(fields[k+1])] {
			continue // "this town of 4,000 people", "this town that sits ..."
		}
		the := "the"
		if i == 0 {
			the = "The"
		}
		out := make([]string, 0, len(fields)+3)
		out = append(out, fields[:i]...)
		out = append(out, the)
		out = append(out, fields[i+1:k]...)
		out = append(out, core, "of", place+w[len(core):])
		out = append(out, fields[k+1:]...)
		return strings.Join(out, " ")
	}
	return s
}

// thisPlaceNoun returns the index in fields of the place noun
// (thisPlaceNouns) that ends the phrase opened by "this" at i, after at
// most thisPlaceMax words of letters (lettersOnly) that are not stopwords ("this small
// seaside town", "this port city": the last noun), or -1.
func thisPlaceNoun(fields []string, i int) int {
	for k := i + 1; k < len(fields) && k <= i+thisPlaceMax+1; k++ {
		w := fields[k]
		core := strings.TrimRight(w, ",.;:!?")
		if thisPlaceNouns[core] {
			if core == w && k+1 < len(fields) && thisPlaceNouns[strings.TrimRight(fields[k+1], ",.;:!?")] {
				continue // "this port city"
			}
			return k
		}
		if core != w || !lettersOnly(w) || lex.IsStopword(lex.Lower(w)) {
			return -1 // a mark, a number, a possessive or a function word: "this city's", "this week in the city"
		}
	}
	return -1
}

// thisPlaceSays are the words after a place noun that say which place it
// is in the sentence's own words.
var thisPlaceSays = lex.Set("of", "that", "which", "where", "who", "whose", "called", "named")
