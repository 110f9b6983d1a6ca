package input

import (
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
