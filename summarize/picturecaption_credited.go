package summarize

import (
	"regexp"
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A picture's caption with no date, told as a scene in the present beside
// the photo's credit on its page: "( jane roe/ap ) A newborn cub rests
// beside its mother at the zoo.", "Visitors wade in the warm pool.
// ( tomas rell/getty images )". subjectCaption asks a scene for a date
// after its verb, since news is told in the present too; a credit in the
// article's text right before or after the scene (creditNear) tells the
// caption without one.
// markTeasers flags such a scene (creditedScene) with flagNarrator before
// selection, so that the budget goes to the next sentence.

// photoCredit matches the words of a photo's credit (lower case): an
// agency's photo ("ap photo", "/ap", "afp/getty", "reuters/", "/ epa"),
// "getty images", a labelled credit ("photo:", "credit:", "photograph
// by"), a gallery's counter ("image 2 of 7") or a caption button. A
// dateline's "(ap) —" is none.
var photoCredit = regexp.MustCompile(`\bap photo\b|\bap images\b|/ ?(?:ap|afp|reuters|epa|getty)\b|\b(?:ap|afp|reuters|epa) ?/|` +
	`\bgetty images\b|\bvia getty\b|\bshutterstock\b|\b(?:photo|photos|photograph|image|picture|credit) ?: |` +
	`\b(?:photo|photograph|picture|image) (?:by|courtesy|credit)\b|\bimage \d+ of\b|\bcaption close\b|\(photo\b|\bpti photo\b`)

// creditNearBytes is how far before and after a scene's own text in its
// article creditNear reads: the end of the sentence before, the front of
// the one after.
const creditNearBytes = 100

// creditedScene reports whether candidate i reads as a picture's scene
// with no date (subjectScene), names no video (videoScene: "<name> is seen
// in the video ..." tells what a video shows) and its page set a photo's
// credit beside it (creditNear); no "is" or "are" stands before its verb
// but a passive's (auxBeforeScene: "<firm> is in talks with ..." is news).
func (c *cluster) creditedScene(i int) bool {
	cd := &c.cands[i]
	if scene, _ := c.subjectSceneOf(i); !scene || videoScene(cd.text) || auxBeforeScene(cd.text) {
		return false
	}
	return c.creditNear(cd)
}

// creditNear reports whether a photo's credit (photoCredit) stands in
// cd's article text (as it came, before the cleaner cut credits) within
// creditNearBytes before or after cd's own words.
func (c *cluster) creditNear(cd *candidate) bool {
	a := c.docs[cd.doc].article
	if a == nil {
		return false
	}
	text := a.Text
	key := cd.text[max(0, len(cd.text)-40) : len(cd.text)-1] // its end, but the full stop a cut may have moved
	end := strings.Index(text, key)
	if end < 0 {
		return false
	}
	end += len(key)
	from := max(0, end-len(cd.text)-creditNearBytes)
	to := min(len(text), end+creditNearBytes)
	near := lex.LowerASCII(text[from:to])
	return photoCredit.MatchString(near) || hasSlashCredit(near) // picturecaption_slashcredit.go
}

// videoScene reports whether s names a video, a clip or footage.
func videoScene(s string) bool {
	lower := lex.LowerASCII(s)
	return strings.Contains(lower, "video") || strings.Contains(lower, "clip") || strings.Contains(lower, "footage")
}

// auxBeforeScene reports whether "is", "are", "was" or "were" stands
// before the first scene verb of s (subjectCaptionVerbs) other than
// before a picture's participle ("is shown", subjectCaptionPassive).
func auxBeforeScene(s string) bool {
	w := lex.LetterWords(s, subjectCaptionMaxSubject+2)
	for i, x := range w {
		if subjectCaptionVerbs[x] {
			return false
		}
		if (x == "is" || x == "are" || x == "was" || x == "were") && !(i+1 < len(w) && subjectCaptionPassive[w[i+1]]) {
			return true
		}
	}
	return false
}
