package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// A review's page heading, the title in quotation marks, a colon and a
// label ending in "review", run into the review's first sentence in
// lower-cased text: "' harbour lights ': festival review the two sisters
// of a ferry pilot sail ...", "'the last crossing': film review a long
// night on ...". cutReviewLabel reads a label that opens the sentence;
// here the title before it closes on its quotation mark and the colon,
// so where the heading ends is plain, and the sentence after the label
// opens on a word that no label goes on with (reviewStoryOpeners). The
// cut is made on a reader's summary after selection
// (cutTitleReviews), so only the chosen sentence changes. A review
// whose sentence opens on a name ("... film review ana roe and ...") is
// left: the label may go on with it.
//
// Measured against 578636d (default summaries): Multi-News validation 1
// of 5,598 summaries changes, better (a festival review's heading cut
// from the review's deck); train 1-6,000 0 of 5,975; train 1-38,000 holds
// four more articles that open so, none reaching a summary with an
// opener after the label (two open on a name and are left).

// Bounds of titledReviewLabel.
const (
	// reviewTitleMax is the most words of the quoted title.
	reviewTitleMax = 8
	// reviewLabelMax is the most words of the label, "review" included
	// ("festival review", "tv review").
	reviewLabelMax = 3
)

// titledReviewLabel returns s from the review's sentence, first letter in
// upper case, and true when s opens on a quotation mark, a title of at
// most reviewTitleMax words closes on a quotation mark and a colon (":"
// joined to the mark or standing alone after it), one to reviewLabelMax
// words of letters and digits follow that end on "review", and the
// sentence after them opens on one of reviewStoryOpeners and holds
// reviewStoryMinWords words or more, with no single quotation mark in its
// first four words. s and false otherwise.
func titledReviewLabel(s string) (string, bool) {
	if s == "" || !strings.ContainsAny(s[:1], `'"`) && !strings.HasPrefix(s, "‘") && !strings.HasPrefix(s, "“") {
		return s, false
	}
	f := lex.SpaceFieldsShared(s[:min(len(s), 300)])
	colon := -1
	for i := 1; i < len(f) && i <= reviewTitleMax+1; i++ {
		w := f[i]
		if w == ":" && endsQuoteMark(f[i-1]) || strings.HasSuffix(w, ":") && endsQuoteMark(w[:len(w)-1]) {
			colon = i
			break
		}
	}
	if colon < 0 {
		return s, false
	}
	label := -1
	for i := colon + 1; i < len(f) && i <= colon+reviewLabelMax; i++ {
		w := lex.Lower(f[i])
		if w == "review" {
			label = i
			break
		}
		if !labelWord(w) && !digitsOnly(w) || lex.IsStopword(w) {
			return s, false
		}
	}
	if label < 0 || label+1 >= len(f) || !reviewStoryOpeners[lex.Lower(f[label+1])] {
		return s, false
	}
	for _, w := range f[label+1 : min(len(f), label+5)] {
		if w = strings.TrimRight(w, ".,:;"); strings.HasPrefix(w, "'") || strings.HasPrefix(w, "‘") ||
			strings.HasSuffix(w, "'") || strings.HasSuffix(w, "’") {
			return s, false // another title in single marks
		}
	}
	rest := afterFields(s, label+1)
	if countWords(rest) < reviewStoryMinWords {
		return s, false
	}
	return lex.UpperFirst(rest), true
}

// endsQuoteMark reports whether w ends on a closing quotation mark.
func endsQuoteMark(w string) bool {
	return strings.HasSuffix(w, "'") || strings.HasSuffix(w, `"`) || strings.HasSuffix(w, "’") || strings.HasSuffix(w, "”")
}

// cutTitleReviews cuts, in each sentence of a reader's summary of
// lower-cased text, a quoted title and a review label run into it
// (titledReviewLabel).
func cutTitleReviews(sum *chorus.Summary, lower bool) {
	if !lower {
		return
	}
	cutEach(sum, titledReviewLabel)
}
