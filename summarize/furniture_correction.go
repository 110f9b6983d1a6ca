package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A page's correction note: "A previous version of this story misstated
// the ferry's timetable.", "Corrections & clarifications: an earlier
// version of this graphic gave the wrong toll.", "The article has been
// corrected." It tells the reader of the page what the page once said,
// not what happened, and a summary that quotes it sends the reader to a
// version they never saw; the detectors' credit cue "an earlier version
// of this" did not reach "a previous version", the notes under a label,
// or the short "has been corrected" line. correctionNote reads them, and
// markTeasers leaves them out. A sentence that reports a correction as
// news ("The number of medals the sailor received has been corrected
// after an inquiry.") names what was corrected and stays.
//
// Measured against 25beb9c with pointerLine in (default summaries):
// validation 2 of 5,599 changed, both read, both better (a graphic's and
// a story's correction notes left out); train 1-38,000 4 of 37,863
// changed, all read: 3 better (two notes on a previous version, with the
// note's second sentence, and "The article has been corrected." with the
// sentence it corrected), 1 the same (the note left out, but the summary
// chosen again let in a heading run into a sentence).

// correctionLabels open a correction note under its label.
var correctionLabels = []string{
	"corrections & clarifications:", "corrections and clarifications:", "correction to this article:",
	"correction to this story:", "correction:", "clarification:", "editor's note:",
}

// correctionOpeners open the note itself, before "this" or "the" and one
// of pageNouns.
var correctionOpeners = []string{"a previous version of ", "an earlier version of ", "a prior version of "}

// correctionNote reports whether s is a page's note correcting itself.
func correctionNote(s string) bool {
	if len(s) < 20 || !strings.ContainsRune("AaCcEeTt", rune(s[0])) {
		return false
	}
	lower := lex.LowerASCII(s[:min(len(s), 80)])
	for _, l := range correctionLabels {
		if strings.HasPrefix(lower, l) {
			lower = strings.TrimSpace(lower[len(l):])
			break
		}
	}
	for _, o := range correctionOpeners {
		if strings.HasPrefix(lower, o) {
			w := lex.LetterWords(lower[len(o):], 2)
			return len(w) == 2 && (w[0] == "this" || w[0] == "the") && pageNouns[w[1]]
		}
	}
	// "The article has been corrected.", "This story was updated to
	// correct ..." as a line of its own: the page and the verb, nothing
	// that tells what changed.
	w := lex.LetterWords(lower, 8)
	if len(w) < 4 || len(w) > 7 || (w[0] != "the" && w[0] != "this") || !pageNouns[w[1]] {
		return false
	}
	return (w[2] == "has" && w[3] == "been" || w[2] == "was" || w[2] == "have") && strings.HasPrefix(w[len(w)-1], "correct")
}

// pageNouns name the page itself in a correction note.
var pageNouns = lex.Set("article", "story", "post", "report", "graphic", "piece", "column", "headline", "item")
