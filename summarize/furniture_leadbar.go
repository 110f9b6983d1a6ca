package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
)

// A page's bar left at the front of a chosen sentence: "| the harbour
// board voted ...", "| <photographer>/<outlet> the harbour board ...".
// Pages set a bar between a picture's credit, a section label or a share
// row and the text; with the markup gone the sentence splitter leaves it
// opening the next sentence, where no story writes one. Cut after
// selection (cutLeadBars), before the credit cuts, so that a credit the
// bar hid ("<name>/<outlet> <story>") is read by cutOpeningCredits; no
// other sentence moves. A sentence of fewer than leadBarMinRest words
// after the bar ("| all rights reserved.") is left out instead
// (leadBarOnly).

// leadBarMinRest is the fewest words a sentence keeps after its bar.
const leadBarMinRest = 4

// leadBarRest returns what follows a bar opening s, and whether s opens
// with one: "|" alone as its first word.
func leadBarRest(s string) (string, bool) {
	rest, ok := strings.CutPrefix(s, "| ")
	if !ok {
		return s, false
	}
	return strings.TrimSpace(rest), true
}

// cutLeadBar returns s without a bar that opens it, its first letter in
// upper case, and true, when at least leadBarMinRest words follow; s and
// false otherwise.
func cutLeadBar(s string) (string, bool) {
	rest, ok := leadBarRest(s)
	if !ok || countWords(rest) < leadBarMinRest {
		return s, false
	}
	return capitalizeFirst(rest), true
}

// cutLeadBars cuts, in each sentence of a reader's summary, a bar that
// opens it (cutLeadBar).
func cutLeadBars(sum *chorus.Summary) {
	cutEach(sum, cutLeadBar)
}

// leadBarOnly reports whether s is a bar and fewer than leadBarMinRest
// words: dropChosen leaves it out.
func leadBarOnly(s string) bool {
	rest, ok := leadBarRest(s)
	return ok && countWords(rest) < leadBarMinRest
}
