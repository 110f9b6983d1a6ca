package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/truecase"
)

// This file belongs to the attribution stage, beside lowerGivenNames: a
// lower-cased cluster's given name that is a common word too ("mark
// velmor", "undersheriff don velmor", "rose velmor"), which lex's list
// leaves out, counts as a listed given name before the surname it is
// written with, so that a bare "Velmor said ..." or "Velmor and ..." in a
// reader's summary is written in full at its first mention ("Don Velmor
// said ..."), as "william velmor" makes "William Velmor". Read before as
// an unlisted word, such a given name named the surname only after a word
// opening a name or in two sources (pairSources): "including mark velmor"
// named no one, and the summary read "Velmor and the composer ...".
//
// The word before it must not show the common word: a determiner ("the
// bill velmor signed"), "to" ("to sue velmor"), a modal, an auxiliary or
// a pronoun ("we hope velmor wins"). "will" and "may", modal verbs before
// any name, are no such given names (truecase.WordGivenName); "don", a
// verb seldom written before a surname, is. The surname must end the
// name there and be no common word nor a people's, and a summary that
// writes the given name alone ("will mark the first time", "says bill
// wasn't drinking") or the surname before a capital keeps the bare
// surname (dropWordGivenMisreads).
//
// Measured against a05bce2: validation 8 of 5,599 summaries changed, all
// read: 6 better ("Don Barnes said", "Mark Hamill and composer ...",
// "Rose McGowan has accused ...", "chief executive Mark Zuckerberg"), 0
// worse, 2 the same (a role written before "Mark Zuckerberg's pinterest
// profile"; "Peter Berg" written in full twice more). Train 1-38,000,
// before the guards against a people's word and a misread summary: 73 of
// 37,861 changed, 40 read: 35 better ("Bill Gates", "Chuck Schumer",
// "Rod Rosenstein", "Dawn Sturgess"), 3 worse ("Mark Ronson and airbnb
// will Mark the first time", "Rich Americans" twice, "Bill Ford Motor
// Co."), 2 the same; the guards undo the first two worse (and three
// better, back to the base's words: "Bill Murray" where the summary says
// "bill wasn't drinking"); "Bill Ford Motor Co." stays: the summary is
// lower-cased when the name is written, and the capital that shows the
// firm comes later. Fill ROUGE on validation is unchanged (45.93 / 16.24
// / 19.83): the rule writes a reader's summary only.

// wordGivenAt reports whether the field f[j-1], written lower-case, is a
// given name that is a common word (wordGiven) before the surname f[j]
// (cs: the fields' lowerCore): lowerGivenNamesOf's givenAt reads it as a
// listed given name then. The word before it shows no common word
// (notBeforeWordGiven) and is no name's word that cased text writes
// capitalised ("billy ray velmor": a middle name); the surname is no word
// cased text writes lower-case ("buddy holly glasses") nor a people's
// ("rich americans", truecase.PeopleWord) and ends the name,
// before punctuation, a stopword or a verb of saying ("holly khaw li
// ling" may be another's name).
func wordGivenAt(f []string, cs []core, j int) bool {
	if j < 2 || f[j-1] != cs[j-1].w || !wordGiven(cs[j-1].w) || cs[j-1].punct {
		return false
	}
	tc := truecase.Default()
	if p := cs[j-2]; !p.punct {
		if determiners[p.w] || notBeforeWordGiven[p.w] {
			return false
		}
		if known, capital := tc.Known(p.w); known && capital && len(p.w) > 3 || lex.IsGivenName(p.w) {
			return false
		}
	}
	sur := cs[j].w
	if tc.Common(sur) || tc.MostlyLower(sur) || truecase.PeopleWord(sur) {
		return false
	}
	if cs[j].punct || j+1 == len(cs) {
		return true
	}
	next := cs[j+1].w
	return lex.IsStopword(next) || lex.IsAttributionVerb(next) || personAfter[next] || afterSurname[next]
}

// wordGiven reports whether lower-case w is a given name that is a common
// word too: truecase's (truecase.WordGivenName) and "don", but "sue", a
// verb before a place or a firm as often ("to sue Tarnwick", "and sue
// Tarnwick").
func wordGiven(w string) bool {
	return w == "don" || w != "sue" && truecase.WordGivenName(w)
}

// notBeforeWordGiven are words after which a wordGiven word is the common
// word or a verb: "to sue", "could hope", "we hope", "has drew".
var notBeforeWordGiven = lex.Set("to", "not", "will", "would", "can", "could", "should", "might", "must",
	"may", "shall", "i", "we", "you", "they", "he", "she", "it", "who", "which", "that", "have", "has",
	"had", "is", "was", "are", "were", "be", "been", "do", "does", "did", "all", "no", "any", "every", "each",
	"so", "very", "too", "more", "most", "less")

// dropWordGivenMisreads deletes from bare (lowerGivenNames' full names)
// the names whose given name is a wordGiven word that the summary sum
// reads as the common word: written there lower-case but before the
// surname ("Velmor and airbnb will mark the first time": "Mark" would be
// raised there too, truecaseSummary reading it as the name's), or whose
// surname sum writes before a capitalised word, the name of a thing
// named for the person ("Velmor Motor Co.").
func dropWordGivenMisreads(sum *chorus.Summary, bare map[string]string) {
	for sur, full := range bare {
		first, _, _ := strings.Cut(full, " ")
		g := lex.Lower(first)
		if !wordGiven(g) || lex.IsGivenName(g) {
			continue
		}
		for i := range sum.Sentences {
			if wordGivenMisread(lex.SpaceFieldsShared(sum.Sentences[i].Text), g, sur) {
				delete(bare, sur)
				break
			}
		}
	}
}

// wordGivenMisread reports whether fields write the given name g alone,
// not before the surname sur, or sur before a capitalised word.
func wordGivenMisread(fields []string, g, sur string) bool {
	for j, f := range fields {
		w, punct := lowerCore(f)
		next := ""
		if j+1 < len(fields) && !punct {
			next, _ = lowerCore(fields[j+1])
		}
		switch w {
		case g:
			if next != sur {
				return true
			}
		case sur:
			if next != "" && upperStart(fields[j+1]) {
				return true
			}
		}
	}
	return false
}
