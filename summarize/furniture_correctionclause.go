package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// A page's correction note run into the fact it corrects: "The driver
// was not licensed, as an earlier version reported.", "The hearing was
// not held in public as stated in a previous version of this story." An
// editor states the corrected fact and leaves out what the page once
// said: the reader of a summary never saw that version. The note alone
// as a sentence is correctionNote's (furniture_correction.go).
// cutCorrectionClauses cuts the clause after selection, so no other
// sentence moves.
//
// Measured against 492942d: validation 1 of 5,598 summaries changed,
// read, better; train 1-38,000 none of 37,857.

// correctionVersions name the page's earlier text in a correction note.
var correctionVersions = []string{"an earlier version", "a previous version", "a prior version", "the original version"}

// correctionClauseVerbs end the note after "as an earlier version":
// "reported", "of this story said".
var correctionClauseVerbs = lex.Set("reported", "said", "stated", "indicated", "suggested", "misstated", "had",
	"claimed", "wrote", "incorrectly", "erroneously", "mistakenly")

// correctionInVerbs come before "in an earlier version": "as stated in".
var correctionInVerbs = []string{" as reported in ", " as stated in ", " as indicated in ", " as said in ", " as suggested in "}

// correctionClauseMinWords is the fewest words the fact before the note
// keeps.
const correctionClauseMinWords = 5

// cutCorrectionClause returns s without a closing clause that tells what
// an earlier version of the page said (", as an earlier version
// reported."; " as stated in an earlier version of this story."), and
// true; s and false otherwise. After "an earlier version" only "of this"
// or "of the" and a page noun (pageNouns) and, in the first shape, one of
// correctionClauseVerbs and at most two more words may follow.
func cutCorrectionClause(s string) (string, bool) {
	if !strings.Contains(s, " version") {
		return s, false
	}
	t := strings.TrimRight(s, " ")
	if !strings.HasSuffix(t, ".") {
		return s, false
	}
	lower := lex.LowerASCII(t)
	for _, v := range correctionVersions {
		i := strings.LastIndex(lower, v)
		if i < 0 {
			continue
		}
		w := lex.LetterWords(lower[i+len(v):], 6)
		if len(w) >= 3 && w[0] == "of" && (w[1] == "this" || w[1] == "the") && pageNouns[w[2]] {
			w = w[3:]
		}
		head := lower[:i]
		cut := -1
		switch {
		case strings.HasSuffix(head, ", as ") && len(w) >= 1 && len(w) <= 3 && correctionClauseVerbs[w[0]]:
			cut = i - len(", as ")
		case len(w) == 0:
			for _, in := range correctionInVerbs {
				if strings.HasSuffix(head, in) {
					cut = i - len(in)
					if cut > 0 && head[cut-1] == ',' {
						cut--
					}
					break
				}
			}
		}
		if cut <= 0 {
			continue
		}
		body := strings.TrimRight(t[:cut], " ,")
		if countWords(body) < correctionClauseMinWords || strings.Count(body, "\"")%2 == 1 {
			return s, false
		}
		return body + ".", true
	}
	return s, false
}

// cutCorrectionClauses cuts, in each sentence of a reader's summary, a
// closing correction note (cutCorrectionClause).
func cutCorrectionClauses(sum *chorus.Summary) {
	cutEach(sum, cutCorrectionClause)
}
