package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A gallery's "Enlarge" button run into the picture's credit and its
// caption's label: "Enlarge by <photographer>, <outlet> <label>: <caption>"
// ("Enlarge by jon roe, the courier new chief: Ana Varga took office in
// May."), "Enlarge <studio> films <label>: <caption>", and a picture's
// "Expand image" button before the paragraph under it. With the markup gone
// the sentence splitter leaves them opening the story's first sentence; a
// one-paragraph article would lose its lede if the cleaner dropped the
// paragraph, so cutGalleryWidget (furniture_gallerywidget.go) cuts the
// button, the credit and the label after selection and the caption's own
// sentence reads on.
//
// Measured against 6cfaca0 (default summaries, every change read):
// validation 1 changed: 1 better / 0 worse / 0 the same; train 1-38,000
// 8 changed: 8 / 0 / 0 (the caption's sentence reads on: "<star> and
// <star> play exes in ...", "<name> was believed to have been at home
// ...").

// enlargeLabelMaxWords bounds the words from "enlarge" to the label's
// colon: a credit and a label of a few words.
const enlargeLabelMaxWords = 12

// enlargeCreditEnd returns the end of a gallery button's credit and
// caption label opening low, a sentence in lower case ("enlarge by <name>,
// <outlet> <label>: ", "enlarge <studio> films <label>: "), or of "expand
// image "; 0 when low opens on neither. The words before the colon hold
// no sentence end or quotation mark, and only "enlarge by" may have a
// comma before it (the credit's).
func enlargeCreditEnd(low string) int {
	if rest, ok := strings.CutPrefix(low, "expand image "); ok && rest != "" {
		return len("expand image ")
	}
	if !strings.HasPrefix(low, "enlarge ") {
		return 0
	}
	i := strings.Index(low, ": ")
	if i < 0 {
		return 0
	}
	head := low[len("enlarge "):i]
	if countWords(head) > enlargeLabelMaxWords || lex.ContainsAny(head, `.!?;"“”`) ||
		strings.Contains(head, ",") && !strings.HasPrefix(head, "by ") {
		return 0
	}
	return i + len(": ")
}
