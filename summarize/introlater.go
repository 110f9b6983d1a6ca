package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file is a pairwise move of the ordering stage: a chosen sentence
// that names a person in full ("Hana Osei, who runs the ferry, ...") but
// is not its article's opening, read after a sentence that uses the
// surname bare ("Osei said ..."), moves to just before that use, under
// introduceLedes' guards (the lead keeps its place for a surname; a
// sentence that leans on the one before it or that the next follows
// does not move; nothing jumps what introduces its own bare names). A
// quotation's credit does not move (introLaterCredit): "'<quote>,' said
// <title> Hana Osei." put before "Osei ..." reads as a quote out of its
// place.

// introLaterMaxPos is the last article position of a sentence that
// introduceLater lets introduce a name: any the cluster keeps.
const introLaterMaxPos = 1 << 20

// introduceLater runs introduceLedes' move for introducing sentences
// from anywhere in their article; see the file comment.
func (c *cluster) introduceLater(picked []int) { c.introduceFrom(picked, introLaterMaxPos) }

// introLaterCredit reports whether the lower-case sentence t credits a
// quotation or a statement to the person of want's names ("n:<surname>"
// keys, names maps surnames to full names): a verb of saying before the
// full name ("..., said professor hana osei"), or one after it in a
// sentence with a quotation mark ("... \"<quote>\", hana osei told ...").
func introLaterCredit(t string, want []string, names map[string]string) bool {
	at := -1
	for _, key := range want {
		if full, ok := strings.CutPrefix(key, "n:"); ok {
			if i := strings.Index(t, names[full]); i >= 0 && (at < 0 || i < at) {
				at = i
			}
		}
	}
	if at < 0 {
		return false
	}
	for _, x := range lex.LetterWords(t[:at], -1) {
		if lex.IsAttributionVerb(x) {
			return true
		}
	}
	if !lex.ContainsAny(t, "\"“”") {
		return false
	}
	for _, x := range lex.LetterWords(t[at:], -1) {
		if lex.IsAttributionVerb(x) {
			return true
		}
	}
	return false
}
