package summarize

// A picture's caption run into the lede that cutImageCaption left whole
// ("Image copyright <agency> image caption <caption> <lede>": no seam it
// could trust), read again in a reader's summary as a video's caption is
// (runin_playcaption.go): the candidate is marked while reading, and once
// the summary is truecased cutPlayCaption cuts the sentence to its lede
// where that opening is certain.
//
// Measured against 12e573c on Multi-News default summaries, with the two
// changes made to cutPlayCaption at the same time (a body of people in
// lower case before an auxiliary opens a lede, "... the old pier
// researchers have found ...", of playCaptionMinBodyLede words or more;
// a capital after "<people's adjective> <noun>" is a name's description,
// "for danish sailor Jon Brask"): validation 0 of 5,598 changed; train
// 1-38,000, the 2,483 clusters holding either label (no other can
// change), 2 changed, both better (a video's caption naming a museum's
// expert cut before "Researchers have found ..."; a picture's caption on
// a stone's chemistry cut before "Scientists have identified ..."). The
// picture captions alone changed one train summary before the
// people's-adjective guard, worse (a caption's "<nationality> climber
// <name>" taken for the lede's subject), now left as the base left it.
// Known misses (about 8 train summaries keep such a run-in): a lede
// after "to police" (the infinitive guard), after "found dead" or
// opening on a quoted word, a capital after a month ("in october
// Tarnwick's board ..."), and captions that came with no label.

// imageCaptionKept reports whether raw, a sentence as its paragraph gave
// it, opens with a picture's caption label (captionAfterLabel) and s, the
// candidate read from it, still opens with the caption's first words.
func imageCaptionKept(raw, s string) bool {
	if len(raw) < 40 || raw[0] != 'I' && raw[0] != 'i' {
		return false
	}
	off := captionAfterLabel(raw)
	return off >= 0 && captionStillOpens(raw[off:], s)
}
