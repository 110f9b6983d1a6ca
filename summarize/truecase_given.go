package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/truecase"
	"github.com/chorusnews/chorus/voices"
)

// This file belongs to the reading stage's last step, after the other
// case rules. The truecaser raises a surname it knows or reads as one
// ("Gingrich", "Assad") but leaves the given name before it low when it
// does not know it ("bashar", "shinzo") or knows it as a common word as
// well ("newt"): "House Speaker newt Gingrich", "president bashar Assad".
// raiseGivenNames writes such a word with a capital when it follows a
// title or a job (voices.IsRoleWord, a stop or a comma between allowed:
// "Sen. anna Varga", "her mother, anna Varga") and the cluster writes it
// before the same word in four of five of its uses at least: "Tarnwick
// mayor anna Varga" reads "Tarnwick mayor Anna Varga". It leaves a
// stopword or a verb of saying, a day's or a month's name or a word
// before one, a point of the compass, a word ending like a common noun or
// a verb ("oligarch", "gymnast", "marshal", "skipper"), and a word the
// truecase model knows written in lower case more often than not.
//
// Measured against a05bce2 (with raiseRomanNumerals): validation 41 of
// 5,599 summaries changed, every one of the 44 words changed read: 44
// right ("former House Speaker Newt Gingrich", "prime minister Shinzo
// Abe", "president Bashar Assad", "Sen. Patty Murray", "journalist Piers
// Morgan", "the Rev. Clementa Pinckney", "supreme leader Ayatollah Ali
// Khamenei", "former Knick David Lee", "her mother, Doria Ragland"); 41
// summaries better. Train 1-38,000: 293 of 37,861 summaries changed
// (296 words, and 3 summaries where the raised name then reads as a
// full name's first mention: "former navy seal Matt Bissonnette's
// book"), 40 drawn and read (40 words): 37 right ("adviser Kellyanne
// Conway", "Gov. Mitt Romney", "Col Muammar Gaddafi", "first daughter
// Ivanka Trump", "CNN meteorologist Chad Myers", "retired Episcopal
// Bishop"), 1 half ("prince Rogers Nelson"), 2 wrong ("major Cellphone
// Carriers", "county Sherriff", a misspelt title); 37 better, 1 the
// same, 2 worse. ROUGE of the Fill summaries is untouched: they are not
// truecased.
//
// Tried and not kept: any word before a capitalised one, with the
// cluster's pair as the only evidence (two pairs at least): 13 summaries
// on validation, with 3 of 16 words wrong ("fire Marshal",
// "to Restrain"); with one pair: 208 summaries, most of the 218 words
// verbs and nouns the model does not know ("Embolden", "Sues",
// "Superstar", "Kingpin") beside "Mitt Romney", "Kuala Lumpur", hence
// the role word before it. Of the 218, those after a role word were 48,
// 4 wrong ("Russian Oligarch", "Union Gymnast", "fire Marshal",
// "billionaire Paedophile"), which the endings keep.
//
// Left: a given name after no role ("and mitt Romney", "rival mitt
// Romney", "interviewer piers Morgan"), a name of two lower-case words
// ("President xi jinping"), places ("near kuala Lumpur").

// givenPairMin and givenPairShare are the least number of the cluster's
// uses of a word before the name's word and their least share of all its
// uses, for raiseGivenNames.
const (
	givenPairMin   = 1
	givenPairShare = 0.8
)

// givenDates are the names of days and months: "early Monday", "last June".
var givenDates = lex.Set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")

// givenCompass are the points of the compass: "northwest Tarnwick".
var givenCompass = lex.Set("north", "south", "east", "west", "northern", "southern", "eastern", "western",
	"northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern", "central")

// givenEndings are the endings of the common nouns and verbs that stand
// before a name in news ("curator", "kidnapper", "mistress", "starring",
// "reinstate"), which the truecase model, made of names, does not know.
var givenEndings = []string{"er", "or", "ess", "ist", "ing", "ed", "ate", "ment", "ian", "ant", "ent", "back", "ship", "man", "ive", "ary", "ous", "arch", "ast", "phile", "shal"}

// givenShaped reports whether the lower-case word w may be a given name:
// it ends like no common noun or verb ("curator", "starring",
// "shoemaker" are left), and the truecase model, made of names, does not
// know it ("bashar", "kellyanne") or knows it written with a capital
// more often than not ("newt", "papa").
func givenShaped(tc *truecase.Model, w string) bool {
	for _, e := range givenEndings {
		if strings.HasSuffix(w, e) {
			return false
		}
	}
	known, capital := tc.Known(w)
	return !known || capital
}

// raiseGivenNames raises, in the sentences, voice statements and claims
// of sum, the lower-case given names before capitalised surnames that the
// cluster writes together.
func (c *cluster) raiseGivenNames(sum *chorus.Summary) {
	tc := truecase.Default()
	rewriteTexts(sum, func(s string) string { return raiseGivenNamesIn(s, tc, c.pairUses) })
}

// raiseGivenNamesIn is raiseGivenNames for one text; pairUses returns how
// often the cluster writes the lower-case word a before b and how often
// it writes a.
func raiseGivenNamesIn(s string, tc *truecase.Model, pairUses func(a, b string) (int, int)) string {
	return raiseNameRuns(s, asciiWordEnd, func(i, j int) [][2]int {
		if k, e := nextName(s, j); k > 0 && givenBefore(s, i, j, k, e, tc, pairUses) {
			return [][2]int{{i, j}}
		}
		return nil
	})
}

// nextName returns the bounds of the capitalised word of letters that
// follows s[:j] after one space ("Varga" in "anna Varga's"), or 0, 0.
func nextName(s string, j int) (int, int) {
	k := j + 1
	if k >= len(s) || s[j] != ' ' || s[k] < 'A' || s[k] > 'Z' {
		return 0, 0
	}
	e := k + 1
	for e < len(s) && 'a' <= s[e] && s[e] <= 'z' {
		e++
	}
	if e-k < 2 || e < len(s) && (isAlnumASCII(s[e]) || s[e] >= 0x80 || strings.IndexByte("-@/_", s[e]) >= 0) {
		return 0, 0
	}
	return k, e
}

// givenBefore reports whether the lower-case word s[i:j] is a given name
// before the capitalised word s[k:e], as raiseGivenNamesIn requires.
func givenBefore(s string, i, j, k, e int, tc *truecase.Model, pairUses func(a, b string) (int, int)) bool {
	w := s[i:j]
	if j-i < 3 || w[0] < 'a' || w[0] > 'z' || w != strings.ToLower(w) || !noAddress(s, i, j) {
		return false
	}
	if i > 0 && (isAlnumASCII(s[i-1]) || strings.IndexByte("'’", s[i-1]) >= 0) {
		return false
	}
	next := strings.ToLower(s[k:e])
	if lex.IsStopword(w) || lex.IsAttributionVerb(w) || voices.IsRoleWord(w) || givenDates[next] || givenDates[w] || givenCompass[w] || !givenShaped(tc, w) {
		return false
	}
	if prev := prevWord(s, i); !voices.IsRoleWord(prev) {
		// "Varga sues Tarnwick", "to restrain Tarnwick", "the journal Plos";
		// a word the model never saw may be a name's with no title
		// (truecase_untitledgiven.go)
		return untitledGiven(w, prev, next, tc, pairUses)
	}
	pairs, uses := pairUses(w, next)
	return pairs >= givenPairMin && float64(pairs) >= givenPairShare*float64(uses)
}

// prevWord returns the lower-case word of letters before s[i] across one
// space, and a stop or a comma after it ("Sen. anna", "mother, anna"), or
// "".
func prevWord(s string, i int) string {
	if i < 2 || s[i-1] != ' ' {
		return ""
	}
	k := i - 1
	if s[k-1] == '.' || s[k-1] == ',' {
		k--
	}
	e := k
	for k > 0 && isASCIILetter(s[k-1]) {
		k--
	}
	if k > 0 && isAlnumASCII(s[k-1]) {
		return ""
	}
	return strings.ToLower(s[k:e])
}

// pairUses returns how often the cluster's candidates write the
// lower-case word a right before b (no stop or comma between) and how
// often they write a.
func (c *cluster) pairUses(a, b string) (pairs, uses int) {
	_, cores := c.candCores()
	for _, cs := range cores {
		for k, x := range cs {
			if x.w != a {
				continue
			}
			uses++
			if !x.punct && k+1 < len(cs) && cs[k+1].w == b {
				pairs++
			}
		}
	}
	return pairs, uses
}
