package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// A site's headline and byline run into its lede through the author's
// follow button: "<headline> <subhead> <Author> follow @<handle> by
// <lede>", the page's "by" standing before the lede's first word.
// cutFollowSeams keeps the lede. A follow button opening the sentence is
// cutReaderPrompt's; one with no "by" after it ("... and follow @<site>
// on twitter") is left. Against main (5c97552): validation 1 changed, 1
// better; train 1-38,000 2 changed, 2 better / 0 worse / 0 same.

// followSeamMaxAt bounds, in bytes, where the seam may stand in a
// sentence: a headline, a subhead and a byline fit.
const followSeamMaxAt = 400

// followSeamMinHead is the fewest words before the seam: a headline and
// an author's name.
const followSeamMinHead = 3

// followSeamVerbBefore are words that make "follow" a verb of the
// sentence, not a button after an author's name.
var followSeamVerbBefore = lex.Set("who", "to", "and", "or", "can", "could", "will", "would", "should",
	"must", "may", "might", "please", "you", "we", "they", "i", "also", "that", "not", "never", "then",
	"fans", "users", "readers", "people", "viewers", "followers")

// cutFollowSeam returns the lede after a "follow @<handle> by" seam in s
// (capitalised) and true, or s and false: followSeamMinHead words must
// stand before the seam, the last no word that makes "follow" the
// sentence's verb (followSeamVerbBefore), and the lede must hold readerPromptMinRest words or
// more, open with a letter and name no handle in its first words.
func cutFollowSeam(s string) (string, bool) {
	const follow = " follow @"
	i := strings.Index(lex.LowerASCII(s[:min(len(s), followSeamMaxAt)]), follow)
	if i <= 0 || countWords(s[:i]) < followSeamMinHead {
		return s, false
	}
	if w := lex.LetterWords(s[max(0, i-20):i], -1); len(w) == 0 || followSeamVerbBefore[w[len(w)-1]] {
		return s, false // "Fans who follow @<handle> by the thousands ...": prose
	}
	j := i + len(follow)
	k := j
	for k < len(s) && isHandleByte(s[k]) {
		k++
	}
	if k-j < 2 {
		return s, false
	}
	rest := s[k:]
	var ok bool
	for _, by := range [...]string{" by: ", " by ", " By: ", " By "} {
		if r, cut := strings.CutPrefix(rest, by); cut {
			rest, ok = r, true
			break
		}
	}
	if !ok {
		return s, false
	}
	rest = strings.TrimSpace(rest)
	if rest == "" || !isASCIILetter(rest[0]) || countWords(rest) < readerPromptMinRest ||
		strings.IndexByte(rest[:min(len(rest), 40)], '@') >= 0 {
		return s, false
	}
	return lex.UpperFirst(givenBack(s[:i], rest)), true
}

// givenBack returns rest with the given name the cut head gave its first
// word, a surname the summary wrote alone as the head named the person in
// full ("... with dana whitlock <byline> by whitlock is launching ..."
// reads "dana whitlock is launching ...", before truecasing); rest
// otherwise.
func givenBack(head, rest string) string {
	surname, _, _ := strings.Cut(rest, " ")
	if len(surname) < 3 || !isASCIILetter(surname[0]) {
		return rest
	}
	words := strings.Fields(head)
	for k := len(words) - 1; k > 0; k-- {
		if strings.EqualFold(words[k], surname) && lex.IsGivenName(strings.ToLower(words[k-1])) {
			return words[k-1] + " " + rest
		}
	}
	return rest
}

// cutFollowSeams cuts the headline, byline and follow button before the
// lede of a reader's summary's sentences (cutFollowSeam).
func cutFollowSeams(sum *chorus.Summary) {
	cutEach(sum, cutFollowSeam)
}
