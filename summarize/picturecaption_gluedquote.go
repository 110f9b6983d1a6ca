package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A picture's caption glued to the quotation after it: the page wrote
// "<thing> being <done> ( picture: <agency> ) " <quote> ...", a text rule
// cut the credit, and the reader gets "Fresh bread being sliced "this
// is the best loaf ..."" — a scene with no verb of its own and a quote
// with no speaker, neither of which reads as a sentence. gluedQuoteCaption
// reads the shape; dropPictureCaptions leaves such a sentence out as it
// leaves out a caption (the quote's speaker is not in it, so nothing is
// lost that a reader could place).
// Measured against 3a4f68d: validation 1 changed, better (the caption
// and its quote left out); train 1–38,000: 0 changed.

// Bounds of gluedQuoteCaption.
const (
	gluedMinWords = 3  // the fewest words of the scene before the quote
	gluedMaxWords = 10 // the most
	gluedMinQuote = 4  // the fewest words of the quotation
)

// gluedQuoteCaption reports whether s is a caption's scene and then a
// quotation running to its end: words before the one opening quotation
// mark (gluedMinWords to gluedMaxWords, no punctuation but hyphens and
// apostrophes, none of verblessNotTail, no other word in "-ed") holding
// "being" before a participle in "-ed" or "-en" ("<thing> being poured",
// "<man> being taken away"), then a quotation of gluedMinQuote words or
// more that closes, if at all, at the end.
func gluedQuoteCaption(s string) bool {
	t := strings.TrimSpace(s)
	i := strings.IndexAny(t, "\"“")
	if i < 0 || !strings.Contains(t[:i], " being ") {
		return false // the cheap test before the words
	}
	rest := t[i+1:]
	if j := strings.IndexAny(rest, "\"“”"); j >= 0 && strings.TrimRight(rest[j+1:], ".!?\"” ") != "" {
		return false // the quote closes before the end: words after it may name the speaker
	}
	if lex.ContainsAny(rest, "\"“”") && strings.Count(t, "\"")+strings.Count(t, "“")+strings.Count(t, "”") != 2 {
		return false
	}
	if len(lex.FirstFields(rest, gluedMinQuote)) < gluedMinQuote {
		return false // a title's few words ("on "<show>"") rather than a quotation
	}
	w := strings.Fields(t[:i])
	if len(w) < gluedMinWords || len(w) > gluedMaxWords {
		return false
	}
	being := -1
	for k, x := range w {
		for _, r := range x {
			if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '-' || r == '\'' || r >= 0x80) {
				return false
			}
		}
		lw := strings.ToLower(x)
		if verblessNotTail[lw] {
			return false
		}
		if lw == "being" && k > 0 && being < 0 {
			being = k
		}
	}
	for k, x := range w {
		// One verb form only, the participle after "being": "<crowd>
		// watched a boat being towed" tells what someone did.
		if lw := strings.ToLower(x); k != being+1 && len(lw) > 3 && strings.HasSuffix(lw, "ed") && !verblessEd[lw] {
			return false
		}
	}
	if being < 0 || being+1 >= len(w) {
		return false
	}
	p := strings.ToLower(w[being+1])
	return len(p) > 3 && (strings.HasSuffix(p, "ed") || strings.HasSuffix(p, "en")) && !verblessEd[p]
}
