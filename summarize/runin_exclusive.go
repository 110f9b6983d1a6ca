package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/defect"
	"github.com/chorusnews/chorus/internal/lex"
)

// A gossip page's headline and its "exclusive" label run into the story:
// "Anna varga quits ferry board amid feud exclusive anna varga has left
// the tarnwick ferry board ..." reads "Anna varga has left the tarnwick
// ferry board ...". The label stands alone after the headline's last
// word, never as an adjective ("an exclusive interview", "the most
// exclusive club") nor before what it labels ("exclusive video"). Many
// such stories lost their subject with the page's links ("exclusive is
// now telling friends ..."): those stay, as no cut mends them. The cut is
// made on a reader's summary after selection (cutExclusiveRunIns): only
// the sentence changes.

// Bounds of cutExclusiveRunIn.
const (
	exclusiveMaxAt   = 40 // the label stands within this many words
	exclusiveMinRest = 5  // the fewest words of the story after it
)

// cutExclusiveRunIn returns s, a sentence of a reader's summary of
// lower-cased text, from the story after an "exclusive" label and true:
// the label ("exclusive" or "exclusive:") is the sentence's first word or
// stands within exclusiveMaxAt words after a headline word that is no
// stopword, ends in no punctuation and has no "'s" (an outlet's
// "exclusive"), with no determiner, possessive or "most" among the two
// words before it ("the wthr exclusive", "a cnn exclusive"); the words
// before it hold no sentence end but an abbreviation's dot and no
// quotation mark; the story opens on a word that begins a subject
// (exclusiveOpeners: "the", "a", "his", ...) or on a listed given name;
// it holds exclusiveMinRest words or more and is no furniture and no
// caption. It returns s and false otherwise.
func cutExclusiveRunIn(s string) (string, bool) {
	if !strings.Contains(s[:min(len(s), 400)], "xclusive") {
		return s, false
	}
	starts, words := fieldStarts(s, exclusiveMaxAt+2)
	raw := func(i int) string { return fieldText(s, starts, i) }
	for i := 0; i+1 < len(words) && i <= exclusiveMaxAt; i++ {
		r := lex.Lower(raw(i))
		if r != "exclusive" && r != "exclusive:" {
			if lex.ContainsAny(r, `"“”`) || lex.ContainsAny(r, ".!?") && !abbrevLike(r) {
				return s, false
			}
			continue
		}
		if i > 0 {
			prev := raw(i - 1)
			if lex.IsStopword(words[i-1]) || words[i-1] == "" || lex.ContainsAny(prev, `,;:.!?"“”'‘’()[]—–-`) ||
				exclusiveBefore[words[i-1]] {
				return s, false
			}
			if i > 1 && (exclusiveBefore[words[i-2]] || strings.HasSuffix(words[i-2], "'s") || strings.HasSuffix(words[i-2], "’s")) {
				return s, false
			}
		}
		next := words[i+1]
		if !exclusiveOpeners[next] && !lex.IsGivenName(next) || !strings.HasPrefix(lex.Lower(raw(i+1)), next) {
			return s, false
		}
		rest := strings.TrimSpace(s[starts[i+1]:])
		if countWords(rest) < exclusiveMinRest {
			return s, false
		}
		lede := lex.UpperFirst(rest)
		if defect.Furniture(lede) != defect.OK || seenCaption(words[i+1:]) {
			return s, false
		}
		return lede, true
	}
	return s, false
}

// exclusiveBefore are words that make "exclusive" an adjective or an
// outlet's scoop when they stand one or two words before it.
var exclusiveBefore = lex.Set("a", "an", "the", "our", "its", "his", "her", "their", "this", "these", "that",
	"most", "more", "world", "in", "of", "and", "or", "very", "highly", "mutually")

// exclusiveOpeners open a subject: a story after the label opens on one.
var exclusiveOpeners = lex.Set("the", "a", "an", "his", "her", "their", "its", "this", "these", "those", "he",
	"she", "they", "it", "we", "i", "there", "one", "two", "three", "four", "five")

// cutExclusiveRunIns cuts, in each sentence of a reader's summary of
// lower-cased text, a headline and the "exclusive" label run into the
// story (cutExclusiveRunIn).
func cutExclusiveRunIns(sum *chorus.Summary, lower bool) {
	if !lower {
		return
	}
	cutEach(sum, cutExclusiveRunIn)
}
