package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/truecase"
	"github.com/chorusnews/chorus/voices"
)

// This file belongs to the reading stage's last step, after the other
// case rules. The truecaser raises a name's last word it knows
// ("Daniels", "Chrysler", "Caller") and leaves the word before it low
// when cased text writes that word mostly in lower case ("stormy",
// "fiat", "daily", "papa"), and raiseGivenNames (truecase_given.go) and
// untitledGiven (truecase_untitledgiven.go) take only a word after a
// title or one the model never saw: "aka stormy Daniels", "sue fiat
// Chrysler", "the daily Caller reported". raisePairGivenNames raises
// such a word when the cluster itself writes it as the name's first word:
// right before the same word four times at least and in nine of ten of
// its uses (three times will do when the cluster writes the name's last
// word alone as a speaker's: "Hackett said"). It leaves a stopword, a
// verb of saying, a role, a kin word, a name's particle ("von", "del"),
// a day, a month or a point of the compass, a word before a people's
// word, a plural noun ("photo archives Ada Varga"), a word ending like a
// common noun or verb (givenEndings) and a word cased text writes
// lower-case ten times as often as capitalised (Model.Common: "solar
// Eclipse", "largest Diamond", "giant Panda", "back Kareem" came of a
// word raised wrongly after it, or of a noun before a name).
//
// Measured against a25257f (lower-cased clusters; letter case alone):
// validation 11 of 5,598 summaries changed, all read: 11 better ("aka
// Stormy Daniels", "sue Fiat Chrysler", "the Daily Caller reported",
// "Lane Bryant's", "Steely Dan", "the Virgin Mary", "Papa John's", "New
// Carlisle"; two are still half a name: "penguin Random House",
// "narcotics Suppression Bureau"), 0 worse, 0 the same. Train 1-6,000:
// 11 of 5,975 changed, all read: 11 better ("Hurricane Maria", "Mark
// Zuckerberg", "Rand Paul event", "Robin Williams tunnel", "Straight
// Outta Compton", "Air India", "Wyandot County"; half: "old Dominion
// University"), 0 worse. Not kept: two uses of the pair (a third of the
// words wrong: "girlfriend Reeva", "personality Chris", "indict
// Ferguson", "tourism Minister"); three with no speaker's use ("porn
// Queen", "lip Balm", "electric Car" beside "Mitt Romney"); a word
// before a pair the sources write capitalised where no sentence opens
// (never met on validation nor train 1-6,000).
// Left: a pair the cluster writes once or twice ("findings: mitt
// Romney"), and the given name of a surname the truecaser left low.

// pairGivenMin and pairGivenShare are the least number of the cluster's
// uses of a word right before a name's word, and their least share of
// all the word's uses, for raisePairGivenNames.
const (
	pairGivenMin   = 4
	pairGivenShare = 0.9
)

// raisePairGivenNames raises, in the sentences, voice statements and
// claims of sum, a lower-case word before a capitalised one that the
// cluster writes as the same person's given name (pairGiven).
func (c *cluster) raisePairGivenNames(sum *chorus.Summary) {
	tc := truecase.Default()
	rewriteTexts(sum, func(s string) string { return raisePairGivenIn(s, tc, c.pairUses, c.surnameSpeaks) })
}

// raisePairGivenIn is raisePairGivenNames for one text; pairUses is as
// for raiseGivenNamesIn, and speaks reports whether the cluster writes
// the name's word alone as a speaker's (surnameSpeaks).
func raisePairGivenIn(s string, tc *truecase.Model, pairUses func(a, b string) (int, int), speaks func(a, b string) bool) string {
	return raiseNameRuns(s, asciiWordEnd, func(i, j int) [][2]int {
		k, e := nextName(s, j)
		if k == 0 || !pairGivenWord(s, i, j, k, e, tc) {
			return nil
		}
		w, next := s[i:j], strings.ToLower(s[k:e])
		pairs, uses := pairUses(w, next)
		if float64(pairs) < pairGivenShare*float64(uses) || pairs < pairGivenMin-1 {
			return nil
		}
		if pairs < pairGivenMin && !speaks(w, next) {
			return nil
		}
		return [][2]int{{i, j}}
	})
}

// pairGivenWord reports whether the lower-case word s[i:j] before the
// capitalised word s[k:e] may be a given name: letters alone, three at
// least, no stopword, verb of saying, role, kin word, day, month or
// point of the compass, and no people's word after it.
func pairGivenWord(s string, i, j, k, e int, tc *truecase.Model) bool {
	w := s[i:j]
	if j-i < 3 || w[0] < 'a' || w[0] > 'z' || !lettersOnly(w) || !noAddress(s, i, j) {
		return false
	}
	if i > 0 && (isAlnumASCII(s[i-1]) || strings.IndexByte("'’-", s[i-1]) >= 0) {
		return false
	}
	next := strings.ToLower(s[k:e])
	if lex.IsStopword(w) || lex.IsAttributionVerb(w) || voices.IsRoleWord(w) || roleWords[w] || kinWords[w] || untitledNouns[w] || surnameParticles[w] || tc.Common(w) {
		return false
	}
	if stem, ok := strings.CutSuffix(w, "s"); ok && tc.MostlyLower(stem) {
		return false // "photo archives Ada Varga": a plural noun
	}
	for _, x := range givenEndings {
		if strings.HasSuffix(w, x) {
			return false
		}
	}
	return !givenDates[w] && !givenDates[next] && !givenCompass[w] && !truecase.PeopleWord(next)
}

// surnameSpeaks reports whether the cluster's candidates write the
// lower-case word b alone, not after a, as a speaker: a verb of saying
// right after it or right before it ("Varga said", "said Varga").
func (c *cluster) surnameSpeaks(a, b string) bool {
	_, cores := c.candCores()
	for _, cs := range cores {
		for k, x := range cs {
			if x.w != b || k > 0 && cs[k-1].w == a {
				continue
			}
			if k+1 < len(cs) && lex.IsAttributionVerb(cs[k+1].w) || k > 0 && !cs[k-1].punct && lex.IsAttributionVerb(cs[k-1].w) {
				return true
			}
		}
	}
	return false
}
