package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/voices"
)

// This file belongs to the attribution stage (role.go): roles that a
// person's first full mention should not get, found by the blind readings
// of the thirty-third session (held-back train clusters and Multi-News
// test, base e4b1a26), where every loss of the session's rules was a role
// written at a first mention. An apposition the sources give, made a
// title before a possessive name ("<role> <name>'s ...", the
// thirty-second session's rule), is written only when it tells something
// new and is a person's:
//   - not when an earlier sentence tells it: "the body of a retired
//     restaurateur ... found" before "retired restaurateur <name>'s former
//     girlfriend";
//   - not when the sentence itself tells its front: "<show> star <name>'s
//     time on <show> has come to an end";
//   - not when its last word is no role noun: "campaign rally <name>'s
//     lies", read from a caption's "<name>, campaign rally, <town>".
// Before any name, a title cut from a show's name is left out: "show
// host" of "<title> show host". The same tests cost more than they gave
// elsewhere: before a name that is not possessive on Multi-News
// validation (a role told before without the name links the two: "the
// bureau's former deputy director ... Former deputy director <name>
// ..."; "Wikileaks founder <name> ... posted on Wikileaks"), and for a
// title the sources write as one, on train 1-38,000 ("a defense secretary
// under <president>" before "Defense Secretary <name>'s successor",
// "New Jersey Gov. <name>'s hopes" beside "New Jersey's downgrades").

// roleTold reports whether the summary already tells the role the
// sentence s would give a person: an earlier sentence (before, the
// summary so far in lower case) holds the whole role of two words or
// more, or s itself holds the words before the role's head, when they
// hold a word of four letters or more that is not a mere modifier. A role
// a later sentence tells is still written: the first mention is where a
// reader needs it, and the later one is shortened (namerepeat.go).
func roleTold(role, s, before string) bool {
	lr := lex.Lower(role)
	for _, a := range []string{"the ", "a ", "an "} {
		lr = strings.TrimPrefix(lr, a)
	}
	w := lex.SpaceFields(lr)
	if len(w) >= 2 && containsWord(before, lr) {
		return true
	}
	if len(w) < 2 {
		return false
	}
	front := w[:len(w)-1]
	telling := false
	for _, x := range front {
		x = strings.Trim(x, ",.;:'’")
		if len(x) >= 4 && !lex.IsStopword(x) && !titleModifiers[x] && !roleModifiers[x] && !voices.IsRoleWord(x) {
			telling = true
		}
	}
	return telling && containsWord(lex.Lower(s), strings.Join(front, " "))
}

// roleNounEnds reports whether a title ends in a noun of a person's role
// or job ("port director", "CEO", "star"), not in a thing ("campaign
// rally").
func roleNounEnds(role string) bool {
	w := lex.SpaceFieldsShared(lex.Lower(role))
	if len(w) == 0 {
		return false
	}
	last := strings.Trim(w[len(w)-1], ",.;:")
	return repeatPhraseHead(last) || voices.IsRoleWord(last) && !titleModifiers[last]
}

// cutShowTitle reports whether a title opens with "show", the last word
// of a show's name whose front was left out ("show host", "show
// correspondent"): it tells no one which show.
func cutShowTitle(role string) bool {
	w := lex.SpaceFieldsShared(lex.Lower(role))
	return len(w) > 1 && w[0] == "show"
}
