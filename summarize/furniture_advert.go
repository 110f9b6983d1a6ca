package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// A page's "Advertisement" label run into a chosen sentence where an ad
// stood: after a colon ("The mayor wrote: advertisement "we will rebuild
// the pier."", "... as the council put it: advertisement."), before a
// dash after a headline ("Ferry line wins award advertisement - the ferry
// line won ..."), or capitalised after a full stop in the middle of the
// text ("... in Tarnwick. Advertisement the board says ..."), or between
// a headline and a story's opening article, pronoun or possessive with no
// dash ("Ferry line wins award advertisement the ferry line won ...":
// the headline goes with it). The label goes; the sentence stays, so it is cut after selection (cutAdvertLabels).

// advertMaxAt is how far into a sentence (in words) a label before a
// dash may stand: the headline before it is cut with it.
const advertMaxAt = 30

// advertMinRest is the fewest words of the story after a label before a
// dash.
const advertMinRest = 8

// cutAdvertLabel returns s without an "Advertisement" label (see above)
// and true, or s and false.
func cutAdvertLabel(s string) (string, bool) {
	if !strings.Contains(s, "dvertisement") {
		return s, false
	}
	f := lex.SpaceFields(s)
	for i, w := range f {
		bare := strings.TrimRight(w, ".")
		if !strings.EqualFold(bare, "advertisement") {
			continue
		}
		next := ""
		if i+1 < len(f) {
			next = f[i+1]
		}
		dash := next == "-" || next == "–" || next == "—" || next == "--"
		switch {
		case i > 0 && strings.HasSuffix(f[i-1], ":") && i+1 == len(f) && strings.HasSuffix(w, "."):
			// "... put it: advertisement.": the label ends the sentence.
			head := strings.Join(f[:i], " ")
			return strings.TrimSuffix(head, ":") + ".", true
		case i > 0 && strings.HasSuffix(f[i-1], ":") && bare == w && next != "":
			rest := f[i+1:]
			if dash {
				rest = rest[1:]
			}
			if len(rest) == 0 {
				return s, false
			}
			return strings.Join(append(append([]string{}, f[:i]...), rest...), " "), true
		case dash && bare == w && i < advertMaxAt && len(f)-i-2 >= advertMinRest && !advertOwned(f, i):
			return lex.UpperFirst(strings.Join(f[i+2:], " ")), true
		case bare == w && i >= advertMinBefore && i < advertMaxAt && !advertOwned(f, i) && advertOpensStory(f, i) &&
			len(f)-i-1 >= advertMinRest && !advertHeadEnds(f[:i]):
			return lex.UpperFirst(strings.Join(f[i+1:], " ")), true
		case w == "Advertisement" && i > 0 && i+1 < len(f) && strings.HasSuffix(f[i-1], ".") && countWords(strings.Join(f[i+1:], " ")) >= advertMinRest:
			return strings.Join(f[:i], " ") + " " + lex.UpperFirst(strings.Join(f[i+1:], " ")), true
		}
	}
	return s, false
}

// advertMinBefore is the fewest words of a headline before a label with
// no dash after it.
const advertMinBefore = 3

// advertOpeners open a story's sentence right after a label with no dash:
// an article, a pronoun or a possessive ("advertisement the council ...",
// "advertisement we are ...", "advertisement velmora's mayor ...").
var advertOpeners = lex.Set("the", "a", "an", "we", "i", "he", "she", "they", "it", "this", "his", "her", "their",
	"our", "its")

// advertOpensStory reports whether the word after the i-th of f opens a
// story's sentence (advertOpeners, or a possessive) and the word before it
// ends in no punctuation.
func advertOpensStory(f []string, i int) bool {
	if i+1 >= len(f) || lex.ContainsAny(f[i-1], ",.:;!?\"“”'’-") {
		return false
	}
	n := lex.Lower(f[i+1])
	return advertOpeners[n] || (strings.HasSuffix(n, "'s") || strings.HasSuffix(n, "’s")) && len(n) > 3
}

// advertHeadEnds reports whether the words before a label hold a
// sentence's end or a quotation mark: a headline has neither.
func advertHeadEnds(head []string) bool {
	for _, w := range head {
		if lex.ContainsAny(w, "\"“”!?;") || strings.HasSuffix(w, ".") && !abbrevLike(lex.Lower(w)) {
			return true
		}
	}
	return false
}

// advertOwned reports whether the word before the i-th of f makes
// "advertisement" a noun of the sentence ("an advertisement - ...", "the
// firm's advertisement - ..."): an article, a possessive or a
// preposition.
func advertOwned(f []string, i int) bool {
	if i == 0 {
		return false
	}
	p := lex.Lower(f[i-1])
	return advertDeterminers[p] || strings.HasSuffix(p, "'s") || strings.HasSuffix(p, "’s")
}

// advertDeterminers make "advertisement" after them a noun of the
// sentence.
var advertDeterminers = lex.Set("a", "an", "the", "this", "that", "its", "his", "her", "their", "our", "new", "an",
	"in", "of", "for", "by", "political", "campaign", "full-page", "television", "tv", "online", "print", "radio")

// cutAdvertLabels cuts, in each sentence of a reader's summary, an
// "Advertisement" label (cutAdvertLabel).
func cutAdvertLabels(sum *chorus.Summary) {
	cutEach(sum, cutAdvertLabel)
}

// advertCounter reports whether s closes with a page's numbered ad slot,
// "advertisement" and a figure ("... see more photos advertisement 3."):
// the piece of page text before it is no sentence of the story either.
func advertCounter(s string) bool {
	if !strings.Contains(s, "dvertisement") {
		return false
	}
	f := lex.SpaceFieldsShared(strings.TrimSuffix(strings.TrimSpace(s), "."))
	if len(f) < 2 || !strings.EqualFold(f[len(f)-2], "advertisement") {
		return false
	}
	for _, r := range f[len(f)-1] {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
