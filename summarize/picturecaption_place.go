package summarize

import (
	"regexp"
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A picture's caption that names a place and where it stands, with no verb
// at all: "The headquarters of the Roads Ministry in Port Tamsin.", "The
// entrance to the harbour office in Velmora." Chosen as a summary's lede,
// it says nothing. placeCaption reads the opening (placeCaptionOpening),
// then words that are none of a verb's: no word of subjectCaptionStory,
// nounCaptionFinite or verblessNotTail, no "-ed", "-ing" or "n't" form
// and no lower-case word ending in "s" (an "-s" verb: "the headquarters of
// the firm employs ..."; plural nouns are refused with it), up to a full
// stop, in at most placeCaptionMaxWords words. markTeasers leaves it out
// of a reader's candidates.

// placeCaptionOpening matches the opening of a place's caption (lower
// case): "the", a building's or a site's noun, then "of", "to", "at" or
// "outside".
var placeCaptionOpening = regexp.MustCompile(`^the (?:headquarters|entrance|exterior|interior|front|facade|offices?|building|campus|gates?|grounds|ruins|wreckage|remains|scene|site) (?:of|to|at|outside)\b`)

// placeCaptionOpeningBytes holds the longest opening placeCaptionOpening
// matches ("the headquarters outside").
const placeCaptionOpeningBytes = 32

// placeCaptionMaxWords is the most words of a sentence placeCaption reads.
const placeCaptionMaxWords = 14

// placeCaption reports whether s is a place's caption with no verb (see
// above).
func placeCaption(s string) bool {
	t := strings.TrimSpace(s)
	if len(t) < 16 || t[len(t)-1] != '.' || !strings.EqualFold(t[:4], "the ") || lex.ContainsAny(t, "\"“”?!:;()") {
		return false
	}
	m := placeCaptionOpening.FindStringIndex(lex.LowerASCII(t[:min(len(t), placeCaptionOpeningBytes)]))
	if m == nil {
		return false
	}
	raw := lex.SpaceFieldsShared(strings.TrimSuffix(t[m[1]:], "."))
	if len(raw)+3 > placeCaptionMaxWords {
		return false
	}
	for _, r := range raw {
		w := strings.Trim(lex.LowerASCII(r), ",.")
		switch {
		case w == "" || subjectCaptionStory[w] || nounCaptionFinite[w] || verblessNotTail[w] || strings.HasSuffix(w, "n't"):
			return false
		case len(w) >= 4 && (strings.HasSuffix(w, "ed") && !verblessEd[w] || strings.HasSuffix(w, "ing")):
			return false
		case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "'s") && r[0] >= 'a' && r[0] <= 'z':
			return false
		}
	}
	return true
}
