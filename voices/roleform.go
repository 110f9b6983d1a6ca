package voices

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus/internal/lex"
)

// A role is shown after its speaker's name ("Ilse Varga, mayor"), where
// news style writes a title in lower case and in full. The sources give
// it as it stood before the name or opened a sentence ("Sen.", "Prime
// minister", "The former", "Police Lt."), so RoleForm rewrites it for
// that place.

// RoleForm returns role as it reads after a name: an abbreviated title
// spelled out ("Sen." → "senator", "Lt. Col." → "lieutenant colonel"), a
// job word written with a capital only because it stood before the name
// or opened a sentence lower-cased ("Police chief" → "police chief",
// "Senate Majority Leader" → "Senate majority leader"; a capitalised word
// of a name after it stays: "General Motors"), and "" for a role that is
// only the front of one ("The former", "Police", "House minority", "The
// Globe's"). A title before a name in the role stays as written ("an aide
// to Sen. Ilse Varga").
func RoleForm(role string) string {
	f := lex.SpaceFields(role)
	if len(f) == 0 {
		return role
	}
	changed, lastSpelled := false, false
	for i, w := range f {
		low := lex.Lower(w)
		if full, ok := spelledTitles[low]; ok {
			if next := lex.Lower(f[min(i+1, len(f)-1)]); i+1 < len(f) && titleShaped(f[i+1]) && !lowerRoleWords[next] && spelledTitles[next] == "" {
				continue // "an aide to Sen. Ilse Varga": a title before a name stays
			}
			f[i], changed, lastSpelled = full, true, i == len(f)-1
			continue
		}
		if !titleShaped(w) || !lowerRoleWords[low] && !(i == 0 && roleArticles[low]) {
			continue
		}
		// A word of a name goes on after the title word ("General
		// Motors", "Major League"): only role words follow a title.
		if i+1 < len(f) && !roleArticles[low] && titleShaped(f[i+1]) && !lowerRoleWords[lex.Lower(f[i+1])] &&
			spelledTitles[lex.Lower(f[i+1])] == "" {
			continue
		}
		f[i], changed = low, true
	}
	if n := len(f); n > 1 && lastSpelled && rankAfter[lex.Lower(f[n-2])] {
		f, changed = f[:n-1], true // "police spokesman Lt.": the rank of a name cut off after a role
	}
	last := lex.Lower(strings.Trim(f[len(f)-1], ",;:"))
	if possessive(last) || roleArticles[last] || len(f) <= 2 && modifierRoles[last] && !headRoles[last] || danglingRoleWords[last] {
		return "" // "The Globe's", "The former", "House minority": no role is named
	}
	if !changed {
		return role
	}
	return strings.Join(f, " ")
}

// titleShaped reports a word written with its first letter alone in
// capitals ("Chief", not "CEO" or "chief").
func titleShaped(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, r := range w[n:] {
		if unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// spelledTitles are abbreviated titles and ranks (lower case) with the
// words a role after a name spells them out in.
var spelledTitles = map[string]string{
	"sen.": "senator", "rep.": "representative", "gov.": "governor", "lt.": "lieutenant", "sgt.": "sergeant",
	"gen.": "general", "col.": "colonel", "capt.": "captain", "cpl.": "corporal", "maj.": "major",
	"adm.": "admiral", "cmdr.": "commander", "det.": "detective", "supt.": "superintendent",
	"insp.": "inspector", "atty.": "attorney", "pvt.": "private", "amb.": "ambassador", "sec.": "secretary",
}

// roleArticles open a role ("The former", "A spokesman") and are written
// in lower case there; a role cannot end on one.
var roleArticles = lex.Set("the", "a", "an", "former")

// lowerRoleWords are the job words a role after a name writes in lower
// case (news style: "Ilse Varga, the prime minister"); nationalities,
// parties and institutions ("British", "Senate", "White House") keep
// their capitals.
var lowerRoleWords = lex.Set("president", "vice", "secretary", "minister", "prime", "premier", "chancellor",
	"senator", "representative", "congressman", "congresswoman", "governor", "mayor", "councilman",
	"councilwoman", "chairman", "chairwoman", "chair", "speaker", "chief", "executive", "officer", "director",
	"manager", "head", "commissioner", "superintendent", "inspector", "spokesman", "spokeswoman",
	"spokesperson", "attorney", "lawyer", "prosecutor", "judge", "sheriff", "deputy", "detective", "sergeant",
	"lieutenant", "captain", "colonel", "general", "admiral", "commander", "major", "corporal", "ambassador",
	"leader", "majority", "minority", "whip", "acting", "interim", "assistant", "associate", "press", "police",
	"adviser", "advisor", "coach", "founder", "co-founder", "editor", "professor", "researcher", "author",
	"member", "candidate", "nominee", "foreign", "defense", "defence", "interior", "justice", "of", "and", "for",
	"to", "on")

// rankAfter are role nouns a rank's abbreviation may follow when the
// name it stood before was cut off ("coast guard spokesman Lt.").
var rankAfter = lex.Set("spokesman", "spokeswoman", "spokesperson", "officer", "commander", "chief", "director")

// headRoles are words modifierRoles lists that end a role as well
// ("deputy", "general" in "attorney general", "private", a party's
// member: "a Republican").
var headRoles = lex.Set("deputy", "general", "private", "republican", "democrat") // "a Republican"

// danglingRoleWords end no role: the front of a title cut before its
// noun ("House minority", "Senate majority", "chief of").
var danglingRoleWords = lex.Set("majority", "minority", "of", "and", "for", "to", "on", "vice", "prime")
