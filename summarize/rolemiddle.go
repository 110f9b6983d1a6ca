package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the attribution stage (role.go): a summary that
// names a person with a middle initial ("Ivo K. Marlowe is calling on
// ...") gave no role, as fullMentions read only a given name directly
// followed by the surname, while voices.RoleOf reads a name with an
// initial as any other. A middle initial between the given name and the
// surname, written as the given name is (a capital after a capital, a
// small letter after a small one), is read as part of the full name: the
// role, rank or body the sources give it is written at the first
// mention, looked up with the initial, then without it ("Ivo Marlowe,
// a lawyer, ..."), and a later full mention is cut to the surname as any
// other. A lower-cased source writes the initial small ("ivo k.
// marlowe"), which voices' tokens do not read as an initial: the
// lookup raises it first (initialSents). A lower-cased cluster's
// summary writes such a name "tomas r. Velling" at this stage, the
// surname raised after the initial's stop.
//
// Measured against 5718a5e: alone, validation 2 changed, both read, 2
// better (a later "Ada Rusk" and "Oren T. Halm" after the
// person was introduced cut to the surname); with addRoles run again
// after nameFromArticle (articlename.go), which writes most names with
// an initial, a third: "Ivo K. Marlowe, a lawyer for one of the
// two tenants, is calling ..." (better).

// middleInitial returns the middle initial fields[j+1] writes after the
// given name fields[j], lower case without its stop, when a word follows
// it: a single ASCII letter and a full stop, in the given name's case.
// A small "v." is a case's "versus" ("Kimble v. Marvel"). It returns ""
// for none.
func middleInitial(fields []string, j int) string {
	if j+2 >= len(fields) {
		return ""
	}
	f := fields[j+1]
	if len(f) != 2 || f[1] != '.' {
		return ""
	}
	b := f[0]
	switch {
	case 'A' <= b && b <= 'Z':
		if !upperStart(fields[j]) {
			return ""
		}
		return string(b + 'a' - 'A')
	case 'a' <= b && b <= 'z':
		if upperStart(fields[j]) && !sentenceStart(fields, j) || b == 'v' {
			return "" // "Kimble v. Marvel"
		}
		return f[:1]
	}
	return ""
}

// middleName returns the lower-case full name with its middle initial:
// "ivo k. marlowe".
func middleName(given, initial, family string) string {
	return given + " " + initial + ". " + family
}

// initialSents returns sents with the middle initial of the name
// given+initial+family written as a capital wherever a sentence writes
// it small ("ivo k. marlowe" -> "ivo K. marlowe"), so voices.RoleOf
// reads it as an initial and not as a word before a full stop. A
// sentence whose lower-casing moves its bytes is left as it is.
func initialSents(sents []string, given, initial, family string) []string {
	name := middleName(given, initial, family)
	var out []string
	for k, s := range sents {
		low := lex.Lower(s)
		if len(low) != len(s) || !strings.Contains(low, name) {
			continue
		}
		b := []byte(s)
		for from := 0; ; {
			at := strings.Index(low[from:], name)
			if at < 0 {
				break
			}
			at += from
			if i := at + len(given) + 1; 'a' <= b[i] && b[i] <= 'z' {
				b[i] -= 'a' - 'A'
			}
			from = at + len(name)
		}
		if out == nil {
			out = append([]string(nil), sents...)
		}
		out[k] = string(b)
	}
	if out == nil {
		return sents
	}
	return out
}
