package input

import (
	"slices"
	"strings"
	"unicode"
)

// maxPromoWords is the longest promotion line, in words.
const maxPromoWords = 15

// isPromoLine reports whether paragraph p is a labelled promotion of
// another page: a short line (at most maxPromoWords words) opening with a
// label of one to four words in capitals (at least three letters, the
// first character a letter) and a colon, then a title in words (some
// lower case) that does not end with a full stop ("WATCH: The pier
// reopens", "A SIMPLE GUIDE: How do I moor my boat?"). A dateline
// ("LONDON: The board said ….") ends its sentence with a full stop and
// stays. Dropped from the extracted text (dropFurniture), these lines
// left both extraction dev sets' figures unchanged (readability
// .97433/.94917/.96158, trafilatura .96988/.94336/.95644): they drop a
// news page's box of five guides, a card's offer lines, "… : Where to
// Buy" lines and a "STREAM: …" line on trafilatura's set. Scripts without
// capitals (a Chinese "phone:" line) and coordinates after the colon
// cost the readability pages recall until excluded.
func isPromoLine(p string) bool {
	p = strings.TrimSpace(p)
	label, rest, ok := strings.Cut(p, ":")
	if !ok || len(words(p)) > maxPromoWords || strings.HasSuffix(rest, ".") || len(words(rest)) < 2 ||
		!strings.ContainsFunc(rest, unicode.IsLower) {
		return false
	}
	lw := strings.Fields(label)
	if len(lw) == 0 || len(lw) > 4 {
		return false
	}
	letters := 0
	for i, r := range label {
		switch {
		case unicode.IsLetter(r) && !unicode.IsUpper(r):
			return false // lower case, or a script without case
		case i == 0 && !unicode.IsLetter(r):
			return false // a quote or a mark opens a title, not a label
		case unicode.IsLetter(r):
			letters++
		}
	}
	return letters >= 3
}

// maxTeaserWords is the longest teaser excerpt, in words; maxTeaserTitle
// the longest headline over one.
const (
	maxTeaserWords = 80
	maxTeaserTitle = 15
)

// teaserEnds are the endings of another story's teaser excerpt,
// lower-cased, after its text is cut: an ellipsis and a "more" link, or
// WordPress's "[…]".
var teaserEnds = []string{"... more", "...more", "… more", "…more", "... read more", "… read more", "[…]", "[...]"}

// isTeaserExcerpt reports whether paragraph p is the excerpt of another
// story that a sidebar or a list of teasers prints: at most
// maxTeaserWords words ending in an ellipsis and a "more" link or in
// "[…]" (a box of columns: "Ferry fares rise in the spring, and
// season tickets... more"). No page of the extraction dev sets holds one inside its
// article.
func isTeaserExcerpt(p string) bool {
	if len(words(p)) > maxTeaserWords {
		return false
	}
	lower := strings.ToLower(strings.TrimRightFunc(p, unicode.IsSpace))
	for _, e := range teaserEnds {
		if strings.HasSuffix(lower, e) {
			return true
		}
	}
	return false
}

// isTeaserTitle reports whether paragraph p may be the headline over a
// teaser excerpt: at most maxTeaserTitle words, not ending a sentence.
func isTeaserTitle(p string) bool {
	p = strings.TrimSpace(p)
	if p == "" || len(words(p)) > maxTeaserTitle {
		return false
	}
	r := []rune(p)
	return !strings.ContainsRune(".!?:;\"”’)", r[len(r)-1])
}

// Bounds of a doubled teaser title: the longest line, in words, the
// shortest title repeated, and the least share of the line's words the
// two copies make.
const (
	maxDoubledWords   = 40
	minDoubledTitle   = 5
	minDoubledPercent = 60
)

// isDoubledTitle reports whether paragraph p is a teaser card whose title
// is printed twice in a row, as a video carousel or a list of teasers
// sets it in both an image's label and a heading, with at most a source
// or a line of blurb after it ("Ferry crosses the bay in a storm Ferry
// crosses the bay in a storm Tarnwick Daily"): at most maxDoubledWords
// words whose first minDoubledTitle or more are repeated at once, the
// two copies at least minDoubledPercent percent of the words. Prose does
// not repeat five words running; a table's header printed twice is
// shorter. On the dev pages it drops three video teasers of one
// hand-labelled news page (whose gold leaves them out).
func isDoubledTitle(p string) bool {
	w := words(p)
	if len(w) > maxDoubledWords {
		return false
	}
	for k := minDoubledTitle; 2*k <= len(w); k++ {
		if 2*k*100 >= minDoubledPercent*len(w) && slices.Equal(w[:k], w[k:2*k]) {
			return true
		}
	}
	return false
}
