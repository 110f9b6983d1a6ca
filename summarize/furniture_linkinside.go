package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// A link's or button's label run into the middle of a sentence: a
// graphic's title and its "read details" link before the caption
// ("<graphic title>, detailed read details of incidents since ..."), a
// gallery's "click the gallery to see ..." or "view photos zoom" between
// a headline and its caption, a "scroll down for ..." prompt. Once the
// markup is gone the words around the label belong to different boxes
// of the page and the sentence reads as none; linkLabelInside leaves it
// out of a reader's summary after selection (dropChosen). A label in
// quotation marks is someone's words and stays. A "view gallery" button
// closing an otherwise whole sentence is cut instead (cutGalleryTail).
//
// Measured against 2e04780 (reader's summaries; Fill unchanged; every
// change read): validation 1 changed, better (a graphic's title and its
// "read details" link gone); train 1-38,000, the 1,747 clusters whose
// summary holds a sentence of the shapes, 3 changed: 3 better / 0 worse
// / 0 same (a gallery's "click the gallery ..." headline and a "view
// photos zoom" caption left out, a "view gallery" tail cut).

// linkInsideLabels are the labels, in lower case with a space before.
var linkInsideLabels = []string{" read details ", " click the gallery ", " view photos ", " click here ",
	" click to enlarge ", " see the full list "}

// linkLabelInside reports whether s holds a link's label after its first
// word (linkInsideLabels) or opens on a "scroll down for" prompt, outside
// quotation marks.
func linkLabelInside(s string) bool {
	if len(s) < 20 {
		return false
	}
	low := lex.LowerASCII(s)
	if strings.HasPrefix(low, "scroll down for ") {
		return true
	}
	for _, l := range linkInsideLabels {
		if i := strings.Index(low, l); i > 0 && !lex.ContainsAny(s[:i], "\"“”") {
			return true
		}
	}
	return false
}

// galleryTail is a gallery's button left closing a sentence.
const galleryTail = " view gallery."

// cutGalleryTail returns s without a "view gallery" button that closes it
// after a sentence of at least widgetWordMinRest words, and true; s and
// false otherwise.
func cutGalleryTail(s string) (string, bool) {
	if len(s) <= len(galleryTail) || !strings.EqualFold(s[len(s)-len(galleryTail):], galleryTail) {
		return s, false
	}
	rest := strings.TrimRight(s[:len(s)-len(galleryTail)], " ,")
	if countWords(rest) < widgetWordMinRest || lex.ContainsAny(rest, "\"“”") {
		return s, false
	}
	if strings.HasSuffix(rest, ".") {
		return rest, true // "... in <town>, N.Y."
	}
	return rest + ".", true
}

// cutGalleryTails cuts, in each sentence of a reader's summary, a
// "view gallery" button that closes it (cutGalleryTail).
func cutGalleryTails(sum *chorus.Summary) {
	cutEach(sum, cutGalleryTail)
}
