package summarize

import (
	"strings"
	"unicode"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// A page's video label run into a sentence with the heading before it:
// "Ferry bells ring again watch: the harbour band played for an hour as
// the first ferry in ten years docked.", "Player unavailable on your
// phone WATCH: the mayor says ...", "Velmora regatta VIDEO: crews from
// nine towns raced ...". The label, "watch:" or "video:", stands where the
// page showed a video; the heading before it is no sentence of the story.
// Both go after selection (cutWatchLabels): only the sentence changes.

// Bounds of cutWatchLabel.
const (
	watchLabelMaxAt   = 12 // the most words before the label
	watchLabelMinRest = 8  // the fewest words of the story after it
)

// watchLabelPrompts make "watch:" the text's own invitation rather than a
// page's label: "just watch:", "how to watch:".
var watchLabelPrompts = lex.Set("just", "to", "and", "or", "can", "must", "should", "please", "now", "then",
	"you", "we", "i", "will", "the", "a", "his", "her", "their", "on", "of", "in")

// cutWatchLabel returns s from the story after a video label and true: a
// field "watch:" or "video:" (any case) after one to watchLabelMaxAt
// words that hold no comma, quotation mark or sentence end and whose last
// is none of watchLabelPrompts; the story after it at least
// watchLabelMinRest words, opening on a letter. s and false otherwise.
func cutWatchLabel(s string) (string, bool) {
	if !strings.Contains(s, ":") {
		return s, false
	}
	if rest, ok := strings.CutPrefix(s, "Watch here: --"); ok {
		// A video's pointer and the rule under the player ("Watch here:
		// ---- "<quote>," the chief said."): validation 0 changed, train
		// 1-38,000 1 (better).
		rest = strings.TrimLeft(rest, "-– ")
		if countWords(rest) < watchLabelMinRest {
			return s, false
		}
		return capitalizeFirst(rest), true
	}
	f := lex.SpaceFieldsShared(s)
	for i := 0; i < len(f) && i <= watchLabelMaxAt; i++ {
		w := lex.Lower(f[i])
		if w != "watch:" && w != "video:" {
			if lex.ContainsAny(f[i], `,"“”:;!?`) || strings.HasSuffix(f[i], ".") && !abbrevLike(lex.Lower(f[i])) {
				return s, false
			}
			continue
		}
		if i == 0 || watchLabelPrompts[lex.Lower(f[i-1])] {
			return s, false
		}
		rest := afterFields(s, i+1)
		if countWords(rest) < watchLabelMinRest || !unicode.IsLetter(rune(rest[0])) {
			return s, false
		}
		return lex.UpperFirst(rest), true
	}
	return s, false
}

// cutWatchLabels cuts, in each sentence of a reader's summary, a video
// label and the heading before it (cutWatchLabel).
func cutWatchLabels(sum *chorus.Summary) {
	cutEach(sum, cutWatchLabel)
}
