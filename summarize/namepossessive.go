package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/truecase"
)

// This file belongs to the attribution stage, beside namewho.go: the
// name index of a lower-cased cluster (lowerGivenNames) takes a given
// name it does not list ("pat", "odile") before a surname only when two
// sources write the pair and the surname alone acts somewhere: the
// subject of a singular verb ("velm was charged") or of a relative
// clause ("velm, who ..."). A person the sources name in full twice but
// otherwise only by a possessive ("the man was odile velm, ...", "... it's
// odile velm, the volunteer pilot ...", "Velm's boat sank ...") was left
// out, and a summary opening "Velm's boat sank in 2001." never said who
// Velm is. possessiveAct counts a bare surname's possessive before a
// lower-case noun as acting too: "velm's boat", "velm's face", unless
// the cluster writes the surname before a namesake noun ("velm studios",
// "velm co.": namesakeAfter), where "velm's success" is a company's.
// Short unlisted given names ("pat velm") are nameshort.go's; a bare
// surname written in full so at its first mention: "Pat Velm's boat
// sank ...".
//
// Measured against e95519a with nameshort.go (the two together: the
// person that led to them, a firefighter named by his possessive alone,
// needed both): validation 8 of 5,599 changed, all read: 7 better (a
// surname or possessive at first mention now in full, a full-name
// sentence moved before the bare one, two names' capitals mended), 1
// the same (a well-known politician's possessive in full); train
// 1-38,000 26 of 37,862 changed, all read: 22 better ("<surname>'s book",
// "<surname>'s best known tracks", "Groening, 96, was sentenced" in
// full), 3 the same (text unchanged, a role added with the full name
// written twice, "Count Dracula's castle"), 1 worse (a film studio's
// possessive written as its founder's name). Tried and not kept: the
// two without their guards changed train 38, 8 worse; those of the
// possessive: "nursing home's" and "today's" (common words: truecase
// mostly lower), "China", "Egypt's" (places: datelineRegionNames), and a
// possessive letting an unlisted middle name through ("<given> wore
// <surname>'s jersey" read as a three-word name), so the possessive
// counts only where two sources pair the name (pairSources), not for
// middle names; nameshort.go names the other three.

// possessiveAct reports whether the bare surname f[j] (cs[j]) is a
// possessive ("velm's", "Velm’s") before a plain lower-case word that is
// no verb of saying or stopword ("velm's boat"), and does not open a
// quotation: a person's thing. A surname ever after a determiner is left
// out of the index anyway (lowerGivenNamesOf).
func possessiveAct(f []string, cs []core, j int) bool {
	if j+1 >= len(f) || !cs[j].punct {
		return false
	}
	low := lex.Lower(f[j])
	if !strings.HasSuffix(low, "'s") && !strings.HasSuffix(low, "’s") {
		return false
	}
	if lex.TrimLeftPunct(low, "\"“‘'`([") != low {
		return false // a quotation's or a bracket's word
	}
	next := f[j+1]
	return plainLower(next) && !lex.IsStopword(next) && !lex.IsAttributionVerb(next)
}

// namesakeAfter reports whether lower-case w, after a surname, makes the
// name a thing's: a namesake noun ("tower", "company") or a business's
// word ("co", "studios", "films").
func namesakeAfter(w string) bool {
	return namesakeNouns[w] || businessWords[w]
}

// businessWords after a name make it a business's, beside namesakeNouns.
var businessWords = lex.Set("co", "studios", "studio", "films", "pictures", "records", "entertainment",
	"productions", "enterprises", "industries", "motors", "holdings", "media", "network", "channel", "ltd")

// ownsAsPerson reports whether the bare surname sur, written as a
// possessive (owns: possessiveAct), shows a person there: the cluster never
// writes it before a namesake noun (namesake: namesakeAfter), and it is
// no common word the truecase model knows mostly in lower case ("home's",
// "today's") and no country or state ("turkey's").
func ownsAsPerson(sur string, owns, namesake map[string]bool) bool {
	return owns[sur] && !namesake[sur] && !truecase.Default().MostlyLower(sur) && !datelineRegionNames[sur]
}
