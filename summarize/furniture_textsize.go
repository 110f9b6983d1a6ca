package summarize

import (
	"strings"
	"unicode"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// A page's text-size widget and comment counter left at a sentence's
// front: "Text size - + reset the ferry council said ...", "Text size
// comments (3) a ferry worker was hurt ...". The widget's words are cut;
// the rest stays for the headline cuts after it. The cut is made on a
// reader's summary after selection (cutTextSizeWidgets): only the
// sentence changes.

// textSizeMinRest is the fewest words left after the widget.
const textSizeMinRest = 6

// cutTextSizeWidget returns s without a text-size widget at its front and
// true: "text size", then any of "-", "+", "reset", and "comments (<n>)";
// the rest holds textSizeMinRest words or more and opens on a letter. It
// returns s and false otherwise.
func cutTextSizeWidget(s string) (string, bool) {
	if len(s) < 10 || !strings.EqualFold(s[:10], "text size ") {
		return s, false
	}
	f := lex.SpaceFieldsShared(s[:min(len(s), 80)])
	n := 2
	for n < len(f) && textSizeButtons[lex.Lower(f[n])] {
		n++
	}
	if n+1 < len(f) && lex.Lower(f[n]) == "comments" && strings.HasPrefix(f[n+1], "(") && strings.HasSuffix(f[n+1], ")") {
		n += 2
	}
	rest := afterFields(s, n)
	if countWords(rest) < textSizeMinRest || !unicode.IsLetter(rune(rest[0])) {
		return s, false
	}
	return lex.UpperFirst(rest), true
}

// textSizeButtons are the widget's buttons after "text size".
var textSizeButtons = lex.Set("-", "+", "reset", "a+", "a-")

// cutTextSizeWidgets cuts, in each sentence of a reader's summary, a
// text-size widget at its front (cutTextSizeWidget).
func cutTextSizeWidgets(sum *chorus.Summary) {
	cutEach(sum, cutTextSizeWidget)
}
