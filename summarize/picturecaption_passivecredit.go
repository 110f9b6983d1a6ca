package summarize

// A picture's caption in the present passive that shows no sign of a
// picture in its own words, set beside the photo's credit on its page:
// "Hosts ilse varga, tomas rell and ana roe are seen on the set of
// harbour today at the velmora studios. ( peter rell/harbour pictures )"
// (a lower-cased page names no place with a capital), "Tomas Rell is
// shown at his desk. ( ana roe/the tarnwick herald )". passiveCaption
// asks for a date, a capitalised place or two names; the credit beside
// it (creditNear) tells the caption instead. markTeasers flags it
// (creditedPassive) with flagNarrator before selection.
// Measured against 90852e2: validation 1 changed, better (a lower-cased
// page's caption of a show's hosts on its set gone; the summary now names
// the fired boss the story is about, though it gained a quote with no
// speaker); train 1-38,000 3 changed, 2 better (an opening caption of a
// burned resort gave way to the news of it; a dig's caption gone), 1
// worse (a caption never chosen left a fact group, and a clause cut at
// "at 1:22 p.m." came in).

// creditedPassive reports whether candidate i has a caption's shape in
// the present passive (passiveShape) with no sign of a picture of its
// own, names no video (videoScene) and its page set a photo's credit
// beside it (creditNear).
func (c *cluster) creditedPassive(i int) bool {
	cd := &c.cands[i]
	if shape, signed := passiveShape(cd.text); !shape || signed || videoScene(cd.text) {
		return false
	}
	return c.creditNear(cd)
}
