package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the reading stage's last step, after
// caseSurnamesAfterGiven. That rule raises a surname the cluster holds
// as one (lowerGivenNames: the word in a person's place in most of its
// mentions); a surname that is a common word ("glass", "swift", "jobs")
// fails it, as the cluster writes the word as a common word too, and it
// stays low after the given name the truecaser raised: "Jennifer glass,
// a sociologist", "Steve jobs has". caseSurnamesAfterListedGiven raises
// such a word when the word before it is a listed given name
// (lex.IsGivenName) written with a capital, the cluster writes the two
// together twice at least and in four of five of the given name's uses,
// no article or possessive stands before the given name ("the Tommy gun",
// "his Ted talk") and the word stands where a surname does (personPlace:
// a verb of saying or of a subject after it, a comma, a possessive).
//
// Measured against 12e573c: validation 5 of 5,598 summaries changed,
// every word read: 5 better, 0 worse ("Jennifer Glass, University of",
// "is Hugh Glass, an explorer", "Steve Jobs has", "Jeff Sessions will",
// "novelist Jonathan Swift's").
// Train 1-12,000: 12 of 11,951 changed, all read: 12 better, 0 worse
// ("Actor Richard Hatch,", "Roger Self, was", "Taylor Swift will",
// "Johnny Cash's"; one where the raised name then reads as named and a
// later "Cheryl strayed's" is shortened to "Strayed's"). Voice
// statements unchanged on both. Left: a given name not listed ("Mark
// lowen said"), a surname before no comma, possessive or verb ("Stephen
// banks Huddersfield"), and given names low before a capitalised surname with
// no title ("petro Poroshenko"): that shape is mostly not names on
// validation ("hurricane Matthew", "solar Eclipse", "giant Panda").

// listedPairMin is the least number of the cluster's uses of the given
// name before the surname, for caseSurnamesAfterListedGiven.
const listedPairMin = 2

// notBeforeGiven are the words before a capitalised given name that make
// it no person's name: "the Tommy gun", "his Ted talk".
var notBeforeGiven = lex.Set("the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that")

// caseSurnamesAfterListedGiven writes, in the sentences, voice statements
// and claims of sum, the lower-case surname after a listed given name with
// a capital: "Jennifer glass," -> "Jennifer Glass,".
func (c *cluster) caseSurnamesAfterListedGiven(sum *chorus.Summary) {
	rewriteTexts(sum, func(s string) string { return c.listedSurnamesIn(s) })
}

// listedSurnamesIn is caseSurnamesAfterListedGiven for one text.
func (c *cluster) listedSurnamesIn(s string) string {
	return raiseAfterCapital(s, func(fields []string, j int) (string, bool) {
		f, given := fields[j], lex.Lower(fields[j-1])
		if !lex.IsGivenName(given) {
			return "", false
		}
		core, _ := lowerCore(f)
		if len(core) < 3 || !lettersOnly(core) || lex.IsAttributionVerb(core) || strings.IndexByte(core, '-') >= 0 || !strings.HasPrefix(f, core) {
			return "", false
		}
		if j >= 2 && notBeforeGiven[lex.Lower(fields[j-2])] {
			return "", false // "the Tommy gun,"
		}
		if !listedPlace(fields, j, core) {
			return "", false
		}
		if pairs, uses := c.pairUses(given, core); pairs < listedPairMin || 5*pairs < 4*uses {
			return "", false
		}
		return string(f[0]-('a'-'A')) + f[1:], true
	})
}

// raiseAfterCapital returns s with each field raise rewrites: raise sees
// the fields of s and the index j of a field that opens with a
// lower-case letter after a field that is one capitalised word of
// letters alone ("Jennifer glass", not "Jennifer, glass" nor "JENNIFER
// glass"), and returns the field's new text and true, or false to leave
// it. The scan the listed-given and unseen-name rules share.
func raiseAfterCapital(s string, raise func(fields []string, j int) (string, bool)) string {
	if !hasCapLower(s) {
		return s
	}
	fields := lex.SpaceFields(s)
	changed := false
	for j := 1; j < len(fields); j++ {
		f := fields[j]
		if f == "" || f[0] < 'a' || f[0] > 'z' {
			continue
		}
		g := fields[j-1]
		if len(g) < 2 || g[0] < 'A' || g[0] > 'Z' || !lettersOnly(g[1:]) || lex.Lower(g[1:]) != g[1:] {
			continue // "Jennifer" as the whole field, no stop or comma after it
		}
		if t, ok := raise(fields, j); ok {
			fields[j] = t
			changed = true
		}
	}
	if !changed {
		return s
	}
	return strings.Join(fields, " ")
}

// hasCapLower reports whether s holds a capital letter after a space and
// then, after the word, a space and a lower-case letter: the cheap test
// before raiseAfterCapital splits s.
func hasCapLower(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		if s[i] == ' ' && 'a' <= s[i+1] && s[i+1] <= 'z' && 'a' <= s[i-1] && s[i-1] <= 'z' {
			k := i - 1
			for k > 0 && 'a' <= s[k-1] && s[k-1] <= 'z' {
				k--
			}
			if k > 0 && 'A' <= s[k-1] && s[k-1] <= 'Z' {
				return true
			}
		}
	}
	return false
}

// listedPlace reports whether fields[j], whose lowerCore is core, after a
// listed given name, stands where a surname does: no role, title, award
// or stopword itself, no capitalised word before the given name ("Mount
// Elizabeth hospital's"), and after it a comma, a possessive, a verb of
// saying, personAfter or a verb a subject takes ("Steve jobs has"). It
// is personPlace without the verb-form test: a surname that is a common
// word ending in "s" ("glass", "jobs") stays one when the cluster writes
// it after the given name in four of five of its uses.
func listedPlace(fields []string, j int, core string) bool {
	if noSurnameWord(core) {
		return false
	}
	// A lower-case word before the given name is no name's word here
	// ("novelist Jonathan swift's"): the pair the cluster writes is the
	// evidence, where caseSurnamesAfterGiven reads "rand Paul event,".
	if j >= 2 && fields[j-2] != "" && 'A' <= fields[j-2][0] && fields[j-2][0] <= 'Z' && nameWordBefore(fields[j-2]) {
		return false // "San Jose woman,", "Mount Elizabeth hospital's"
	}
	f := fields[j]
	if commaOrPossessive(f) {
		return true
	}
	next := ""
	if j+1 < len(fields) {
		next, _ = lowerCore(fields[j+1])
	}
	return f == core && (lex.IsAttributionVerb(next) || personAfter[next] || surnameSubjectVerbs[next])
}
