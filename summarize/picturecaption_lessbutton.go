package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A picture gallery gives each caption twice, cut short and then whole
// after the "Less" of its "show less" button, or whole and then after a
// "More" that the page repeats with its headline: "image 1 of 3 ola
// brenn at the pier on may 4. Less ola brenn at the pier on may 4, a
// week before the ferry sank." The page text keeps the button's word, so
// a sentence opens "Less <caption>" or "More <caption>", and both the
// word and the caption are page furniture. lessButtonCaption reads such
// a sentence by the caption's words said before in the same article;
// markLessButtons cuts the button's word from it. Measured against
// 9995f52: validation 2 changed, 2 better (the stray "Less" gone). "Less" or
// "More" as a word of the sentence ("Less drinking reduces ...", "More
// than 40 boats ...") is not followed by words the article said before,
// or said before only after the same word ("... more than 40 boats ...").

// lessButtonWords is how many words after the button must stand earlier
// in the article for the sentence to read as a caption given twice.
const lessButtonWords = 5

// lessButtonCaption reports whether s, a sentence of the article text
// body, opens with the button word "Less" or "More" followed by
// lessButtonWords words that body holds before the sentence, not after
// the same button word (compared lower-cased).
func lessButtonCaption(s, body string) bool {
	if len(s) < 5 || s[4] != ' ' {
		return false
	}
	button := lex.Lower(s[:5]) // "less " or "more "
	if button != "less " && button != "more " {
		return false
	}
	f := lex.SpaceFieldsShared(s[5:])
	if len(f) < lessButtonWords+1 {
		return false
	}
	want := lex.Lower(strings.Join(f[:lessButtonWords], " "))
	low := lex.Lower(body)
	at := strings.Index(low, button+want)
	if at < 0 {
		return false
	}
	before := low[:at]
	for {
		k := strings.Index(before, want)
		if k < 0 {
			return false
		}
		if !strings.HasSuffix(before[:k], button) {
			return true
		}
		before = before[k+len(want):]
	}
}

// markLessButtons cuts, in a reader's summary, the button word from each
// candidate that is a gallery's caption given again after its "Less" or
// "More" button (lessButtonCaption). The caption itself stays a
// candidate: flagged out of selection (tried against 9995f52), it left
// validation 2 better, train 1-35,600 14 changed, 10 better, 3 worse (a
// caption that told the story's main fact replaced by a headline run into
// a lede or by a thinner caption), 1 the same.
func (c *cluster) markLessButtons() {
	for i := range c.cands {
		cd := &c.cands[i]
		if len(cd.text) < 5 || cd.text[4] != ' ' || cd.text[0]|0x20 != 'l' && cd.text[0]|0x20 != 'm' {
			continue // nearly every sentence
		}
		if lessButtonCaption(cd.text, c.docs[cd.doc].article.Text) {
			rest := lex.UpperFirst(strings.TrimSpace(cd.text[5:]))
			cd.text, cd.words = rest, countWords(rest)
		}
	}
}
