package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/truecase"
)

// A preposition run into the next word where a page dropped the words
// between them: a title set in italics or a linked name is lost with its
// spaces ("playing the theme fromas the bishop landed", "sat down withon
// the show"), and the sentence misses the object of its preposition. The
// words lost cannot be told, so a reader's summary leaves the sentence
// out of its candidates (markClausePieces, clausepiece.go) rather than
// repair it.
//
// Multi-News validation: 1 changed, 1 better / 0 worse / 0 the same;
// train 1-38,000: 6 changed, 6 / 0 / 0 (see the commit for the reading).

// fusedHeads are the prepositions whose object a dropped title leaves
// out; fusedTails are the words that follow such an object.
var (
	fusedHeads = []string{"from", "with", "by", "of", "than", "about", "on", "at", "in", "for"}
	fusedTails = lex.Set("as", "is", "was", "are", "were", "at", "on", "in", "to", "from", "with", "by", "of",
		"for", "and")
)

// fusedPreposition reports whether s holds a lower-case word, no word the
// truecase model knows ("within", "onto"), that is one of fusedHeads run
// into one of fusedTails.
func fusedPreposition(s string) bool {
	for _, f := range lex.SpaceFields(s) {
		w := strings.TrimRight(f, ",.;:!?\"”'’)")
		if len(w) < 4 || len(w) > 8 || !plainLower(w) || !fusedShape(w) {
			continue
		}
		if known, _ := truecase.Default().Known(w); !known {
			return true
		}
	}
	return false
}

// fusedShape reports whether w is one of fusedHeads followed by one of
// fusedTails.
func fusedShape(w string) bool {
	for _, h := range fusedHeads {
		if rest, ok := strings.CutPrefix(w, h); ok && fusedTails[rest] {
			return true
		}
	}
	return false
}
