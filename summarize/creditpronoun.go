package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the attribution stage, beside quotepronoun.go: a
// reader's summary sentence of reported speech credited by a pronoun
// ("The ferry will run again by May, she said.", "Only two boats were
// lost, he added, ...") leaves the reader asking who "she" is when nothing
// before it in the summary is a person of that gender: no "he"/"she", no
// gender word ("woman", "father"), no given name. Its article most often
// names the speaker in the sentence just before ("... said Hana Osei, who
// runs the ferry."). When that sentence names exactly one person whose
// given name is listed for the pronoun's gender only (namePronoun, the
// test quote credits pass), the pronoun becomes the full name: "The ferry
// will run again by May, Hana Osei said." Quotes that open the sentence
// are nameQuotePronouns' and are left to it.

// nameCreditPronouns writes the speaker's full name for the pronoun that
// credits a sentence of sum (creditPronounAt) when neither the summary
// before it nor the sentence before the pronoun holds a person of that
// gender (creditPronounGendered), and the article's previous sentence names
// one person of that gender the summary has not named (namePronoun). It
// adds the words it writes to sum.Words and runs before any rewrite of the
// sentence but the quote credits', whose text must still be its
// candidate's.
func (c *cluster) nameCreditPronouns(sum *chorus.Summary) {
	c.namePronounsAt(sum, func(s, before string) (int, bool) {
		if j, _ := pronounCredit(s); j >= 0 {
			return -1, false // a quote's credit: nameQuotePronouns'
		}
		j, female := creditPronounAt(s)
		if j < 0 {
			return -1, false
		}
		prior := before + " " + lex.Lower(strings.Join(lex.SpaceFieldsShared(s)[:j], " "))
		if creditPronounGendered(prior, female) {
			return -1, false
		}
		return j, female
	})
}

// creditPronounAt returns the index among the fields of s of a lower-case
// "he" or "she" after a comma or a closing quotation mark and before a
// verb of saying (`..., she said.`, `..., he added, ...`), and whether it
// is "she". It returns -1 when s has none or two such credits.
func creditPronounAt(s string) (int, bool) {
	f := lex.SpaceFieldsShared(s)
	at := -1
	for j := 1; j+1 < len(f); j++ {
		if f[j] != "he" && f[j] != "she" {
			continue
		}
		if p := f[j-1]; !strings.HasSuffix(p, ",") && !strings.HasSuffix(p, ",\"") && !strings.HasSuffix(p, ",”") {
			continue
		}
		if v, _ := lowerCore(f[j+1]); !lex.IsAttributionVerb(v) {
			continue
		}
		if at >= 0 {
			return -1, false // two credits
		}
		at = j
	}
	if at < 0 {
		return -1, false
	}
	return at, f[at] == "she"
}

// creditPronounGendered reports whether prior (lower case) holds a person
// of the gender: a pronoun or word of that gender (femaleCue, maleCue), a
// given name listed for it or for both. The pronoun may then stand for
// that person.
func creditPronounGendered(prior string, female bool) bool {
	for _, w := range lex.LetterWords(prior, -1) {
		if female && (femaleCue[w] || creditPronounFemale[w] || lex.IsFemaleGivenName(w)) ||
			!female && (maleCue[w] || creditPronounMale[w] || lex.IsMaleGivenName(w)) {
			return true
		}
		if lex.IsGivenName(w) && !lex.IsFemaleGivenName(w) && !lex.IsMaleGivenName(w) {
			return true // "alex", "taylor": either
		}
	}
	return false
}

// creditPronounFemale and creditPronounMale are gender words
// creditPronounGendered reads beside femaleCue and maleCue.
var (
	creditPronounFemale = lex.Set("mrs", "ms", "miss", "women", "girls", "aunt", "niece", "girlfriend", "bride", "lady", "widow", "mum", "wives")
	creditPronounMale   = lex.Set("mr", "men", "boys", "uncle", "nephew", "boyfriend", "groom", "sir", "lord", "widower", "priest")
)
