package input

import "strings"

// asideLabels are labels a page sets beside a story's picture, video or
// ad slot, lower-cased words joined by spaces: alone on a line they are
// the page's controls, not the story (widgetLabels holds the others).
var asideLabels = map[string]bool{
	"enlarge this image": true, "toggle caption": true, "hide caption": true, "show caption": true,
	"skip advertisement": true, "skip ad": true, "scroll down for video": true, "scroll down for videos": true,
	"share or comment on this article": true, "share or comment on this story": true,
	"watch the video below": true, "watch the full video below": true, "watch the full interview below": true,
}

// maxAsideWords is the longest closing prompt or labelled teaser, in words.
const maxAsideWords = 30

// maxAsideBytes bounds an aside line in bytes, far above what
// maxAsideWords words take, so that longer paragraphs are not read.
const maxAsideBytes = 1000

// closingPrompts open a publisher's line to the reader after a story,
// lower-cased.
var closingPrompts = []string{
	"thanks for reading", "thank you for reading", "like this story?", "liked this story?", "enjoyed this story?",
	"like this article?", "liked this article?", "enjoyed this article?", "create your free account",
	"create a free account", "support independent journalism", "support independent local journalism",
}

// teaserLabels open a teaser line for another story, lower-cased, with
// their colon; isPromoLine takes the labels set in capitals.
var teaserLabels = []string{"don't miss:", "don’t miss:", "check out:", "must read:", "also read:", "recommended:", "more:"}

// maxTeaserLabelWords is the longest labelled teaser line, in words.
const maxTeaserLabelWords = 15

// isAsideLine reports whether paragraph p is page furniture around a
// story: one of asideLabels alone ("Enlarge this image", "toggle
// caption", "Skip Advertisement"); a picture credit written
// "Credit…Jane Roe" (no colon); a closing prompt of at most
// maxAsideWords words opening with one of closingPrompts ("Thanks for
// reading the Courier.", "Like this story? Subscribe to …"); or a
// labelled teaser of at most maxTeaserLabelWords words that does not
// end a sentence ("Don't miss: Ferry fares rise again").
func isAsideLine(p string) bool {
	t := strings.TrimSpace(p)
	if len(t) > maxAsideBytes {
		return false // cheap tests first: dropFurniture asks of every paragraph
	}
	if len(t) <= maxLabelBytes && asideLabels[strings.Join(words(t), " ")] {
		return true
	}
	switch {
	case hasFoldPrefix(t, "credit...", "credit…"):
		return len(words(t)) <= maxBareCreditWords
	case hasFoldPrefix(t, closingPrompts...):
		return len(words(t)) <= maxAsideWords
	case hasFoldPrefix(t, teaserLabels...):
		return len(words(t)) <= maxTeaserLabelWords && !strings.HasSuffix(t, ".")
	}
	return false
}

// maxLabelBytes is the longest of asideLabels, in bytes, with room for
// marks around it.
const maxLabelBytes = 60

// isCaptionToggle reports whether p is the control that shows or hides
// a picture's caption ("toggle caption", "hide caption"), after which
// such pages print the picture's credit.
func isCaptionToggle(p string) bool {
	switch strings.Join(words(p), " ") {
	case "toggle caption", "hide caption", "show caption":
		return true
	}
	return false
}

// maxSlashCreditWords is the longest credit after a caption toggle, in words.
const maxSlashCreditWords = 8

// isSlashCredit reports whether p is a picture's credit written with a
// slash ("Jane Roe/Ostrel Post", "Jane Roe / AP"): at most
// maxSlashCreditWords words, a slash, no sentence end. dropFurniture
// drops it only right after a caption toggle.
func isSlashCredit(p string) bool {
	p = strings.TrimSpace(p)
	return strings.Contains(p, "/") && len(words(p)) <= maxSlashCreditWords && !strings.ContainsAny(p, ".!?") && !strings.Contains(p, "://")
}
