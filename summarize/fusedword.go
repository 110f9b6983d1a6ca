package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/truecase"
)

// A preposition run into the next word where a page dropped the words
// between them: a title set in italics or a linked name is lost with its
// spaces ("playing the theme fromas the bishop landed", "his divorce
// fromis final"), and the sentence misses the object of its preposition. The
// words lost cannot be told, so a reader's summary leaves the sentence
// out of its candidates (markClausePieces, clausepiece.go) rather than
// repair it.
//
// Multi-News validation: 1 changed, 1 better / 0 worse / 0 the same;
// train 1-38,000: 3 changed, 2 / 0 / 1. With a preposition after the
// preposition ("onat", "thanin") train changed 2 more, 1 better, 1
// worse: those are left (fusedTails).

// fusedHeads are the prepositions whose object a dropped title leaves
// out; fusedTails are the words that never follow a preposition, so that
// the object is surely lost: "as" and a verb. Another preposition may
// follow one ("more than in 2031"), and so may "and" ("for and
// against"): those are left.
var (
	fusedHeads = []string{"from", "with", "by", "of", "than", "about", "on", "at", "in", "for"}
	fusedTails = lex.Set("as", "is", "was", "are", "were")
)

// fusedPreposition reports whether s holds a lower-case word, no word the
// truecase model knows ("within", "onto"), that is one of fusedHeads run
// into one of fusedTails, not in brackets.
func fusedPreposition(s string) bool {
	if !fusedRun(s) {
		return false
	}
	f := lex.SpaceFieldsShared(s)
	for k, x := range f {
		w := strings.TrimRight(x, ",.;:!?\"”'’)")
		if len(w) < 4 || len(w) > 8 || !plainLower(w) || !fusedShape(w) || k > 0 && f[k-1] == "(" {
			continue // "( atto )": a name written short in Multi-News's spaced brackets
		}
		if known, _ := truecase.Default().Known(w); !known {
			return true
		}
	}
	return false
}

// fusedRun reports whether s holds a run of 4 to 8 lower-case ASCII
// letters, bounded by no such letter, of fusedShape (every tail ends in
// "s" or "e"): the cheap test
// before fusedPreposition splits s into words. The word fusedPreposition
// looks for is such a run, so a sentence without one is never split.
func fusedRun(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < 'a' || s[i] > 'z' {
			i++
			continue
		}
		j := i + 1
		for j < len(s) && s[j] >= 'a' && s[j] <= 'z' {
			j++
		}
		if n := j - i; n >= 4 && n <= 8 && (s[j-1] == 's' || s[j-1] == 'e') && fusedShape(s[i:j]) {
			return true
		}
		i = j
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
