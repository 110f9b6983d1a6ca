package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/defect"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file is a move of the ordering stage. A reader's lead can be a
// sentence from the middle of an article whose own previous sentence —
// the one that tells the event the lead details — is chosen too:
// "<Spokeswoman> said the fire was three miles west of <town>." then
// "A wildfire threatening <town> has doubled in size." Ordering put the
// lead first and its article's sentence after it, so the summary opens
// on a detail and tells the news second. When the lead's article
// predecessor is chosen and could lead itself (predLedeFits), it moves to
// the front and leads; every other sentence keeps its order. It runs on
// the chosen summary after ordering: nothing is chosen again.
//
// Multi-News validation (5,613 default summaries): 23 change, all read: 16
// better (the event, the arrest, the study's finding before the
// spokesperson's detail, the figure or the method), 4 the same, 3 worse
// (a picture's caption led, a study's method before its finding, a
// general remark led). Train 1-38,000 (37,924): 149 change; of 40 read,
// 25 better, 7 the same, 8 worse (a frame or a detail before a lede that
// already told its day, a reaction before the debate it answers, a
// definition led, a cut fragment led). Without the guards of
// predLedeLeans and predLedeMinWords, 52 validation summaries changed
// and about one in three read worse ("Over the years, two were
// recovered, but ... the others", a short teaser, "The search for his
// ...", a caption led).

// openWithPredecessor moves, in a reader's summary, the chosen sentence
// that comes right before the opening one in its article to the front
// when it could lead (predLedeFits). See the file comment.
func (c *cluster) openWithPredecessor(picked []int) {
	if !c.reader || c.seen != nil || c.q != nil || len(picked) < 2 {
		return
	}
	for j := 1; j < len(picked); j++ {
		if !c.follows(picked[0], picked[j]) {
			continue
		}
		if c.predLedeFits(&c.cands[c.facts[picked[j]].rep]) {
			c.leadWith(picked, j)
		}
		return
	}
}

// predLedeMinWords is the fewest words a predecessor must have to lead:
// shorter ones are a feature's teaser ("<Name> is back.") more often than
// the news.
const predLedeMinWords = 10

// predLedeFits reports whether cd may open a reader's summary in place of
// the sentence after it in its article: fit to lead (canLead), opening
// with a capital, no page junk, run-in headline, label, caption or
// feature opening, no early word that points back, passing the detectors,
// and leaning on nothing the lead told (predLedeLeans).
func (c *cluster) predLedeFits(cd *candidate) bool {
	return cd.words >= predLedeMinWords && c.canLead(cd) && !startsLower(cd.text) && !c.junkish(cd.text) &&
		!c.restatedRunIn(cd.text) && !c.featureForm(cd.text) && !isLabel(cd) && !captionWord(cd.text) &&
		!pointsBackEarly(cd.text) && c.detect(cd.text).First() == defect.OK && !predLedeLeans(cd.text)
}

// predLedePointers are words that, early in a sentence, point at someone
// or something told before it ("The search for his ...").
var predLedePointers = lex.Set("he", "she", "they", "it", "his", "her", "its", "their", "him", "them", "later")

// predLedeLeans reports whether s leans on a sentence before it: a pronoun
// among its first four words, a label before a colon among its first six
// ("From <site>: ..."), or anywhere "the" before a person or event noun
// that presupposes it (presupposedNouns: "drove the boy"), "others" or a
// day counted from another ("the next day").
func predLedeLeans(s string) bool {
	w := lex.LetterWords(s, -1)
	if len(w) > 2 && w[1] == "of" && w[2] == "the" {
		return true // "Seven of the infants ..."
	}
	for i, x := range w {
		if i < 4 && predLedePointers[x] {
			return true
		}
		if i > 0 && w[i-1] == "the" && (presupposedNouns[x] || x == "others" || x == "next" || x == "following") {
			return true
		}
	}
	f := lex.SpaceFieldsShared(s)
	for i := 0; i < len(f) && i < 6; i++ {
		if strings.HasSuffix(f[i], ":") {
			return true
		}
	}
	return false
}
