package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the writing stage, beside openercut.go. A blog's
// or a column's sentence may open on a spoken interjection set off by a
// comma: "Yup, the council did indeed close the pier ...", "Oh, and the
// ferry also ...", "Okay, so the harbour isn't doomed ...", "Well, the
// mayor has a plan ...". The word is the writer's voice talking to a
// reader, not news; a summary's sentence reads without it ("The council
// did indeed close the pier ..."). cutLeaningOpeners cuts it wherever
// the sentence stands, even right after its article's previous one,
// where a leaning phrase ("Still,") is kept.

// chatOpeners are the interjections (lower case, as written before their
// comma) that chatOpening cuts. "Yes", "no" and "sure" answer or concede
// ("Sure, the pier is old, but ...") and stay; "hey" and "ah" call or
// exclaim ("Hey, kids, ...", "Ah, to be young").
var chatOpeners = lex.Set("yup", "yep", "yeah", "oh", "whoa", "wow", "okay", "ok", "well", "um", "so")

// chatJoins may follow an interjection and go with it: "Oh, and ...",
// "Okay, so ...".
var chatJoins = lex.Set("and", "so")

// chatRestNot are words that cannot open what is left: a clause or a
// phrase that leans on a main clause elsewhere ("Oh, because ...", "Ah,
// to be ..."), a negation that answers a question ("Well, not exactly
// ..."), or a conjunction. "If" is not one: "Well, if you buy the house,
// you'll ..." reads whole as "If you buy the house, you'll ..."
// (validation 2 more better).
var chatRestNot = lex.Set("because", "when", "whenever", "while", "since", "though", "although", "unless",
	"until", "as", "to", "via", "not", "no", "yes", "but", "or", "nor", "then", "than", "that", "which", "what",
	"where", "how", "why", "who", "at", "by", "for", "with")

// chatOpening returns s without an interjection of chatOpeners that opens
// it, with its comma and a join after it ("Oh, and"), the next word
// capitalised, and reports whether it cut: s holds no quotation mark
// before the interjection and its marks pair up (a quotation's tail, `Oh,
// it's gone!" she said.`, keeps its words), at least leanRestMinWords
// words follow, and the first of them ends in no comma ("Okay, Tom, ...":
// a name called) and is none of chatRestNot nor a quotation's mark.
func chatOpening(s string) (string, bool) {
	f := lex.SpaceFieldsShared(s)
	if len(f) < 2 || !strings.HasSuffix(f[0], ",") || !chatOpeners[lex.Lower(strings.TrimSuffix(f[0], ","))] {
		return "", false
	}
	k := 1
	if chatJoins[lex.Lower(f[k])] {
		k++
	}
	if len(f)-k < leanRestMinWords || !quotesPaired(s) {
		return "", false
	}
	next := f[k]
	if opensQuoteOrBracket(next) || strings.HasSuffix(next, ",") || chatRestNot[lex.Lower(strings.TrimRight(next, ";:"))] {
		return "", false
	}
	return capitalizeFirst(strings.Join(f[k:], " ")), true
}

// quotesPaired reports whether s holds an even count of straight double
// quotation marks and as many closing curly ones as opening.
func quotesPaired(s string) bool {
	return strings.Count(s, `"`)%2 == 0 && strings.Count(s, "“") == strings.Count(s, "”")
}
