package summarize

import "github.com/chorusnews/chorus/internal/lex"

// A feature's opening behind a page's widget. cutBuyPhotoLede and
// cutWidgetLede free the story after a picture's button or a newsletter
// box so that its lede, often the one sentence of its article that tells
// the event, is read. When the story is a feature, what they free is a
// scene or an aside ("while moving into a flat by the Tarnwick pier,
// anna varga's life was upended ...", "as neighbours took in the news of
// the ferry fire, many had kind words for ...", "usually game for a
// photo, the harbour seal ..."), and once read it can take the summary's
// opening over another source's news lede, or join the summary telling
// the event a second time in a feature's words. widgetFeatureLede tells
// such an opening; the sentence is still read, but it may not lead a
// reader's summary (candidate.widgetFeature, canLead), so another
// source's lede opens it.
//
// Measured against 0dda51f (default summaries; Fill leads are unchanged,
// canLead reads it for a reader only): validation 2 of 5,599 changed,
// both read: 1 better (a carjacking victim's story opens on the news of
// the men's release, not on the scene of the attack), 1 the same (a
// neighbour's words open in place of the neighbours' scene); train
// 1-38,000 2 of 37,863 changed, both read: 1 better (a leader's visit
// opens in place of "When <he> resigned ... 11 years ago ..."), 1 the
// same (a shooting's later news opens in place of a headline run into
// the lede). Tried and not kept: leaving the widget on such a story, so
// the whole sentence stays furniture as before the widget rules:
// validation 5 changed, 4 better, 1 the same, but train 15 changed, 1
// better, 4 worse, 10 the same: with its first sentence gone, the
// feature's second and third sentences (a scene inside a ruin, an
// empty stable) came in as its opening sentences, and another source's
// news lede lost the opening to them.

// widgetSceneOpeners open a feature's scene or letter: a clause of
// circumstance before its subject ("while moving ...", "as neighbours
// ..."), a habit ("usually ...") or "it" with nothing before it to
// stand for ("it should be a good week for the pier ...").
var widgetSceneOpeners = lex.Set("as", "while", "usually", "dear", "often", "once", "it")

// widgetAsNews are the words after an opening "as" that make it news:
// "as many as 40 boats ...", "as part of ...", "as a result ...".
var widgetAsNews = lex.Set("many", "much", "of", "part", "a", "well", "expected", "soon")

// widgetFeatureLede reports whether rest, the story left after a widget,
// opens as a feature: featureForm's opening words (not its reader or
// writer words further in: a news lede may quote "we") or a scene's
// (widgetSceneOpeners).
func widgetFeatureLede(rest string) bool {
	w := lex.LetterWords(rest, 2)
	if len(w) < 2 {
		return false
	}
	w0 := lex.Lower(w[0])
	w1 := lex.Lower(w[1])
	if featureOpeners[w0] || featureOpeners2[w0+" "+w1] || readerWords[w0] || writerWords[w0] {
		return true
	}
	return widgetSceneOpeners[w0] && !(w0 == "as" && widgetAsNews[w1])
}
