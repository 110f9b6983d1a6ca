package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/truecase"
	"github.com/chorusnews/chorus/voices"
)

// This file belongs to the reading stage's last step, after
// raiseTitledNames. That rule raises a name after a title only when the
// truecase model knows none of its words, and raiseHonorificGivenNames a
// given name only before a capitalised surname; a name of words the
// model knows as common words as well stays low after its title: "Sen.
// al franken", "Mayor ed lee", "Sheriff chad gay told". A title written
// with a capital is evidence enough that the word or two after it are a
// name when they end where a name ends. raiseTitledKnownNames writes them
// with capitals:
//
//   - two words after a title (personTitles, or an abbreviated one,
//     abbrevTitles, with its stop), the first a given name (the listed
//     ones, or one the model does not know or knows with a capital), that
//     the cluster writes together in four of five of the first word's
//     uses, before a comma, a stop, a possessive, a stopword or a verb of
//     saying: "Mayor Kasim Reed told";
//   - one word after an abbreviated title, before the same or a
//     capitalised word: "Sen. Brown is", "Rep. Beto O'Rourke";
//   - one word after a title written in full before a verb of saying, or
//     before "is", "has", "would" when it ends like no verb and the model
//     knows it as no common word: "Judge Kode said".
//
// A particle ("de", "van", "le") is left as the cluster writes it, and
// so is the name it opens ("Mr. de Blasio", "Ms. le pen"); "al" opens a
// name only as a given name after an abbreviated title ("Rev. Al
// Sharpton").
//
// Measured against 9995f52 (letter case alone): validation 8 of 5,598
// summaries changed, 9 names, every one read: 9 right ("Sen. Al Franken"
// 3 times, "Chinese President Xi Jinping met", "Sheriff Chad Gay told",
// "Judge Kode said", "Prince Jefri Bolkiah,", "The Rev. Al Sharpton
// was", "Sen. Rand Paul"); 8 better. Train 1-38,000: 25 of 37,857
// summaries changed, 28 names, every one read: 28 right ("Rep. Al Green,",
// "President Hu Jintao", "Gov. Brown for", "Sen. Blunt do", "Col. Moammar
// Gaddafi's", then spelt as the summary's first sentence spells it,
// "Atty. Gen. Kamala D. Harris", "Sgt. Jay Cook was"); 25 better. Not
// kept: a word the model knows in lower case after a title in full
// ("former Pennsylvania Senator Also said"), and a given name before an
// initial and a lower-case word ("Gen. Mark a. milley", half raised).
// Left: a name of three words ("President recep tayyip erdogan"), one
// with a particle ("Mayor bill de Blasio", "Ms. le pen"), one after no
// title or a lower-case one ("petro Poroshenko", "Mark lowen said").

// titledGivenSkip are abbreviated titles that are no person's title
// before a name of lower-case words (a place's "St.", a suffix "Jr.").
var titledGivenSkip = lex.Set("st", "mt", "ft", "jr", "sr", "sec", "pres", "hon")

// raiseTitledKnownNames raises, in the sentences, voice statements and
// claims of sum, the names of one or two lower-case words after a
// capitalised title.
func (c *cluster) raiseTitledKnownNames(sum *chorus.Summary) {
	tc := truecase.Default()
	rewriteTexts(sum, func(s string) string { return raiseTitledKnownNamesIn(s, tc, c.pairUses) })
}

// raiseTitledKnownNamesIn is raiseTitledKnownNames for one text; pairUses
// returns how often the cluster writes the lower-case word a before b
// and how often it writes a.
func raiseTitledKnownNamesIn(s string, tc *truecase.Model, pairUses func(a, b string) (int, int)) string {
	if strings.IndexByte(s, ' ') < 0 {
		return s
	}
	return raiseNameRuns(s, nameWordEnd, func(i, j int) [][2]int {
		if 'a' <= s[i] && s[i] <= 'z' && i >= 2 && s[i-1] == ' ' {
			if abbr, ok := titleBefore(s, i); ok {
				return titledKnownRun(s, i, j, abbr, tc, pairUses)
			}
		}
		return nil
	})
}

// titleBefore reports whether a capitalised person's title stands before
// s[i] across one space, and whether it is abbreviated ("Sen.").
func titleBefore(s string, i int) (abbr, ok bool) {
	t := prevWord(s, i)
	if t == "" || !titleCapital(s, i) {
		return false, false
	}
	if s[i-2] == '.' {
		return true, abbrevTitles[t] && !titledGivenSkip[t]
	}
	if s[i-2] == ',' {
		return false, false
	}
	return false, personTitles[t]
}

// titledKnownRun returns the bounds of the words of the name that opens
// at s[i:j] after a title (abbreviated when abbr), as
// raiseTitledKnownNamesIn requires, or nil.
func titledKnownRun(s string, i, j int, abbr bool, tc *truecase.Model, pairUses func(a, b string) (int, int)) [][2]int {
	w1 := s[i:j]
	if !noAddress(s, i, j) || !titledNameWord(w1) {
		return nil
	}
	alGiven := abbr && w1 == "al" // "Sen. al brannick": a given name
	if surnameParticles[w1] && !alGiven {
		return nil // "Mr. de Blasio", "Ms. le pen"
	}
	// Two words: "Mayor ed lee said".
	if j+1 < len(s) && s[j] == ' ' && 'a' <= s[j+1] && s[j+1] <= 'z' {
		k := j + 1
		e := nameWordEnd(s, k)
		w2 := s[k:e]
		if noAddress(s, k, e) && titledNameWord(w2) && !surnameParticles[w2] {
			if !(nameEnds(s, e, false) || verbAfterName(tc, nextLowerWord(s, e))) || !(alGiven || givenLead(tc, w1)) || strings.Contains(w1, "-") {
				return nil
			}
			if commonEnding(w2) && !lex.IsGivenName(w1) {
				return nil // "Sheriff chad deputy", "senator john concurred"
			}
			pairs, uses := pairUses(w1, w2)
			need := 1
			if tc.Common(w2) && verbLike(w2) {
				need = 2 // "Gov. jerry signs": a verb after a given name
			}
			if pairs < need || float64(pairs) < givenPairShare*float64(uses) && (pairs < 2 || tc.Common(w2)) {
				return nil // written together twice: "President xi" alone as well
			}
			return [][2]int{{i, j}, {k, e}}
		}
	}
	// One word.
	if alGiven {
		return nil
	}
	if abbr {
		if !nameEnds(s, j, true) || initialAfter(s, j) {
			return nil
		}
		return [][2]int{{i, j}}
	}
	next := nextLowerWord(s, j)
	if adverbLike(w1) || tc.MostlyLower(w1) {
		return nil // "Senator also said"
	}
	if lex.IsAttributionVerb(next) && !participleLike(w1) {
		return [][2]int{{i, j}} // "Judge kode said"
	}
	if surnameSubjectVerbs[next] && !verbLike(w1) && !commonEnding(w1) && !tc.Common(w1) {
		return [][2]int{{i, j}}
	}
	return nil
}

// titledNameWord reports whether the lower-case word w may be a word of
// a name after a title: two letters or more, and no stopword, verb of
// saying, role word or title, day, month, point of the compass or word
// that lengthens the title ("elect").
func titledNameWord(w string) bool {
	if len(w) < 2 || w != strings.ToLower(w) {
		return false
	}
	return !(lex.IsStopword(w) || lex.IsAttributionVerb(w) || voices.IsRoleWord(w) || personTitles[w] || abbrevTitles[w] ||
		givenDates[w] || givenCompass[w] || titleAfter[w] || roleWords[w])
}

// givenLead reports whether w may open a name as its given name: a listed
// one, or one the truecase model does not know or writes with a capital
// more often than not, ending like no common noun or verb.
func givenLead(tc *truecase.Model, w string) bool {
	if lex.IsGivenName(w) {
		return true
	}
	if commonEnding(w) {
		return false
	}
	known, capital := tc.Known(w)
	return !known || capital
}

// nameEnds reports whether a name may end at s[e]: at the text's end,
// before a comma, a stop, a colon, a bracket or a possessive, or before
// a stopword or a verb of saying; when capital holds, before a
// capitalised word too ("Rep. beto O'Rourke").
func nameEnds(s string, e int, capital bool) bool {
	if e == len(s) {
		return true
	}
	switch s[e] {
	case ',', ';', ':', ')', '.', '?', '!':
		return true
	case '\'':
		return strings.HasPrefix(s[e:], "'s") && (e+2 == len(s) || !isAlnumASCII(s[e+2]))
	case ' ':
	default:
		return strings.HasPrefix(s[e:], "’s")
	}
	if e+1 < len(s) && (s[e+1] == '(' || capital && 'A' <= s[e+1] && s[e+1] <= 'Z') {
		return true
	}
	next := nextLowerWord(s, e)
	return next != "" && (lex.IsStopword(next) || lex.IsAttributionVerb(next))
}

// nextLowerWord returns the lower-case word of letters after s[:e]
// across one space, or "".
func nextLowerWord(s string, e int) string {
	if e+1 >= len(s) || s[e] != ' ' || s[e+1] < 'a' || s[e+1] > 'z' {
		return ""
	}
	k := e + 1
	for k < len(s) && 'a' <= s[k] && s[k] <= 'z' {
		k++
	}
	if k < len(s) && isAlnumASCII(s[k]) {
		return ""
	}
	return s[e+1 : k]
}

// verbAfterName reports whether the lower-case word next is a verb's
// form that may follow a name of two words as its subject: a common
// word ending like one ("announced", "wants", "committed"), or "met".
func verbAfterName(tc *truecase.Model, next string) bool {
	return next == "met" || next != "" && verbLike(next) && tc.Common(next)
}

// initialAfter reports whether an initial and a lower-case word follow
// s[:j] ("mark a. milley"): the name goes on in lower case, and is left
// whole ("kamala D. Harris" is raised).
func initialAfter(s string, j int) bool {
	return j+4 < len(s) && s[j] == ' ' && isASCIILetter(s[j+1]) && s[j+2] == '.' && s[j+3] == ' ' && 'a' <= s[j+4] && s[j+4] <= 'z'
}
