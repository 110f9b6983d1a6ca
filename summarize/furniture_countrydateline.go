package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/clean"
	"github.com/chorusnews/chorus/internal/lex"
)

// A wire dateline that lost its agency tag and its dash, run into a story
// whose subject is the dateline's country: "Tarnwick Vellonia said on
// Monday ...", "Tarnwick Vellonia's foreign ministry has ...". A city's
// name never stands before a country's name with no comma between them in
// a sentence of a story, so the city is the dateline. cutCountryDateline
// cuts it when the country is a listed one (datelineRegionNames) and a
// lower-case word or its possessive follows ("Tarnwick Vellonia Airlines
// said ..." keeps its company's name in cased text; in lower-cased text,
// "Tarnwick vellonia airlines said ..." loses only the dateline). Cut after selection
// (cutFrontDatelines), so no other sentence moves, in cased clusters too.
// Measured against 2e04780 on Multi-News default summaries: validation 5
// of 5,598 change, 5 better / 0 worse / 0 same ("<city> China's ruling
// party ...", "<city> Ukraine accused ..."); train 1-38,000: the rule
// applied to the base summaries cuts 41 sentences, all read, all better
// (US states too: "<city> Georgia's only ...", "<city> Oklahoma inmate
// ..."; a capital's name for its government stays: "<city> Washington
// stuck to its demand" reads "Washington stuck ..."). Known misses: a
// company or agency after the city ("<city> Asiana Airlines said").
// Fill ROUGE is unchanged (a reader's summary only).

// cutCountryDateline returns s without a listed dateline city
// (clean.IsDatelinePlace, at most bareDatelineWords words) that a
// country's name of up to three words follows, the country's last word
// either a possessive ("China's") or followed by a word in lower case,
// and true; at least fusedLedeMinWords words must remain. s and false
// otherwise.
func cutCountryDateline(s string) (string, bool) {
	if len(s) < 40 {
		return s, false
	}
	var buf [bareDatelineWords + 5]string
	f := buf[:0]
	for w := range lex.FieldsSeq(s[:min(len(s), 100)]) {
		if f = append(f, w); len(f) == len(buf) {
			break
		}
	}
	for k := 1; k <= bareDatelineWords && k < len(f); k++ {
		if !clean.IsDatelinePlace(strings.Join(f[:k], " ")) {
			continue
		}
		for m := 1; m <= 3 && k+m <= len(f); m++ {
			last := f[k+m-1]
			bare, poss := strings.CutSuffix(last, "'s")
			if !poss {
				bare, poss = strings.CutSuffix(last, "’s")
			}
			name := lex.Lower(strings.Join(append(f[k:k+m-1:k+m-1], bare), " "))
			if !datelineRegionNames[name] || strings.Contains(name, ".") {
				continue
			}
			if !poss && (k+m >= len(f) || !startsLower(f[k+m])) {
				return s, false // "<city> <country> Airlines said ...": a name
			}
			rest := afterFields(s, k)
			if countWords(rest) < fusedLedeMinWords {
				return s, false
			}
			return lex.UpperFirst(rest), true
		}
		return s, false
	}
	return s, false
}
