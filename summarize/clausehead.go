package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A noun phrase and its relative clause with no main clause. Two shapes
// of it reach the candidates: a phrase on a preposition whose sentence
// went on after the clause ("For the Tarn library, which stood on this
// corner from 1921 to 2004."), and an item of a list or timetable set
// as a sentence ("Coastal trains 41 and 42, which run from Tarn to
// Velm."). A reader's summary leaves such a piece out of
// its candidates, as it does the other clause pieces (markClausePieces,
// clausepiece.go). A phrase with a verb before the comma ("Police called
// the crew, who ...") is a whole sentence and stays.
//
// Multi-News validation: 2 changed, 2 better / 0 worse / 0 the same;
// train 1-38,000: 2 changed, 2 / 0 / 0. Tried and not kept: a phrase of
// at most four words whose clause ends on an abbreviation ("..., who
// came back to the U.S."; train 4: 1 / 2 / 1): the next "sentence"
// holds the main verb, and read after the piece it was whole; left
// alone, it loses its subject. A name before the clause is left too:
// Multi-News drops the comma that closes the clause ("Ola Brenn, who
// runs the mill was fined ...").

// headPrepositions open a phrase that is no subject.
var headPrepositions = lex.Set("for", "by", "apart", "except", "unlike", "including", "without", "from",
	"among", "besides", "beyond", "despite")

// relativePiece reports whether s is a phrase of at most six words with
// no verb (headVerb), a comma, and a clause on "which" or "who" that
// runs to the full stop with no comma (but placeCommasOnly's), dash, colon or quotation mark,
// where the phrase opens on one of headPrepositions or ends on a number
// (a list's item).
func relativePiece(s string) bool {
	i := strings.Index(s, ", wh")
	if i <= 0 || !strings.HasSuffix(s, ".") || lex.ContainsAny(s, ";:\"“”—–?()") || strings.Contains(s, " -") ||
		strings.IndexByte(s[:i], ',') >= 0 {
		return false
	}
	rel := s[i+2:]
	if !strings.HasPrefix(rel, "which ") && !strings.HasPrefix(rel, "who ") || !placeCommasOnly(rel) {
		return false
	}
	head := lex.SpaceFieldsShared(s[:i])
	if len(head) > 6 || headVerb(head) {
		return false
	}
	last := head[len(head)-1]
	return len(head) > 1 && (headPrepositions[lex.Lower(head[0])] || last[0] >= '0' && last[0] <= '9')
}

// placeCommasOnly reports whether each comma of the clause rel sets off a
// state or country written short ("Cary, N.C.", "Sanford, Fla., and
// ..."): the next word ends with a full stop and is short or opens
// with a capital (lower-cased text writes "cary, n.c.").
func placeCommasOnly(rel string) bool {
	f := lex.SpaceFieldsShared(rel)
	for k, x := range f {
		if !strings.HasSuffix(x, ",") {
			continue
		}
		if k+1 >= len(f) {
			return false
		}
		n := strings.TrimSuffix(f[k+1], ",")
		if !strings.HasSuffix(n, ".") || len(n) > 5 && (n[0] < 'A' || n[0] > 'Z') {
			return false
		}
	}
	return true
}

// headVerb reports whether the words f hold a finite verb that lower-cased
// text shows (finiteWords, pastForms, morePast, a word in -ed), as
// oneClause reads them.
func headVerb(f []string) bool {
	for _, x := range f {
		x = lex.Lower(strings.Trim(x, ".!'’"))
		if finiteWords[x] || pastForms[x] || morePast[x] || len(x) >= 5 && strings.HasSuffix(x, "ed") && !notVerbs[x] {
			return true
		}
	}
	return false
}
