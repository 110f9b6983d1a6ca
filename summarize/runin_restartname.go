package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/defect"
	"github.com/chorusnews/chorus/internal/lex"
)

// A headline that opens on a surname run into a story that opens on the
// full name: "Varga's ferry plan sinks at council vote anna varga said on
// monday she would ..." reads "Anna varga said on monday she would ...".
// cutRepeatedSubject refuses a cut after a given name (the headline
// would keep it), and cutDescribedRunIn wants a role before the name;
// here the cut falls before the given name. The cut is made on a
// reader's summary after selection (cutRestartedNames): only the
// sentence changes.

// Bounds of cutRestartedName.
const (
	restartNameMinHead = 3  // the fewest headline words before the given name
	restartNameMaxHead = 30 // the most
)

// cutRestartedName returns s, a sentence of a reader's summary of
// lower-cased text, from the story and true when its first word is a
// surname (maybe with "'s"; 3 letters or more, no stopword, no listed
// given name, no comma after it) and, restartNameMinHead to
// restartNameMaxHead words on, a listed given name and that surname open
// the story: the word before the given name is no stopword, no title,
// role or kin word, no given name and no place's first word
// (restartNamePlaces), holds no punctuation but an apostrophe, and no
// description runs into the name (restartNameDescribed); the surname is
// no group noun (restartNameGroups); no word before it ends a sentence;
// a finite verb follows the surname (repeatVerb, a present "-s" verb
// right after it, or an appositive and its verb). The story holds
// fusedLedeMinWords words or more, is no furniture, no caption and does
// not point back. It returns s and false otherwise.
func cutRestartedName(s string) (string, bool) {
	starts, words := fieldStarts(s, restartNameMaxHead+fusedLedeMinWords+4)
	if len(words) < restartNameMinHead+fusedLedeMinWords {
		return s, false
	}
	raw := func(i int) string { return fieldText(s, starts, i) }
	name := trimPossessive(words[0])
	if len(name) < 3 || lex.IsStopword(name) || lex.IsGivenName(name) || restartNameGroups[name] || lex.ContainsAny(raw(0), ",;:") {
		return s, false
	}
	for g := 1; g+2 < len(words) && g <= restartNameMaxHead; g++ {
		r := raw(g - 1)
		if g > 1 && lex.ContainsAny(r, ".!?") && !abbrevLike(lex.Lower(r)) {
			return s, false
		}
		if g < restartNameMinHead || !lex.IsGivenName(words[g]) || trimPossessive(words[g+1]) != name || words[g+1] != name {
			continue
		}
		prev := words[g-1]
		if prev == "" || lex.IsStopword(prev) || lex.IsGivenName(prev) || roleWords[prev] || titlesBefore[prev] ||
			describedRoles[prev] || kinWords[prev] || restartNameBefore[prev] || restartNamePlaces[prev] || restartNameDescribed(words, g) ||
			lex.ContainsAny(strings.ReplaceAll(strings.ReplaceAll(r, "'", ""), "’", ""), `,;:.!?"“”()[]—–-/&|`) {
			continue
		}
		if !phraseClean(raw, g, g+2) && !strings.HasSuffix(raw(g+1), ",") {
			continue
		}
		if !(repeatVerb(words, raw, g+2) || restartNameVerb(words[g+2]) && phraseClean(raw, g, g+2) || appositiveVerb(words, raw, g+2)) {
			continue
		}
		lede := lex.UpperFirst(strings.TrimSpace(s[starts[g]:]))
		if countWords(lede) < fusedLedeMinWords || defect.Furniture(lede) != defect.OK || seenCaption(words[g:]) || defect.Dangles(lede) {
			return s, false
		}
		return lede, true
	}
	return s, false
}

// trimPossessive returns w without an "'s" or "’s" at its end.
func trimPossessive(w string) string {
	return strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
}

// restartNameVerb reports whether w, right after a full name, reads as a
// present "-s" verb ("responds", "remains"): 4 letters or more, one "s"
// at the end, no "'s".
func restartNameVerb(w string) bool {
	return len(w) >= 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "'s") &&
		!strings.HasSuffix(w, "’s") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

// restartNameDescribed reports whether "the", "a", "an" or "of" stands
// among the three words before the given name at g: a description runs
// into the name ("the former head of <firm> <given> <surname> ..."), and
// the story opens before it.
func restartNameDescribed(words []string, g int) bool {
	for k := max(0, g-3); k < g; k++ {
		if words[k] == "the" || words[k] == "a" || words[k] == "an" || words[k] == "of" {
			return true
		}
	}
	return false
}

// restartNamePlaces open a place's name whose next word may be a given
// name ("san francisco").
var restartNamePlaces = lex.Set("san", "santa", "los", "las", "el", "la", "de", "fort", "port", "mount", "lake",
	"new", "saint", "st", "cape", "palm", "glen")

// restartNameGroups are nouns that open a sentence as its subject and
// may follow a place named for a person ("<city> police ...").
var restartNameGroups = lex.Set("police", "officials", "authorities", "residents", "students", "workers",
	"troops", "fans", "voters", "scientists", "researchers", "doctors", "firefighters", "officers", "deputies",
	"prosecutors", "investigators", "lawmakers", "republicans", "democrats", "county", "city", "state", "school")

// restartNameBefore are words before a given name that make the full
// name part of the phrase before it ("president-elect <name>", "late
// <name>").
var restartNameBefore = lex.Set("president-elect", "late", "former", "dr", "ex", "actress", "actor", "singer",
	"rapper", "star", "coach", "chief", "leader", "secretary", "speaker", "attorney", "lawyer", "friend",
	"boyfriend", "girlfriend", "fiance", "fiancee", "fiancé", "fiancée", "partner", "widow", "ex-wife", "ex-husband",
	"named", "called", "dubbed", "nicknamed", "sir", "dame", "lord", "lady", "saint", "st")

// cutRestartedNames cuts, in each sentence of a reader's summary of
// lower-cased text, a headline that opens on a surname run into a story
// that opens on the full name (cutRestartedName).
func cutRestartedNames(sum *chorus.Summary, lower bool) {
	if !lower {
		return
	}
	cutEach(sum, cutRestartedName)
}
