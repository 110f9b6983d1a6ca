package summarize

import (
	"regexp"
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A picture's caption that a page sets right before the photo's labelled
// credit, inside the story's text: "Anna Varga, seen here in 2015, is
// still fighting the harbour board over ' crossings. ' ( photo: tomas
// rell, ap ) The board said ...". The cleaner cuts the credit, and the
// caption, its aside cut by cutPictureAsides, reads in a reader's summary
// as a headline run in after the story: "Anna Varga is still fighting
// the harbour board over ' crossings.". dropCreditedCaptions leaves out a
// chosen sentence, not the summary's opening, of at most
// creditAfterMaxWords words whose own words end right before "( photo:
// <credit> )", "( photo by <credit> )" or "( photo courtesy <credit> )"
// in its article as it came (creditAfter). A gallery's link ("( photos:
// <gallery> )") follows a story's own sentence and does not count, nor
// does a sentence with a verb of saying: "<name> says <a tabloid's story>
// is "negligent"." beside his photo still tells the news.
//
// Measured against 0dda51f (with introinitial.go and
// picturecaption_motion.go): validation 6 changed, 5 better (a film's
// caption "<actor> stars as <role> in ' <film>.", a headline-worded
// caption with a broken quote, a star's off-topic caption), 0 worse, 1
// the same; train 1-38,000 27 changed, 16 better (film stills, "A woman
// receives a flu shot in <city> on <date>.", a caption garbled with its
// credit, a caption telling again a chosen sentence), 2 worse (a firm's
// announcement that it dropped its countersuit; a shark-attack figure
// that the sentence before, a reassurance not to worry, needed), 9 the same (background facts a summary can lose).
// Fill ROUGE on multinews-val is unchanged.
//
// Tried and not kept: flagging such a sentence before selection
// (markTeasers, any length): validation 18 changed, 9 better, 5 worse, 4
// the same; a caption that opens its article often states the news
// ("<star> was hospitalized Saturday for ...") and the summaries lost
// their openings to a background line or a dateline.

// creditAfterMark matches, at the start of the text after a sentence's
// words, the sentence's closing marks and a labelled credit of one photo.
var creditAfterMark = regexp.MustCompile(`^[.!?]?\s?['"’”]?\s?['"’”]?\s?\(\s?(?:photo|photograph|picture)\s?(?::|by\b|courtesy\b)`)

// Bounds of creditAfter.
const (
	creditAfterMinBytes = 40 // the shortest sentence read: its last 30 bytes find it in its article
	creditAfterMaxWords = 22 // the most words of a caption: a longer credited sentence tells the news itself
)

// creditAfter reports whether candidate i, of creditAfterMinBytes bytes
// and at most creditAfterMaxWords words, with no verb of saying, ends right before a photo's
// labelled credit in its article's text as it came (creditAfterMark).
func (c *cluster) creditAfter(i int) bool {
	cd := &c.cands[i]
	t := strings.TrimRight(cd.text, " ")
	a := c.docs[cd.doc].article
	if len(t) < creditAfterMinBytes || countWords(t) > creditAfterMaxWords || a == nil {
		return false
	}
	for _, w := range lex.LetterWords(lex.LowerASCII(t), -1) {
		if lex.IsAttributionVerb(w) {
			return false // "<name> says a story about him is ...": a caption shows, it reports no speech
		}
	}
	key := t[len(t)-30 : len(t)-1] // its end, but the full stop
	end := strings.Index(a.Text, key)
	if end < 0 {
		return false
	}
	end += len(key)
	return creditAfterMark.MatchString(lex.LowerASCII(a.Text[end:min(len(a.Text), end+40)]))
}

// dropCreditedCaptions leaves out of picked, a reader's summary in its
// order, each sentence after the opening that creditAfter reads as a
// caption; see the file comment.
func (c *cluster) dropCreditedCaptions(picked []int) []int {
	if len(picked) < 2 {
		return picked
	}
	out := picked[:1:1]
	for _, f := range picked[1:] {
		if !c.creditAfter(c.facts[f].rep) {
			out = append(out, f)
		}
	}
	return out
}
