package summarize

import (
	"slices"
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/truecase"
)

// One dated fact told again, its other words given by the rest of the
// summary (replaceSpreadKeys). retellsKey (retoldkey.go) reads a
// retelling against the one sentence that gives its day, so a sentence
// that joins two chosen facts is read as news: "Roe took the title on
// May 9 and will race for the national crown in October" beside "Roe,
// 31, took the title on May 9, beating nine rivals" and "The winner
// goes on to October's national race" (invented) gives more than keyOwn
// words the first lacks, all of which the second gives. Here the words
// of its own are counted against every other chosen sentence: a
// sentence that shares a date or hour and a word besides it with one of
// them (sharesKey), and whose content words, without its frame
// (retoldBody), the chosen sentences lack number at most keyOwn, leaves.
// It stays when it gives a number (an age or a year too: "his
// 15-year-old sister" beside "his teenage sister"), a kin or role word,
// a name (one written small too), a contrast or a second instance
// ("also", "another") that none of them gives.
//
// Multi-News default summaries (h51redund, against 492942d): validation
// 2 of 5,598 changed, both read: 2 better (a pageant win's date and the
// state contest after it, each told by another chosen sentence; a
// store sighting's date retold as what a video shows); train 1-38,000
// 2 of 37,857, both better (a cat's birthday beside its age and birth
// date; an arrest at an alarm's hour beside both told). Before the age
// and small-name guards, 2 more train summaries changed, both worse (a
// sister's age lost, which also cost the opening's name its case; where
// a missing wife was when the quake struck, her name written small).
// Fill is unchanged: the rule runs on a reader's summary only.
// Not caught: the paraphrases with no shared date (a death, a wish, a
// disappearance or an accusation told twice), whose second telling
// brings how or why in words of its own.

// retellsKeySpread reports whether chosen fact f tells again what
// chosen fact p tells of one date or hour, with words the other chosen
// facts (others, p among them) give: see the file comment.
func (c *cluster) retellsKeySpread(f, p int, others []int) bool {
	x, y := &c.cands[c.facts[f].rep], &c.cands[c.facts[p].rep]
	if !c.sharesKey(x, y) || anotherOne(x.text) {
		return false
	}
	return c.retoldAcross(x, others, keyOwn, false)
}

// ownTermsAcross counts the content words of body (a retelling x's
// retoldBody) that none of the term sets holds, as retoldOwnTerms does
// for one, and reports whether one of them may be a name written small
// (smallName: "<wife> was at work when ..." names who).
func (c *cluster) ownTermsAcross(body string, x *candidate, sets [][]uint64) (n int, named bool) {
	seen := make(map[uint64]bool)
	for _, w := range lex.LetterWords(body, -1) {
		t := c.tok.tokens(w)
		if len(t) != 1 || t[0].stop || t[0].num {
			continue
		}
		h := t[0].hash
		if seen[h] || slices.Contains(x.numbers, h) || ageTerms[h] || slices.ContainsFunc(sets, func(s []uint64) bool { return slices.Contains(s, h) }) {
			continue
		}
		seen[h] = true
		n++
		named = named || smallName(lex.Lower(w))
	}
	return n, named
}

// replaceSpreadKeys leaves out each chosen fact that tells again what
// another tells of one date or hour, with words the rest of the summary
// gives (retellsKeySpread), when the rest holds adaptiveMin words; the
// opening and a fact the next one leans on stay (leaveOutRetold). A
// reader's summary only, after replaceRetoldKeys.
func (c *cluster) replaceSpreadKeys(picked []int) []int {
	if len(picked) < 3 {
		return picked
	}
	return c.leaveOutRetold(picked, 0, func(f, _ int, others []int) bool {
		if !strings.ContainsAny(c.cands[c.facts[f].rep].text, "0123456789") {
			return false // a date's day and an hour are written in digits
		}
		return slices.ContainsFunc(others, func(p int) bool { return c.retellsKeySpread(f, p, others) })
	})
}

// smallName reports whether lower-case word w may be a name: the truecase
// model never saw it, or holds it as a proper noun it never saw written
// lower-case. Words cased text often capitalises ("crown", "bank") are
// no names here.
func smallName(w string) bool {
	m := truecase.Default()
	known, _ := m.Known(w)
	return !known || m.ProperNoun(w)
}

// retoldAcross reports whether x, read past its attribution (retoldBody),
// tells nothing the sentences of facts others do not: no speaker, contrast
// or name of its own, at most maxOwn content words the others lack, and
// only values they give (in its body, or in its whole text when
// wholeValues).
func (c *cluster) retoldAcross(x *candidate, others []int, maxOwn int, wholeValues bool) bool {
	texts := make([]string, 0, len(others))
	terms := make([][]uint64, 0, len(others))
	for _, o := range others {
		texts = append(texts, c.cands[c.facts[o].rep].text)
		terms = append(terms, c.cands[c.facts[o].rep].terms)
	}
	all := strings.Join(texts, " ")
	body := retoldBody(x.text)
	if tellsWho(body, all) || ownContrast(body, all) || c.namesNew(body, all) || c.newNameIn(body, all) {
		return false
	}
	own, named := c.ownTermsAcross(body, x, terms)
	values := body
	if wholeValues {
		values = x.text
	}
	return own <= maxOwn && !named && sameValuesIn(values, all)
}
