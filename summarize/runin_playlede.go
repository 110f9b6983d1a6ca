package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/clean"
	"github.com/chorusnews/chorus/defect"
	"github.com/chorusnews/chorus/internal/lex"
)

// A video's caption run into the lede (runin_playcaption.go) can cost the
// cluster its lede before any summary is written: the learned boilerplate
// reads the notice, the label and the caption's words ("... spoke to the
// bbc from near the scene ...") as the page's and drops the whole
// sentence, or the sentence, caption and all, is scored as one and loses
// to a later line (a count of "other" injured led where the lede
// giving the death toll was the story). freePlayCaptionLede cuts such a sentence to its lede as the
// article is read, so the lede is a candidate like any other: where the
// candidate still opens with the notice and label (or with the caption
// after them), playCaptionSeam finds a lede opening in lower case (an
// article, a count or a body of people after a word that ends a caption,
// with its finite verb soon and enough words after it); a possessive
// before that opening goes with the lede ("... at tarnwick | tarnwick
// harbour's two cranes have ..."). Names are not yet cased here, so a
// lede opening on a name is left to cutPlayCaption on the summary.
//
// Measured against main at bcb41ce on Multi-News default summaries of
// the clusters holding the label (no other can change), with the
// possessive move, a caption's article cut with the label (still flagged
// for cutPlayCaption) and the guards in runin_playcaption.go (no lede
// opens on an article after "whether", "since", "beneath" and other
// playCaptionTakers; no cut at a capital inside "the leader of ..."):
// validation 6 of 142 changed (4 better: the avalanche's and the grounded
// fleet's ledes, a caption cut from a vegetative-state lede, a cold
// snap's toll; 1 the same, a sentence added; 1 worse: a right cut that
// moved selection to choppy lines about a detainee); train 1-38,000, 929
// clusters, 21 changed (14 better: freed ledes of a submarine's voyage,
// a ride's crash, a torso identified, a tower fire's toll and others; 7
// the same; 0 worse). The guards undid 4 train changes, 3 of them worse
// (cuts inside a caption's own clause after "whether", "since" and
// "beneath"), and the validation cut at a name inside the lede's subject.
// Known miss: a capital after a caption's verb ("... that define
// <Place> world powers have ...") is still cut there.
func freePlayCaptionLede(raw, s string) string {
	if len(raw) < len(playCaptionLabel)+20 || raw[0] != 'M' && raw[0] != 'm' ||
		lex.LowerASCII(raw[:len(playCaptionLabel)]) != playCaptionLabel {
		return s
	}
	body := s
	if len(s) > len(playCaptionLabel) && lex.LowerASCII(s[:len(playCaptionLabel)]) == playCaptionLabel {
		body = strings.TrimSpace(s[len(playCaptionLabel):])
	} else if !captionStillOpens(raw[len(playCaptionLabel):], s) {
		return s
	}
	if rest, ok := playCaptionSeam(body, true); ok {
		return rest
	}
	return s
}

// freeDroppedPlayLede returns the lede freed from s (freePlayCaptionLede)
// when s, a sentence that opens with a video's notice and caption, would
// not be read: page furniture, or learned boilerplate. Else it returns s.
func (c *cluster) freeDroppedPlayLede(raw, s string) string {
	lede := freePlayCaptionLede(raw, s)
	if lede == s {
		return s
	}
	if clean.IsFurniture(s) || c.bp != nil && defect.Furniture(s) != defect.OK {
		return lede
	}
	if _, drop := c.boilerplate(s); drop {
		return lede
	}
	return s
}
