package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/truecase"
)

// This file widens raiseGivenNames (truecase_given.go) to a given name
// after no title. The truecaser raises a surname it knows ("Romney",
// "Morgan", "Gandhi") and leaves the word before it low when the model
// never saw that word in cased text: "rival mitt Romney", "interviewer
// piers Morgan", "near kuala Lumpur", "westboro Baptist".
// untitledGiven takes such a word as the name's first word with no
// title before it when the cluster writes it before the same word twice
// at least and in four of five of its uses, and it is shaped as a name:
// no word the model knows (it knows the common nouns and verbs of news,
// "hurricane", "solar", "giant", which stand before a capitalised word
// as often), no ending of a common noun or verb (givenEndings), no two
// common words run together ("supercontinent"), not after "to" (a verb
// the model never saw: "to defund Obamacare"), and not before a people's
// word ("a loopy Canadian"); a family word or a role the model never saw
// is left ("his nephew Brendan"), as are a superlative or a noun in
// "-ee" ("the wettest County", "prison escapee Ada Varga") and the nouns
// of untitledNouns.
//
// Measured against f4cce61 (lower-cased clusters; letter case alone):
// validation 12 of 5,598 summaries changed, all read: 11 better ("Piers
// Morgan Tonight", "the Burj Dubai", "Cenk Uygur", "the Panchen Lama",
// "a Sig Sauer"), 1 the same ("Foie Gras Rossini"), 0 worse.
// Train 1-38,000: 95 changed, all read: 87 better ("Mitt Romney",
// "Kellyanne Conway", "the Malheur National", "Corpus
// Christi", "Seismological Society", "Gale Anne Hurd"),
// 4 the same ("the Pharaoh Khufu", "grand Ayatollah Ali", beside a word
// raised wrongly before: "a Mashup Burger", "a Hawkeye Fan"), 4 worse
// before the guards on "-est", "-ee" and untitledNouns, which leave them
// as they were ("Genus Perdita", "CNN Honcho", "Prison Escapee", "the
// Wettest County"); 1 worse before the kin guard ("his Nephew").
// Left: a name's word after "to" ("to mahatma Gandhi hospital"), one
// ending like a common word ("cate Campbell"), one pair alone.

// untitledNouns are nouns the model never saw that stand before a name
// as a title does: "the genus Perdita", "network honcho Ada Varga".
var untitledNouns = lex.Set("genus", "honcho")

// untitledGiven reports whether the lower-case word w, before the
// capitalised word next (lower-cased) and after the word prev (prevWord),
// is a name's first word with no title before it, as the file's comment
// says; pairUses returns the cluster's counts.
func untitledGiven(w, prev, next string, tc *truecase.Model, pairUses func(a, b string) (int, int)) bool {
	if prev == "to" || truecase.PeopleWord(next) || !lettersOnly(w) || kinWords[w] || roleWords[w] || untitledNouns[w] {
		return false
	}
	if strings.HasSuffix(w, "est") || strings.HasSuffix(w, "ee") {
		return false
	}
	if known, _ := tc.Known(w); known || runTogether(tc, w) {
		return false
	}
	pairs, uses := pairUses(w, next)
	return pairs >= listedPairMin && float64(pairs) >= givenPairShare*float64(uses)
}

// runTogether reports whether the lower-case word w is two common words
// of four letters or more each, written mostly lower-case, run together ("supercontinent",
// "shortstop", "megachurch"), as cased text writes no name.
func runTogether(tc *truecase.Model, w string) bool {
	for k := 4; k+4 <= len(w); k++ {
		if tc.MostlyLower(w[:k]) && tc.MostlyLower(w[k:]) {
			return true
		}
	}
	return false
}
