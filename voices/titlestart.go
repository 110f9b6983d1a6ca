package voices

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A title before a name is read back from the name word by word
// (nameRole, titleWord). In lower-cased text any word but a stopword or
// a verb form may stand in it, so the run can take in a clause's verb
// ("will greet mayor …"), stop inside an organisation's name opened by a
// past form ("united harbours president …" read from "harbours") or run
// on past the longest title it may hold. titleRun finds where the title
// starts, and roleHead checks that it ends as a role does.

// maxTitleRun is the most words a title before a name is read back over.
const maxTitleRun = 5

// titleRun returns the index of the first word of the title that ends at
// toks[start-1] (a word of the roles list), start when there is none.
func titleRun(toks []token, start int, cased bool) int {
	from := start - 1
	for from > 0 && start-from < maxTitleRun {
		if !titleWord(toks[from-1], cased) || verbMarker(toks[from-1].low) {
			break
		}
		from--
	}
	if from > 0 && start-from >= maxTitleRun && titleWord(toks[from-1], cased) {
		// The run goes on: where the title starts is unknown, so only
		// the words of the roles list before the name are read ("…
		// ferry board bridge works former deputy mayor").
		for from < start && !roles[toks[from].low] {
			from++
		}
		return from
	}
	if cased || from == 0 {
		return from
	}
	p := toks[from-1]
	switch {
	case orgOpeners[p.low] && !roles[toks[from].low] && (from == 1 || npStart(toks[from-2])):
		// "by united harbours president": the organisation's name the
		// title began in opens on a past form titleWord leaves out.
		return from - 1
	case verbMarker(p.low) && !roles[toks[from].low]:
		// "will greet mayor …", "don't trust governor …": the
		// word after a modal or a subject pronoun is a verb, no part
		// of the title.
		return from + 1
	}
	return from
}

// orgOpeners are past forms that open organisations' names ("United
// Harbours", "Associated Growers"), which titleWord leaves out of a
// title in lower-cased text as verbs.
var orgOpeners = lex.Set("planned", "united", "associated")

// npStart reports whether t ends what comes before a noun phrase: a
// mark, a stopword or a possessive.
func npStart(t token) bool {
	return t.kind != word || lex.IsStopword(t.low) || determiners[t.low] || possessive(t.low)
}

// verbMarker reports a word after which a word is a verb: one of
// beforeVerb or a negated auxiliary ("don't", "won't").
func verbMarker(w string) bool {
	return beforeVerb[w] || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t")
}

// beforeVerb are the words after which a word is a verb: modals,
// auxiliaries and subject pronouns ("will greet", "she met").
var beforeVerb = lex.Set("will", "would", "can", "could", "should", "shall", "may", "might", "must", "cannot",
	"did", "does", "do", "not", "n't", "he", "she", "they", "we", "i", "you", "who")

// roleHead reports whether role, a title read before a name, ends on a
// word of the roles list: "lasting harm" (before "dr") ends on no role.
func roleHead(role string) bool {
	f := lex.SpaceFieldsShared(lex.Lower(role))
	return len(f) > 0 && roles[strings.Trim(f[len(f)-1], ",;:.")]
}
