package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the attribution stage, beside introwords.go. A
// summary sentence opening "The group said ..." after a summary that
// never named the group takes the words its article's previous sentence
// introduced it with (introduceDefinites); a bare "a group" was never
// taken, since "A group said ..." tells no more than "The group". But an
// introduction often says what the X is in a phrase on "of" ("... looked
// at a group of 40 harbour pilots in Tarnwick."): that phrase, up to its
// first stopword or stop, is what the reader lacks, and the opening takes
// it ("A group of 40 harbour pilots said ..."). The opening "The X" is
// now also read before a verb's irregular past (pastForms: "The group
// spent ...", "The family fled ..."), as before one in -ed.
//
// Measured against 29bd75c: validation 1 of 5,599 changed, better ("The
// group spent ..." after a summary that never named a group now tells
// which group); train 1-38,000 1 of 37,863 changed, the same (a third
// sentence's "The family fled ..." took its article's "a zealous
// family", where the summary had told of the family's children). The
// phrase on "of" alone changed nothing on train; few summaries open a
// sentence "The X <verb>" on an X introduced by a bare "a X of ...".

// introOfWords is the most words an introduction's phrase on "of" may
// hold after the "of" ("a group of 40 harbour pilots").
const introOfWords = 4

// introOf returns the words of f (lower case) from f[k], "a" or "an",
// through the noun f[j] = k+1 and a phrase on "of" after it: one to
// introOfWords words that orig (f as written) writes in plain lower case
// or digits, none a stopword, ending at a comma, a full stop or before a
// stopword ("a group of 40 harbour pilots in ..."). It reports false when
// there is no such phrase; a name in it ("a group of Tarnwick pilots")
// would lose its capital.
func introOf(f, orig []string, k, j int) (string, bool) {
	if len(orig) != len(f) {
		return "", false
	}
	if j+2 >= len(f) || !plainLower(f[j]) || f[j+1] != "of" {
		return "", false
	}
	words := append([]string(nil), f[k:j+2]...)
	n := 0 // words after "of"
	for m := j + 2; m < len(f); m++ {
		w := strings.TrimRight(orig[m], ",.")
		if lex.IsStopword(w) && n > 0 {
			break // "... pilots in": the phrase ends before "in"
		}
		if n == introOfWords || !(plainLower(w) || digitsOnly(w)) || lex.IsStopword(w) {
			return "", false // too long, a name, a quotation, or no phrase
		}
		words = append(words, w)
		n++
		if w != orig[m] {
			break // a comma or a stop ends it
		}
	}
	if n == 0 {
		return "", false
	}
	return strings.Join(words, " "), true
}
