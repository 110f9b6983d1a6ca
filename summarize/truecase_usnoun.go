package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the reading stage's last step, after raiseUS. A
// lower-cased cluster writes the country as "us" after a preposition, a
// count or a comma too, where raiseUS leaves it for the pronoun: "four
// other us soldiers", "wanted by us authorities", "under us law". The
// word after it settles it: a pronoun is not followed by "officials",
// "troops" or "embassy". raiseUSBeforeNoun writes "US" where "us" (or
// an opening "Us") comes before a noun of the state (usCountryNouns) and
// after no verb that takes two objects or a bare infinitive
// (usPronounVerbs: "told us officials were …", "gave us intelligence",
// "let us trade" stay).
//
// Measured against da7d85e (letter case alone): validation 24 of 5,598
// summaries changed, every raised word read in its sentence: 24 better
// ("by US authorities", "12,700 US troops", "genuine US visas", "say US
// researchers"); train 1-38,000: 154 changed, every raised word listed
// with the word before it and the doubtful ones read ("proposed to US
// military officials", "meet US officials", "handed to US forces"): all
// right. Left: "us" before another word ("us weekly" is raiseUS's),
// where the pronoun reads as well.

// usCountryNouns are the words after "us" that make it the country.
var usCountryNouns = lex.Set("officials", "official", "authorities", "forces", "troops", "soldiers",
	"military", "intelligence", "government", "embassy", "diplomats", "diplomat", "diplomatic",
	"sanctions", "attorney", "attorneys", "district", "president", "presidential", "citizens",
	"citizen", "history", "politics", "journalist", "journalists", "researchers", "immigration",
	"marshals", "navy", "army", "defence", "defense", "envoy", "ambassador", "senator", "senators",
	"congress", "senate", "economy", "treasury", "commander", "commanders", "drone", "drones",
	"airstrikes", "warship", "warships", "allies", "ally", "regulators", "prosecutors", "lawmakers",
	"consulate", "administration", "election", "elections", "stocks", "markets", "dollar", "border",
	"territory", "soil", "mainland", "states", "state", "courts", "court", "supreme", "federal",
	"visas", "visa", "communications", "companies", "firms", "banks", "law", "laws", "policy", "trade",
	"special", "agency", "agencies", "department", "secretary", "ambassadors", "space")

// usPronounVerbs are the words before "us" after which it may be the
// pronoun even before such a noun: verbs of two objects ("told us
// officials were …", "gave us intelligence") or of a bare infinitive.
var usPronounVerbs = lex.Set("tell", "tells", "told", "telling", "give", "gives", "gave", "given", "giving",
	"show", "shows", "showed", "shown", "send", "sends", "sent", "offer", "offers", "offered",
	"teach", "teaches", "taught", "bring", "brings", "brought", "owe", "owes", "owed", "hand", "handed",
	"promise", "promised", "let", "lets", "help", "helps", "helped", "make", "makes", "made",
	"have", "has", "had", "see", "saw", "seen", "hear", "heard", "watch", "watched", "join", "joined",
	"keep", "keeps", "kept", "leave", "left", "get", "gets", "got", "remind", "reminded", "cost", "costs")

// raiseUSBeforeNoun writes the country "us" before a noun of the state
// in the sentences, voice statements and claims of sum; see the file
// comment.
func raiseUSBeforeNoun(sum *chorus.Summary) {
	rewriteTexts(sum, raiseUSBeforeNounIn)
}

// raiseUSBeforeNounIn is raiseUSBeforeNoun for one text.
func raiseUSBeforeNounIn(s string) string {
	if !strings.Contains(s, "us ") && !strings.HasPrefix(s, "Us ") {
		return s
	}
	return recaseWords(s, func(i, j int) (string, bool) {
		w := s[i:j]
		if w != "us" && !(w == "Us" && i == 0) || !noAddress(s, i, j) || i > 0 && s[i-1] != ' ' {
			return "", false
		}
		if j+1 >= len(s) || s[j] != ' ' || !usCountryNouns[nextLetterWord(s, j+1)] {
			return "", false
		}
		if usPronounVerbs[strings.ToLower(letterWordBefore(s, i))] {
			return "", false // "told us officials were …"
		}
		return "US", true
	})
}

// nextLetterWord returns the lower-case ASCII letters of the word that
// starts at s[k], or "" when it holds another character before its end.
func nextLetterWord(s string, k int) string {
	e := k
	for e < len(s) && isASCIILetter(s[e]) {
		e++
	}
	if e == k || e < len(s) && (isAlnumASCII(s[e]) || s[e] >= 0x80 || s[e] == '-' || s[e] == '\'') {
		return ""
	}
	return strings.ToLower(s[k:e])
}
