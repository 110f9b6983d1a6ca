package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/truecase"
)

// This file belongs to the reading stage's last step, after the other
// case rules. The truecaser raises a word only on strong odds, and a
// word cased text writes capitalised eleven times in twelve falls short
// of them in some neighbours' company: "turkish officials", "on
// christmas day", "a jedi knight". raiseListedNames writes, wherever it
// stands as a word of its own, a word the spelling list holds
// capitalised alone and cased text writes capitalised at least ten
// times, ten times as often as in lower case (truecase.Model.ListedForm):
// "Turkish officials", "on Christmas day", "a Jedi knight", "the API".
// A part of a hyphened word is left ("syrian-turkish"): the parts are
// raised together or not at all.
//
// Measured against 703f313: validation 16 of 5,599 summaries changed,
// letter case alone, every one of the 19 words changed read: 19 right
// ("Turkish" 10, "Christmas" 4, "Mozilla" 2, "Jedi" 2; "a Turkish
// airlines flight" still half the airline's name); 16 better. Train
// 1-38,000: 102 of 37,861 summaries changed (128 words: 72 "Turkish",
// 35 "Christmas", 12 "Jedi", 3 "Mozilla", 3 "Unicode", 2 "API", 1
// "Luke's"), 40 summaries drawn and read, and every word but "Turkish"
// and "Christmas" read: right but for 1 half ("St. Luke's-roosevelt");
// none wrong. ROUGE of the Fill summaries is untouched: they are not
// truecased.
//
// The words the rule may raise, of those the base summaries of
// validation and train hold: api, chen, christmas, conn, dan, european,
// jedi, las, luke, mozilla, turkish, unicode, wednesday. Left: words of
// the list the cased text writes lower-case more often ("centre",
// "harbour", "allen", "hamas": 3 to 1).

// raiseListedNames writes the listed names of the sentences, voice
// statements and claims of sum in their case.
func raiseListedNames(sum *chorus.Summary) {
	tc := truecase.Default()
	rewriteTexts(sum, func(s string) string { return raiseListedNamesIn(s, tc) })
}

// raiseListedNamesIn is raiseListedNames for one text.
func raiseListedNamesIn(s string, tc *truecase.Model) string {
	return recaseWords(s, func(i, j int) (string, bool) {
		w := s[i:j]
		if j-i < 3 || w[0] < 'a' || w[0] > 'z' || !noAddress(s, i, j) || i > 0 && strings.IndexByte("'’", s[i-1]) >= 0 {
			return "", false
		}
		form, ok := tc.ListedForm(w)
		if !ok || len(form) != len(w) {
			return "", false
		}
		return form, true
	})
}
