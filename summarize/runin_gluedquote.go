package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A headline that ends on a quotation in spaced single quotes, run into
// the story's lede with no space after the closing mark: "Tarnwick mayor
// ' not ready to quit'the mayor of tarnwick said on monday that ...". The
// page wrote the headline and the lede on two lines; the text lost the
// break and the mark, glued to both words, hides the seam from the
// splitter and from the headline cuts. cutGluedQuoteHeadline cuts such a
// sentence of a reader's summary (after truecasing) to its lede when the
// mark closes a quotation (an odd number of single quotes not between two
// letters stands before it), the lede opens on an article, a possessive
// determiner or a title ("the", "their", "sen.") and has its finite verb
// soon (finiteVerbNear), and the head is short and reads as a headline:
// no stop inside it, no verb of saying or "that" (a reported sentence
// glued to the next: "<name> told ' <show>'the photos were ...").
// An opening mark glued to the word before ("his show'the <title> '")
// is left alone.
//
// Measured against 6cfaca0 on Multi-News default summaries: validation
// 2 of 5,598 changed (2 better / 0 worse / 0 same); train 1-38,000 1
// changed (1 / 0 / 0). Known miss: a lede whose verb is a present "-s"
// form ("the singer's new video features ...").

// Bounds of cutGluedQuoteHeadline.
const (
	gluedQuoteHeadMax = 25 // the most words of the headline
	gluedQuoteLedeMin = 10 // the fewest words of the lede
)

// gluedQuoteOpeners open a lede after the glued mark.
var gluedQuoteOpeners = lex.Set("the", "a", "an", "their", "his", "her", "its", "our")

// gluedQuoteSpeech mark a head that reports speech: a sentence, not a
// headline.
var gluedQuoteSpeech = lex.Set("that", "said", "says", "say", "told", "tells", "tell", "according")

// cutGluedQuoteHeadline returns the lede of s and true, or s and false
// (see above).
func cutGluedQuoteHeadline(s string) (string, bool) {
	if strings.IndexByte(s, '\'') < 0 && !strings.Contains(s, "’") {
		return s, false
	}
	marks := 0 // single quotes before i not between two letters
	for i := 1; i+1 < len(s); i++ {
		c := s[i]
		size := 1
		if c != '\'' {
			if c != 0xE2 || !strings.HasPrefix(s[i:], "’") {
				continue
			}
			size = len("’")
		}
		if i+size >= len(s) {
			break
		}
		before, after := isASCIILetter(s[i-1]), isASCIILetter(s[i+size])
		if !before || !after {
			marks++
			continue
		}
		if marks%2 == 1 {
			if rest, ok := gluedQuoteLede(s[:i+size], s[i+size:]); ok {
				return rest, true
			}
		}
		i += size - 1
	}
	return s, false
}

// gluedQuoteLede returns the lede rest, upper-cased first, and true when
// head reads as a headline and rest as a lede (see cutGluedQuoteHeadline).
func gluedQuoteLede(head, rest string) (string, bool) {
	j := 0
	for j < len(rest) && isASCIILetter(rest[j]) {
		j++
	}
	first := lex.LowerASCII(rest[:j])
	if !gluedQuoteOpeners[first] && !(j < len(rest) && rest[j] == '.' && titlesBefore[first+"."]) {
		return "", false
	}
	hw := lex.SpaceFieldsShared(head)
	if len(hw) < 2 || len(hw) > gluedQuoteHeadMax || lex.ContainsAny(head, ".!?;") {
		return "", false
	}
	for _, w := range hw {
		if gluedQuoteSpeech[lex.LowerASCII(lex.TrimPunct(w, `,:'’"“”`))] {
			return "", false
		}
	}
	starts, words := fieldStarts(rest, subjVerbWords+4)
	if countWords(rest) < gluedQuoteLedeMin {
		return "", false
	}
	raw := func(i int) string { return fieldText(rest, starts, i) }
	if !finiteVerbNear(words, raw, 1, true) {
		return "", false
	}
	return lex.UpperFirst(rest), true
}
