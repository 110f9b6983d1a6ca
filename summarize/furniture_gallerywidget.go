package summarize

import (
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
