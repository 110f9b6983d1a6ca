package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the reading stage's last step, after the other
// case rules. A lower-cased cluster writes the country "US" as the
// pronoun "us", and the truecaser, which cannot tell the two apart,
// leaves both low: "the us military", "a us official", "a source told
// us weekly". raiseUS writes the country in capitals where the pronoun
// cannot stand: after an article or a word that takes a noun
// (usCountryBefore: "the US", "a US drone", "former US envoy"); and the
// magazine "Us Weekly" and the airline "US Airways" as their owners
// write them.
//
// Measured against d8166dc: validation 35 of 5,599 summaries changed,
// letter case alone, every one of the 40 words changed read: 40 right
// (26 "US": "a US destroyer", "the US would", "a former US diplomat";
// 11 "Us Weekly", 3 "US Airways"); 35 better. Train 1-38,000: 225 of
// 37,861 summaries changed (156 "US", 85 "Us Weekly", 17 "US
// Airways"), 40 drawn and read before the airline was added (42
// words): 42 right, and all 14 summaries with the airline: right; 54
// better. ROUGE of the Fill summaries is untouched: they are not
// truecased.
//
// Left: the country after a comma or a preposition ("officials, us
// officials say", "by us authorities"), where the pronoun stands too
// ("told us officials were ...").

// usCountryBefore are the words after which "us" is the country, not the
// pronoun: "the us", "a us", "former us".
var usCountryBefore = lex.Set("the", "a", "an", "former", "top", "senior")

// raiseUS writes the country "us" and the magazine "us weekly" in the
// sentences, voice statements and claims of sum in their case.
func raiseUS(sum *chorus.Summary) {
	rewriteTexts(sum, raiseUSIn)
}

// raiseUSIn is raiseUS for one text.
func raiseUSIn(s string) string {
	if !strings.Contains(s, "us") {
		return s
	}
	return recaseWords(s, func(i, j int) (string, bool) {
		if s[i:j] != "us" || !noAddress(s, i, j) || i > 0 && s[i-1] != ' ' {
			return "", false
		}
		if rest, ok := strings.CutPrefix(s[j:], " weekly"); ok && (rest == "" || !isAlnumASCII(rest[0]) && rest[0] < 0x80) {
			return "Us Weekly", true
		}
		if rest, ok := strings.CutPrefix(s[j:], " airways"); ok && (rest == "" || !isAlnumASCII(rest[0]) && rest[0] < 0x80) {
			return "US Airways", true
		}
		if !usCountryBefore[strings.ToLower(letterWordBefore(s, i))] {
			return "", false // "told us", "for us"
		}
		return "US", true
	})
}

// letterWordBefore returns the word of ASCII letters that ends one space before
// s[i], or "" when a stop, a comma or no word stands there.
func letterWordBefore(s string, i int) string {
	if i < 2 || s[i-1] != ' ' {
		return ""
	}
	e := i - 1
	k := e
	for k > 0 && isASCIILetter(s[k-1]) {
		k--
	}
	if k > 0 && (isAlnumASCII(s[k-1]) || s[k-1] >= 0x80) {
		return ""
	}
	return s[k:e]
}
