package summarize

import (
	"strconv"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// A picture gallery's or a video player's widget run into the story: "<headline>
// click photo to enlarge « 1 2 3 » the council voted ..." and "Sorry, this
// video has expired video: <caption> (<outlet>) the council voted ...".
// The page set the widget, and the headline or caption beside it, above
// the story; with the markup gone the sentence splitter leaves them
// opening its first sentence. Cut after selection (cutGalleryWidgets):
// the sentence reads from the story's first word, and no other sentence
// moves.

// galleryMinRest is the fewest words of the story after the widget.
const galleryMinRest = 8

// galleryHeadMaxWords bounds the words before the widget: a headline, or
// the expired video's caption.
const galleryHeadMaxWords = 30

// cutGalleryWidget returns s from its story, first letter in upper case,
// and true when s opens on a gallery's pager ("<headline> click photo to
// enlarge « <pages> » <story>") or an expired video's notice ("sorry, this
// video has expired video: <caption> (<outlet>) <story>"), at most
// galleryHeadMaxWords words before the story and galleryMinRest words or
// more after it; s and false otherwise.
func cutGalleryWidget(s string) (string, bool) {
	low := lex.Lower(s)
	var at int
	switch {
	case strings.Contains(low, "click photo to enlarge «"):
		i := strings.Index(low, "click photo to enlarge «")
		j := strings.Index(low[i:], "»")
		if j < 0 {
			return s, false
		}
		pages := strings.Fields(low[i+len("click photo to enlarge «") : i+j])
		for _, p := range pages {
			if strings.Trim(p, "0123456789") != "" {
				return s, false
			}
		}
		at = i + j + len("»")
	case strings.HasPrefix(low, "sorry, this video has expired"):
		j := strings.Index(low, ") ")
		if j < 0 {
			return s, false
		}
		at = j + 1
	default:
		return s, false
	}
	if countWords(s[:at]) > galleryHeadMaxWords {
		return s, false
	}
	rest := strings.TrimSpace(s[at:])
	if countWords(rest) < galleryMinRest {
		return s, false
	}
	return capitalizeFirst(rest), true
}

// cutGalleryWidgets cuts, in each sentence of a reader's summary, a
// gallery's pager or an expired video's notice and what stands before it
// (cutGalleryWidget).
func cutGalleryWidgets(sum *chorus.Summary) {
	cutEach(sum, cutGalleryWidget)
}

// A picture gallery's first slide, its counter run into the caption:
// "1/47 20 march 2018 the tarnwick lifeboat is launched ...", "1/25
// <another story's headline> <its first line>". The page set the counter
// above the slide, and the slides are most often another story's
// pictures or headlines. A date opening a sentence ("1/15 update: ...",
// "9/11 ...") and a count in prose ("24/7 ...", "1/2 of ...") are no
// counter: the counter is "1/" and a gallery's length, galleryMinSlides
// or more, and no label, colon or dash follows it.

// galleryMinSlides is the fewest slides of a gallery's counter ("1/13"):
// with fewer, "1/12" may be a date.
const galleryMinSlides = 13

// galleryCounterNotNext are the words after "1/<n>" that make it a date
// ("1/15 update: ...").
var galleryCounterNotNext = lex.Set("update", "updated", "update:", "updated:", "-", "–", "—", "--", "of", "to", "and", "or")

// galleryCounterOnly reports whether s opens on a gallery's counter of
// its first slide (a reader's summary leaves the sentence out: the
// caption or headline after it is the gallery's, dropChosen).
func galleryCounterOnly(s string) bool {
	if len(s) < 6 || s[0] != '1' || s[1] != '/' {
		return false
	}
	first, rest, ok := strings.Cut(s, " ")
	if !ok || strings.HasSuffix(first, ":") {
		return false
	}
	n, err := strconv.Atoi(first[2:])
	if err != nil || n < galleryMinSlides || len(first[2:]) > 3 {
		return false
	}
	next, _, _ := strings.Cut(rest, " ")
	return countWords(rest) >= minWords && !galleryCounterNotNext[lex.Lower(next)]
}
