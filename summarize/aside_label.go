package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A writer's labelled aside: "A truism: ferries run late.", "A quick
// recap: when we last met the crew ...", "A disclaimer: online polls are
// not ...". The label names the writer's move (a truism, a caveat, a
// reminder), not the news, and what follows it is the writer's voice or
// the page's note. labelAside tells a sentence that opens "A" or "An",
// at most one word more, and one of asideLabels before a colon, with no
// quotation mark (a speaker's words are the story's) and no figure. It
// leaves a reader's summary after selection (dropChosen), so the next
// chosen sentence opens it; flagged before selection instead, the lead
// was chosen again and a weaker sentence ("The <family> were giving up
// hope.") opened the summary. A label that
// names a thing ("A Jeep pulls up: ...", "A medical update: ...", "A
// sample: ...") is not in the list and the sentence stays.
//
// Measured against 3cc2cd6 (reader's summaries; Fill unchanged):
// validation 1 of 5,598 changed, better (a lede's "A truism: ..." gone,
// the story's first fact opens); train 1-38,000 1 of 37,855, better (a
// poll's disclaimer beside no poll gone).

// asideLabels name a writer's labelled aside, in lower case.
var asideLabels = lex.Set("truism", "disclaimer", "recap", "reminder", "confession", "caveat", "spoiler",
	"footnote", "aside", "digression", "note")

// labelAside reports whether s is a writer's labelled aside (see above).
func labelAside(s string) bool {
	if len(s) < 8 || (s[0] != 'A' && s[0] != 'a') || (s[1] != ' ' && s[1] != 'n' && s[1] != 'N') {
		return false
	}
	colon := strings.IndexByte(s, ':')
	if colon < 0 || colon > 40 || colon+1 >= len(s) || s[colon+1] != ' ' || lex.ContainsAny(s, "\"“”0123456789") {
		return false
	}
	head := strings.Fields(strings.ToLower(s[:colon]))
	if len(head) < 2 || len(head) > 3 || (head[0] != "a" && head[0] != "an") {
		return false
	}
	return asideLabels[head[len(head)-1]]
}
