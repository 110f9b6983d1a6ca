package summarize

import (
	"strings"
	"unicode"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// A page whose headline stands above its first paragraph and again as
// the paragraph's own title gives "<headline> <headline> <story>" with no
// punctuation between: "Ferry service halted in Tarnwick ferry service
// halted in Tarnwick the harbour board voted ...". Neither copy is a
// sentence of the story; cutTwiceHeadlines keeps the story, or the second
// copy and the story when the story may go on from it. The cut is
// made on a reader's summary after selection: only the sentence changes.

// twiceOpeners open a sentence of their own after a headline given twice:
// the story does not go on from the headline's words.
var twiceOpeners = map[string]bool{"the": true, "a": true, "an": true, "it": true, "it's": true,
	"its": true, "he": true, "she": true, "they": true, "we": true, "i": true, "this": true,
	"these": true, "those": true, "his": true, "her": true, "their": true, "our": true}

// Bounds of twiceHeadline.
const (
	twiceMinWords  = 5     // the fewest words of the headline
	twiceMaxWords  = 30    // the most words of the headline
	twiceStoryMin  = 6     // the fewest words of the story after the second copy
	twiceMarksSkip = `"“”` // a headline with quotation marks is left: a speaker may repeat himself
)

// twiceHeadline returns s without the first copy of a headline written
// twice at its start, and without the second too when the story after
// it opens on one of twiceOpeners, and true; or s and false. The headline is twiceMinWords to
// twiceMaxWords words; its second copy follows at once and reads the same
// letters and digits, case, punctuation and "%"/"percent" aside; the
// story after it has at least twiceStoryMin words and opens with a letter.
// A sentence that is all two copies reads as its second copy.
// A sentence with a quotation mark before the story is left as it is.
func twiceHeadline(s string) (string, bool) {
	words := lex.SpaceFieldsShared(s)
	if len(words) < 2*twiceMinWords {
		return s, false
	}
	// The words' keys (writeTwiceKey) written one after another in flat, the
	// key of words[i] at flat[at[i]:at[i+1]]: a headline of p words is
	// flat[:at[p]], and the words after it are compared on the same
	// bytes, with no string joined for each p.
	var b strings.Builder
	b.Grow(len(s))
	at := make([]int, len(words)+1)
	for i, w := range words {
		writeTwiceKey(&b, w)
		at[i+1] = b.Len()
	}
	flat := b.String()
	for p := twiceMinWords; p <= twiceMaxWords && 2*p <= len(words)+2; p++ {
		head := flat[:at[p]]
		if head == "" {
			continue
		}
		q := p // the words after the headline whose keys reach its length
		for q < len(words) && at[q]-at[p] < len(head) {
			q++
		}
		if flat[at[p]:at[q]] != head || len(words) > q && len(words)-q < twiceStoryMin {
			continue
		}
		if strings.ContainsAny(strings.Join(words[:q], " "), twiceMarksSkip) {
			return s, false
		}
		if q == len(words) {
			return capitalizeFirst(strings.Join(words[p:], " ")), true // the sentence said twice: the second copy ends it
		}
		story := strings.Join(words[q:], " ")
		if r := []rune(story); len(r) == 0 || !unicode.IsLetter(r[0]) {
			return s, false
		}
		if twiceOpeners[strings.ToLower(words[q])] {
			return capitalizeFirst(story), true
		}
		// The story may go on from the second copy ("<headline> the glut
		// of ... fills <headline's words> justin bieber's noggin ..."):
		// only the first copy goes.
		return capitalizeFirst(strings.Join(words[p:], " ")), true
	}
	return s, false
}

// writeTwiceKey writes to b the key of word w: its lower-case letters and
// digits, with "%" written "percent" ("65%" and "65 percent" read the
// same).
func writeTwiceKey(b *strings.Builder, w string) {
	plain := true // w is lower-case ASCII letters and digits: its own key
	for i := 0; i < len(w) && plain; i++ {
		plain = 'a' <= w[i] && w[i] <= 'z' || '0' <= w[i] && w[i] <= '9'
	}
	if plain {
		b.WriteString(w)
		return
	}
	for _, r := range strings.ToLower(w) {
		switch {
		case r == '%':
			b.WriteString("percent")
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		}
	}
}

// cutTwiceHeadlines cuts a headline written twice from the front of each
// sentence of a reader's summary.
func cutTwiceHeadlines(sum *chorus.Summary) {
	for i := range sum.Sentences {
		if story, ok := twiceHeadline(sum.Sentences[i].Text); ok {
			sum.Sentences[i].Text = story
		}
	}
}
