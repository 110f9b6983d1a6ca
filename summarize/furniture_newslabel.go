package summarize

import (
	"slices"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// A news site's section label run into the sentence it heads: "Why it
// matters: the council ...", "The big picture: tarnwick's ferry ...",
// "To recap: on monday the board ...". The page sets the label in bold
// above a paragraph; once the markup is gone it opens the sentence. Cut
// after selection (cutNewsLabels), so no other sentence moves.

// newsLabels are the labels (lower case, without the colon) a news site
// sets above a paragraph; no sentence of prose opens with one and a colon.
var newsLabels = []string{
	"why it matters", "the big picture", "big picture", "to recap", "what we know", "what we don't know",
	"what happened", "what's next", "what's new", "the latest", "yes, but", "between the lines",
	"the bottom line", "bottom line", "go deeper", "the backstory", "backstory", "by the numbers",
	"what they're saying", "our thought bubble", "driving the news", "the state of play", "state of play",
	"reality check", "be smart", "the catch", "the takeaway", "the details", "the context",
	"what to watch", "flashback", "the upshot", "the gist",
}

// newsLabelMinRest is the fewest words of the sentence after a label.
const newsLabelMinRest = 5

// cutNewsLabel returns s without a news label and its colon that open it
// (newsLabels), its first letter in upper case (capitalizeFirst), and true; s and false if
// no label opens it or fewer than newsLabelMinRest words follow it.
func cutNewsLabel(s string) (string, bool) {
	i := strings.IndexByte(s, ':')
	if i < 0 || i > 40 || !strings.HasPrefix(s[i+1:], " ") {
		return s, false
	}
	label := lex.Lower(strings.ReplaceAll(s[:i], "’", "'"))
	rest := strings.TrimSpace(s[i+1:])
	if !slices.Contains(newsLabels, label) || countWords(rest) < newsLabelMinRest {
		return s, false
	}
	return capitalizeFirst(rest), true
}

// cutNewsLabels cuts, in each sentence of a reader's summary, a news
// label that opens it (cutNewsLabel).
func cutNewsLabels(sum *chorus.Summary) {
	cutEach(sum, cutNewsLabel)
}
