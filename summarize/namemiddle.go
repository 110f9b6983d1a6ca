package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/truecase"
)

// This file belongs to the attribution stage, beside fullname.go. A
// lower-cased cluster that names a person once in full with a middle
// name the given-name list lacks ("police say ivan holt varkey of
// tarnwick was arrested") and by surname alone after that ("varkey
// initially wanted ...") read the middle name as the given name: an
// unlisted given name, which counts only when two sources write the pair
// (pairSources), and so the summary's "Varkey initially wanted ..." named
// a man the reader never met. A listed given name just before that word,
// where a name may start (opensName: after a verb of saying, a role, a
// comma, not a label's colon; middleOpeners: "say", "as"; or at the
// sentence's start), is the first name and the word its
// middle name: the first mention is written "Ivan Holt Varkey", as the
// sources write it. The middle name must be written nowhere but between
// the given name and the surname (a word also written before the surname
// alone is the surname's first half: "ivan holt varkey", "holt varkey
// said"), and the surname, alone, must show a person somewhere (a verb of
// saying or a singular verb after it: "varkey is due in court"), and be
// no word of time or clause, verb, common word or given name
// (middleSurname: "judge ivan holt ruled", "... ivan holt today").
//
// Measured against 29bd75c: validation 4 of 5,599 changed, all read: 3
// better (a judge and a suspect met by surname alone now named in full;
// a lower-cased surname given its capital), 1 the same (a middle name
// added to a full name); train 1-38,000 14 of 37,863 changed, all read:
// 12 better (first mentions by surname or "Mr." named in full, lower-cased
// surnames after a full given name given their capitals), 2 the same
// (middle names added), 0 worse. Tried and not kept: without
// middleSurname, verbs and common words read as surnames ("a judge ivan
// holt ruled" gave "a Judge Ivan Holt Ruled", 3 of 22 train changes
// worse), a middle word also written before the surname alone (a
// two-part surname, "holt varkey said": 1 worse), and a label's colon
// before the name (a photo credit's name run into a person's: 1 worse).

// middleSurname reports whether w, read as the surname after a given and
// a middle name, may be one: no word of time or clause (notGiven), no
// verb form, past in -ed or common word (truecase's MostlyLower: "ruled",
// "estimates"), and no given name ("<credit's name> conan o'brien").
func middleSurname(w string) bool {
	return !notGiven[w] && !verbForm(w) && !verbLike(w) && !strings.HasSuffix(w, "ed") &&
		!truecase.Default().MostlyLower(w) && !lex.IsGivenName(w)
}

// middleOpeners are words a full name often follows that opensName does
// not hold: "police say ...", "identified as ...", "named ...".
var middleOpeners = lex.Set("say", "as", "named", "identified")

// listedBeforeMiddle returns the listed given name (lex.IsGivenName) that
// f[j-2] writes before the middle name f[j-1] of the surname f[j], when a
// name may start before it (j == 2, opensName(f[j-3]) or middleOpeners):
// "say ivan holt
// varkey" gives "ivan". f[j-1] is a plain word the caller read as an
// unlisted given name.
func listedBeforeMiddle(f []string, j int) (string, bool) {
	if j < 2 {
		return "", false
	}
	m := f[j-2]
	if !plainLower(m) || !lex.IsGivenName(m) || j > 2 && !opensName(f[j-3]) && !middleOpeners[lex.Lower(f[j-3])] {
		return "", false
	}
	if j > 2 && strings.HasSuffix(f[j-3], ":") {
		return "", false // a label's name: "photo: ivan holt varkey's ..." is a credit run into the text
	}
	return m, true
}
