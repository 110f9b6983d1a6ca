package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A source's words cut off at an outlet's name written with a bang: "But
// a friend of the singer tells Gx! "they split in may."" The splitter
// ends the sentence at the bang of "Gx!" (a name it does not list among
// sentence.IsBangName), so the sentence keeps who told and loses what
// was told: "But a friend of the singer tells Gx!" bangSiteCut tells such
// a sentence, and markTeasers leaves it out of a reader's candidates: it
// ends on a one-word name and "!" after a verb of telling ("tells",
// "told", "telling"), and holds no quotation mark (a quotation before
// the speaker, ""We won," the coach told Gx!", is whole) and no comma
// (what was told before it: "The pair split in may, a friend told
// Gx!"). "..., according to Gx!" gives its claim and stays. Against
// 6cfaca0: validation 1 changed, the same (the cut line gone, a
// fragment of the page came in); train 1-6,000 0.

// bangSiteTell are the verbs of telling before an outlet's name.
var bangSiteTell = lex.Set("tells", "told", "tell", "telling")

// bangSiteCut reports whether s is a speaker's line cut at an outlet's
// bang (see above).
func bangSiteCut(s string) bool {
	s = strings.TrimRight(s, " ")
	if !strings.HasSuffix(s, "!") || lex.ContainsAny(s, "\"“”,") {
		return false
	}
	f := lex.SpaceFieldsShared(s)
	n := len(f)
	if n < 3 || !isASCIILetter(f[n-1][0]) || strings.Count(f[n-1], "!") != 1 || !lettersOnly(f[n-1][:len(f[n-1])-1]) {
		return false
	}
	return bangSiteTell[lex.Lower(f[n-2])]
}
