package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/truecase"
)

// This file holds the uses of a surname that bareGivens (barename.go)
// reads as a person's, where its guards against common words, places
// and a second person's given name would otherwise read them so: "the
// velmora family" (a determiner, but before a family word), "according
// to velmora" (after "to", but no place), "novelist ada velmora" beside
// "to consult velmora" ("consult" is no given name the list lacks).

// familyUse reports whether the word cs[j], after a determiner, names a
// family: a family word follows it ("the velmora family", "the velmora
// daughters"), so the determiner does not make it a common word.
func familyUse(cs []core, j int, punct bool) bool {
	return !punct && j+1 < len(cs) && kinWords[cs[j+1].w]
}

// accordingTo reports whether the word cs[j] stands after "according
// to": a source, not a place. A word cased text writes mostly lower-case
// ("handy") is left a common word.
func accordingTo(cs []core, j int) bool {
	return j >= 2 && cs[j-1].w == "to" && cs[j-2].w == "according" && !cs[j-2].punct &&
		!commonBefore(cs[j].w)
}

// commonBefore reports whether p is a word that cased text writes mostly
// lower-case ("locate", "entrepreneur"): before a surname no given name,
// though the articles write it only there; as the surname itself, a
// common word ("according to handy").
func commonBefore(p string) bool {
	return truecase.Default().MostlyLower(p)
}

// addFirstBefore records in m (made when nil) that the articles write w
// before "<listed given name> <sur>": beside "w <sur>" it shows that
// the listed name is a middle one ("ada lyn velmora" beside "ada
// velmora", where "ada" is missing from the list).
func addFirstBefore(m map[string]map[string]bool, sur, w string) map[string]map[string]bool {
	if m == nil {
		m = make(map[string]map[string]bool)
	}
	if m[sur] == nil {
		m[sur] = make(map[string]bool)
	}
	m[sur][w] = true
	return m
}

// verbBefore reports whether fields[j], a bare surname sur, is the
// object of the verb before it ("struck velmora", "accused velmora of"):
// an irregular past or common verb (verbForm) or a past form in "-ed",
// with the surname ending its phrase (punctuation or a possessive after
// it, or the sentence's end, a stopword or a verb next). A name may open
// there. Not when cased text writes sur mostly lower-case or the word
// after it carries on a noun phrase ("fried velmora chops"): there the
// verb form is an adjective.
func verbBefore(fields []string, j int, sur string) bool {
	if j == 0 {
		return false
	}
	if !pastVerb(lex.Lower(fields[j-1])) || commonBefore(sur) {
		return false
	}
	if j+1 == len(fields) {
		return true
	}
	if f := fields[j]; strings.TrimRight(f, ",.;:!?)'’") != f || strings.HasSuffix(lex.Lower(f), "'s") || strings.HasSuffix(f, "’s") {
		return true
	}
	next, _ := lowerCore(fields[j+1])
	return lex.IsStopword(next) || verbForm(next) || lex.IsAttributionVerb(next) || participleLike(next)
}

// pastVerb reports whether w is an irregular past or a common verb
// (verbForm) or a past form in "-ed", and no given name too
// (verbNames).
func pastVerb(w string) bool {
	return (verbForm(w) || len(w) > 4 && strings.HasSuffix(w, "ed")) && !verbNames[w]
}

// verbNames are verb forms that are given names too: "drew velmora" may
// be the person's full name, written lower-case.
var verbNames = lex.Set("drew", "rose", "won", "ted", "jed", "ned", "reed", "fred", "sped", "red")
