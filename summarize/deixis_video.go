package summarize

import (
	"regexp"
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A sentence that points at a video on its page, which a summary does not
// carry: "The ferry race is shown in the clip above.", "All of it, the
// clip below included, points readers to the campaign's site.", "Click
// the video above to hear her.", or a video's teaser: "Now, she explains
// why she left the band." cutPageReference (deixis_page.go) rewrites an
// opening "In the video above," to "In a video," and pagePointerOnly
// leaves out a short pointer after selection; these are the rest, which
// markTeasers flags (videoPointer) with flagNarrator before selection, so
// that the budget goes to the next sentence.

// videoPlace matches a video the page shows above or below the text (lower
// case): "the video above", "the above clip", "the footage below".
var videoPlace = regexp.MustCompile(`\b(?:video|videos|clip|footage)s? (?:above|below)\b|\b(?:above|below) (?:video|clip|footage)s?\b`)

// videoTeaser matches a video's teaser (lower case): "now, he explains
// why ...", "now she tells what ...".
var videoTeaser = regexp.MustCompile(`^now,? (?:he|she|they) (?:explains|reveals|tells|talks|opens up|discusses|shares|describes)\b`)

// videoTeaserMaxWords is the most words of a teaser videoTeaser reads.
const videoTeaserMaxWords = 20

// videoPointer reports whether s points at a video on its page
// (videoPlace) outside parentheses (which cutPageReference cuts), but
// for an opening "In ... video above" (within videoLeadBytes) whose
// clause tells what it shows, or is a video's teaser
// (videoTeaser, at most videoTeaserMaxWords words).
func videoPointer(s string) bool {
	if !strings.Contains(s, "above") && !strings.Contains(s, "below") && !strings.HasPrefix(s, "Now") && !strings.HasPrefix(s, "now") {
		return false
	}
	lower := lex.LowerASCII(s)
	if videoTeaser.MatchString(lower) {
		return countWords(s) <= videoTeaserMaxWords
	}
	if strings.IndexByte(lower, '(') >= 0 {
		lower = pageParen.ReplaceAllStringFunc(lower, func(m string) string { return strings.Repeat("_", len(m)) }) // "( video below )": cutPageReference cuts it
	}
	loc := videoPlace.FindStringIndex(lower)
	if loc == nil {
		return false
	}
	if strings.HasPrefix(lower, "in ") && loc[0] < videoLeadBytes {
		return false // "In the video above, <what it shows>" (cutPageReference reads "In a video, ..."), "In the clip below from <show>, <what it shows>"
	}
	return true
}

// videoLeadBytes bounds where an opening "In the <words> video above"
// names its video: the clause after it tells what the video shows.
const videoLeadBytes = 40
