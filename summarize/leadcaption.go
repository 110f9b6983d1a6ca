package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A caption or a video's blurb that opens a reader's summary: "Mayor Ilse
// Varga meets with harbour workers at the Velmora pier." (presentScene),
// "Tomas Rell explains why the ferry fares rose." (talkBlurb).
// dropPictureCaptions leaves such a sentence out after selection, but the
// opening one only when the sentence after it may lead, and it often may
// not: the chosen sentences after a lead lean on it. So a summary that
// still opens with one is made again with the opening's wordings that read
// so unfit to be chosen (captionOpening, markUnfit; Summarize), and
// pickLead chooses another lead. The new summary is kept only when it does
// not open leaning on something it does not name (opensLeaning: "On
// Monday morning he trained ..." read worse than the caption), and an
// opening blurb before the interview told as "us" stays, as
// dropPictureCaptions keeps it. Made again whenever the lead read so,
// before the drop, the summaries that the drop alone had freed read worse
// in 2 of 4 changed validation summaries (a background line as the lead,
// a headline run into a sentence brought in).

// captionOpening returns the texts of the members of the fact opening
// picked (a reader's summary in its order) that read as a caption or a
// blurb (presentScene, talkBlurb, datedCaption, positionCaption), and of
// any sentence that
// ends in one of them (a headline run in before it), when its
// representative reads so; nil
// for the benchmarks' Fill (c.reader false), an opening that reads as
// neither, or a blurb before a sentence told as "we" or "us" (toldAsWe),
// which dropPictureCaptions keeps.
func (c *cluster) captionOpening(picked []int) map[string]bool {
	if !c.reader || len(picked) == 0 {
		return nil
	}
	f := &c.facts[picked[0]]
	s := c.cands[f.rep].text
	if blurb := talkBlurb(s); !blurb && !presentScene(s) && !datedCaption(s) && !positionCaption(s) ||
		blurb && len(picked) > 1 && toldAsWe(c.cands[c.facts[picked[1]].rep].text) {
		return nil // kept as dropPictureCaptions keeps it: the interview told as "us" next
	}
	unfit := make(map[string]bool, len(f.members))
	for _, i := range f.members {
		if s := c.cands[i].text; presentScene(s) || talkBlurb(s) || datedCaption(s) || positionCaption(s) {
			unfit[s] = true
		}
	}
	for i := range c.cands {
		// Another page's copy with its headline run in before the caption
		// ("<headline> after outing a <caption>") is the caption still.
		for s := range unfit {
			if t := c.cands[i].text; len(t) > len(s) && strings.EqualFold(t[len(t)-len(s):], s) {
				unfit[t] = true
				break
			}
		}
	}
	return unfit
}

// markUnfit flags with flagNarrator each candidate whose text unfit holds
// (captionOpening of an earlier making of the summary).
func (c *cluster) markUnfit(unfit map[string]bool) {
	if len(unfit) == 0 {
		return
	}
	for i := range c.cands {
		if unfit[c.cands[i].text] {
			c.cands[i].flags |= flagNarrator
		}
	}
}

// opensLeaning reports whether the summary picked (in its order) opens
// with a sentence that leans on something it does not name
// (leansOnUnnamed) or on a pronoun as its subject (pronounOpening), or
// with one that may not lead at all (canLead: a fragment, "What with the
// threats, ..."): a summary made again without its caption that opens so
// reads worse than the caption ("On Monday morning he trained his fire at
// ...").
func (c *cluster) opensLeaning(picked []int) bool {
	if len(picked) == 0 {
		return false
	}
	cd := &c.cands[c.facts[picked[0]].rep]
	return leansOnUnnamed(cd.text) || pronounOpening(cd.text) || !c.canLead(cd)
}

// pronounOpeningReach is how many words pronounOpening reads.
const pronounOpeningReach = 6

// pronounOpening reports whether a subject pronoun ("he", "she", "they",
// "it") stands among the first pronounOpeningReach words of s before any
// capitalised word but the first, a weekday's or a month's ("On Monday
// morning he ...", "After the vote, she ...").
func pronounOpening(s string) bool {
	raw := lex.FirstFields(s, pronounOpeningReach)
	for i, r := range raw {
		x := strings.Trim(lex.LowerASCII(r), ",.;:\"“”'()")
		if pronounSubjects[x] {
			return true
		}
		if i > 0 && r[0] >= 'A' && r[0] <= 'Z' && !subjectCaptionWeekdays[x] && !isMonth(x) {
			return false
		}
	}
	return false
}

// pronounSubjects are the pronouns pronounOpening reads as a subject.
var pronounSubjects = lex.Set("he", "she", "they", "it")
