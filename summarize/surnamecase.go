package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/truecase"
)

// This file writes the capital of a surname that the truecaser left low
// after the given name it raised: a surname that is also a common word
// ("Jeff sessions", "Brian cook", "Maxine waters", "Taylor swift") or
// one it does not know ("Mark lowen"). The cluster must name the person
// so: lowerGivenNames (fullname.go) reads the pair from the sources,
// with the surname in a person's place in most of its mentions, and
// gives the full name "Jeff Sessions"; the summary's "Jeff sessions"
// then reads "Jeff Sessions". A common word after a given name that is
// no surname there ("Steven rose at", "Joshua tree") has no full name
// and is left; so is a word in no person's place (personPlace: "Lewis
// represents the", "Oscar buzz and", "St. Louis suburb").
//
// Measured against 2093563 (lower-cased clusters only; truecaseSummary
// runs it after the other case rules): validation 35 of 5,598 summaries
// changed, every word read: 35 better, 0 worse ("Defense Secretary
// Chuck Hagel said", "Sgt. Brian Cook said", "Taylor Swift's",
// "Chancellor Cathie Black,", "spokesman Bruce Land said", "Dallas-Fort
// Worth", "Taco Bell says"). Train 1-6,000: 34 changed, all read: 33
// better ("Prime Minister Narendra Modi", "Hope Solo,", "Scotland Yard
// told", "football coach Hugh Freeze"; one where the name now reads as
// named and a later "Dr. Melissa Click" is shortened to "Dr. Click"), 1
// worse ("rand Paul Event,": a given name that is also a surname, after
// a word the model knows lower-case). Not kept: any word after the
// given name (validation 137 changed, a quarter wrong: "Lewis
// Represents", "Kris Believes"); run inside nameInFull, before the
// truecaser, the capitals made lower-cased sentences read as cased to
// the later rules ("5 a.m. At").

// caseSurnamesAfterGiven writes in capitals each lower-case word of
// sum's sentences, truecased, that lowerGivenNames holds as a surname
// (not a couple's, twoPeople), right after a capitalised word that is the given
// name the full name writes before it: "Jeff sessions said" -> "Jeff
// Sessions said", as the full name writes it ("McCabe").
func (c *cluster) caseSurnamesAfterGiven(sum *chorus.Summary) {
	bare, _ := c.lowerGivenNames(summaryNameCores(sum))
	if len(bare) == 0 {
		return
	}
	two := c.twoPeople()
	for i := range sum.Sentences {
		s := sum.Sentences[i].Text
		var fields []string
		changed := false
		for j, f := range lex.SpaceFieldsShared(s) {
			if j == 0 || f == "" || f[0] < 'a' || f[0] > 'z' {
				continue
			}
			core, _ := lowerCore(f)
			full, ok := bare[core]
			if !ok || two[core] || !strings.HasPrefix(f, core) {
				continue
			}
			if fields == nil {
				fields = lex.SpaceFields(s)
			}
			name := lex.SpaceFieldsShared(full)
			if len(name) < 2 || fields[j-1] != name[len(name)-2] {
				continue // "Jeff" before "sessions", as the full name writes it
			}
			if r, _ := utf8.DecodeRuneInString(fields[j-1]); !unicode.IsUpper(r) {
				continue
			}
			if !personPlace(fields, j, core) {
				continue // "Lewis represents the", "Oscar buzz and": no person's name there
			}
			fields[j] = name[len(name)-1] + f[len(core):]
			changed = true
		}
		if changed {
			sum.Sentences[i].Text = strings.Join(fields, " ")
		}
	}
}

// personPlace reports whether fields[j], whose lowerCore is core, after
// a given name at fields[j-1], stands where a person's name does: a role
// or a title before the given name ("spokesman Bruce land", "Sgt. Brian
// cook"), or after the surname a verb of saying, personAfter or a verb
// a subject takes ("is", "was", "has", "had", "will", "would", "who"),
// a possessive ("David lean's"), or a comma. A word ending like a verb's
// form ("prevails,", "reports,") takes only a verb of saying or
// personAfter; a role noun or an award's ("host", "winner") none.
func personPlace(fields []string, j int, core string) bool {
	if noSurnameWord(core) {
		return false // "Morning Joe host's", "the Oscar winner,"
	}
	if awardGiven[lex.Lower(fields[j-1])] {
		return false // "Oscar season's", "Oscar acceptance"
	}
	if j >= 2 {
		p := fields[j-2]
		if nameWordBefore(p) {
			return false // "Rand Paul event,", "E.L. James novel,": a name's surname before a noun
		}
	}
	verbForm := verbLike(core) || participleLike(core) || strings.HasSuffix(core, "ly")
	if verbForm && truecase.Default().Common(core) {
		return false // "Michelle always says"
	}
	if j >= 2 && !verbForm {
		p := lex.Lower(strings.TrimRight(fields[j-2], ".,"))
		if (roleWords[p] || abbrevTitles[p]) && !placeSaints[p] {
			return true
		}
	}
	next := ""
	if j+1 < len(fields) {
		next, _ = lowerCore(fields[j+1])
	}
	if lex.IsAttributionVerb(next) || personAfter[next] {
		return true
	}
	if verbForm {
		return false // "Pope Francis prepares", "O'Connor prevails,"
	}
	f := fields[j]
	if commaOrPossessive(f) {
		return true
	}
	return surnameSubjectVerbs[next]
}

// noSurnameWord reports whether core, a lower-case word after a given
// name, is no surname: a role, a title, an award's noun or a stopword
// ("Morning Joe host's", "the Oscar winner,").
func noSurnameWord(core string) bool {
	return roleWords[core] || repeatPhraseHeads[core] || notSurnameWords[core] || awardNouns[core] || lex.IsStopword(core)
}

// commaOrPossessive reports whether the field f ends on a comma or a
// possessive: a surname's place ("David lean's", "Brian cook,").
func commaOrPossessive(f string) bool {
	return strings.HasSuffix(f, ",") || strings.HasSuffix(f, "'s") || strings.HasSuffix(f, "’s")
}

// surnameSubjectVerbs after a surname show it the subject: "Melissa bean has".
var surnameSubjectVerbs = lex.Set("is", "was", "has", "had", "will", "would", "who")

// awardNouns follow an award's name that reads as a given name: "the
// Oscar winner", "an Oscar nominee".
var awardNouns = lex.Set("winner", "winners", "nominee", "nominees", "nomination", "nominations", "buzz", "night")

// placeSaints open a place's name, not a title's: "St. Louis suburb".
var placeSaints = lex.Set("st", "saint", "ste", "mt", "ft", "fort", "port", "lake")

// awardGiven are awards' names that read as given names: "Oscar".
var awardGiven = lex.Set("oscar", "emmy", "grammy")

// nameWordBefore reports whether the field p before a given name is a
// word of a name that makes the given name a surname: a capitalised word
// or one the truecase model does not know as a common word ("rand
// paul"), or initials ("E.L."), and no role, title, honorific, stopword
// or verb of saying.
func nameWordBefore(p string) bool {
	w := lex.Lower(p)
	if b, ok := strings.CutSuffix(w, "."); ok {
		return strings.Contains(b, ".") && !abbrevTitles[b] && !honorifics[b] // "e.l."
	}
	if strings.TrimRight(w, ",;:!?\"”’'`)]") != w || !lettersOnly(w) {
		return false
	}
	if roleWords[w] || abbrevTitles[w] || honorifics[w] || repeatPhraseHeads[w] || lex.IsStopword(w) || lex.IsAttributionVerb(w) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(p); unicode.IsUpper(r) {
		return true
	}
	return !truecase.Default().MostlyLower(w)
}
