package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// A journal abstract's section heading run into the sentence after it in
// lower-cased text, its colon or line break lost: "Importance tidal
// flooding is rising along ...", "Background in 2009, the board found
// ...", "Findings in this survey of 900 pilots, those who ...". Cut
// after selection (cutAbstractHeadings), so no other sentence moves.

// abstractHeadingMinRest is the fewest words of the sentence after an
// abstract's heading.
const abstractHeadingMinRest = 6

// cutAbstractHeading returns s without an abstract's section heading that
// opens it (abstractHeadings), and true, when the sentence after it opens
// in lower case on a word that does not make the heading the sentence's
// own noun: no preposition or conjunction after it ("Results of the study
// were ...", "Importance of sleep ..."), no verb ("Results showed ...",
// "Results are ...", "Findings published in ..."; any word in "-ed"), and
// after "results" no "in", "on", "at" or "by" ("Results in other states
// hinted ..."). At least abstractHeadingMinRest words must follow. s and
// false otherwise.
func cutAbstractHeading(s string) (string, bool) {
	f := lex.SpaceFieldsShared(s[:min(len(s), 120)])
	for _, h := range abstractHeadings {
		n := len(h)
		if len(f) <= n || !headingMatches(f[:n], h) {
			continue
		}
		next := f[n]
		if next == "" || next[0] < 'a' || next[0] > 'z' {
			return s, false
		}
		lw := lex.Lower(strings.Trim(next, ",.;:"))
		if abstractNounFollowers[lw] || strings.HasSuffix(lw, "ed") ||
			h[0] == "results" && (lw == "in" || lw == "on" || lw == "at" || lw == "by") {
			return s, false
		}
		rest := afterFields(s, n)
		if countWords(rest) < abstractHeadingMinRest {
			return s, false
		}
		return lex.UpperFirst(rest), true
	}
	return s, false
}

// headingMatches reports whether the fields f, in any case, are the
// heading's words h.
func headingMatches(f, h []string) bool {
	for i := range h {
		if lex.Lower(f[i]) != h[i] {
			return false
		}
	}
	return true
}

// abstractHeadings are the section headings of a journal's abstract and
// key points, longest first; a medical news site sets "Abstract and
// introduction" above a paper's abstract (validation 1 changed at
// 492942d, better); a report's "Findings/results:" (train 1–38,000 1
// changed at 2e04780, better: the lede opens on its finding).
var abstractHeadings = [][]string{
	{"abstract", "and", "introduction", "abstract"}, {"abstract", "and", "introduction"},
	{"conclusions", "and", "relevance"}, {"findings/results:"}, {"findings/results"},
	{"importance"}, {"background"}, {"findings"}, {"meaning"}, {"conclusions"}, {"conclusion"},
	{"methods"}, {"results"}, {"introduction"}, {"interpretation"},
}

// abstractNounFollowers are words after which an abstract's heading word
// is the sentence's own noun ("Results of ...", "Results showed ...").
var abstractNounFollowers = lex.Set("of", "from", "for", "to", "and", "or", "but", "that", "with", "about", "as",
	"show", "shows", "suggest", "suggests", "imply", "implies", "indicate", "indicates", "is", "are", "was",
	"were", "be", "been", "will", "would", "may", "might", "could", "should", "can", "have", "has", "had", "also",
	"reveal", "reveals", "vary", "varies", "remain", "remains", "come", "comes", "point", "points", "support",
	"supports", "confirm", "confirms", "appear", "appears", "like", "such", "so", "mean", "means", "matter",
	"matters", "say", "says", "differ", "differs", "depend", "depends", "go", "went", "came", "include",
	"includes", "here", "there")

// cutAbstractHeadings cuts, in each sentence of a reader's summary of
// lower-cased text, an abstract's heading that opens it
// (cutAbstractHeading).
func cutAbstractHeadings(sum *chorus.Summary, lower bool) {
	if !lower {
		return
	}
	cutEach(sum, cutAbstractHeading)
}
