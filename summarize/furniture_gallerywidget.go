package summarize

import (
	"strconv"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// A picture gallery's or a video player's widget run into the story: "<headline>
// click photo to enlarge « 1 2 3 » the council voted ..." and "Sorry, this
// video has expired video: <caption> (<outlet>) the council voted ...";
// also a page counter or a gallery's button opening it ("Page 1 of 1 the
// council voted ...", "« previous page 3 of 3 ...", "Photos view photos
// zoom ..."), a gallery's link with its headline told twice ("<headline>
// 10 gallery: <headline> the council voted ...") and a slide show's
// buttons after its credits ("<credit> previous next a man said ...").
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
// enlarge « <pages> » <story>"), a page counter or button (pageCounterEnd:
// "page 1 of 1 <story>"), a headline's page counter (headedPageEnd:
// "<headline> (page 3 of 4) <story>"), a gallery link with its headline
// told twice (galleryLinkEnd) or an expired video's notice ("sorry, this
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
		pages := lex.SpaceFieldsShared(low[i+len("click photo to enlarge «") : i+j])
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
	case pageCounterEnd(low) > 0:
		at = pageCounterEnd(low)
	case galleryLinkEnd(low) > 0:
		at = galleryLinkEnd(low)
	case headedPageEnd(low) > 0:
		at = headedPageEnd(low)
	case pagerButtonsEnd(low) > 0:
		at = pagerButtonsEnd(low)
	case enlargeCreditEnd(low) > 0:
		at = enlargeCreditEnd(low) // furniture_enlarge.go
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

// galleryPagePrefixes may stand before a page counter: the pager's
// button (lower case).
var galleryPagePrefixes = []string{"« previous ", "previous ", "« prev ", "prev "}

// galleryViewButtons are a gallery's buttons that open a sentence before
// the story (lower case): "Photos view photos zoom <story>".
var galleryViewButtons = []string{"photos view photos zoom ", "view photos zoom "}

// pageCounterEnd returns the end of a page counter opening low, a
// sentence in lower case ("page 1 of 1 <story>", "« previous page 3 of 3
// <story>", "page 2 of 2 -- <story>", "view 25 photos <story>", "photos
// view photos zoom <story>"), dash included; 0 when low opens on none.
func pageCounterEnd(low string) int {
	for _, b := range galleryViewButtons {
		if strings.HasPrefix(low, b) {
			return len(b)
		}
	}
	if rest, ok := strings.CutPrefix(low, "view "); ok {
		n, tail, _ := strings.Cut(rest, " ")
		if digitsOnly(n) && strings.HasPrefix(tail, "photos ") {
			return len("view ") + len(n) + len(" photos ")
		}
		return 0
	}
	at := 0
	for _, p := range galleryPagePrefixes {
		if strings.HasPrefix(low, p) {
			at = len(p)
			break
		}
	}
	if !strings.HasPrefix(low[at:], "page ") {
		return 0 // f[0] below is "page": tested before the split
	}
	f := strings.SplitN(low[at:], " ", 5)
	if len(f) < 5 || f[0] != "page" || !digitsOnly(f[1]) || f[2] != "of" || !digitsOnly(f[3]) {
		return 0
	}
	at += len(f[0]) + len(f[1]) + len(f[2]) + len(f[3]) + 4
	for _, d := range []string{"-- ", "— ", "– ", "- "} {
		if strings.HasPrefix(low[at:], d) {
			at += len(d)
			break
		}
	}
	return at
}

// pagerButtonsEnd returns the end of a slide show's "previous next"
// buttons and the photo credits before them ("facebook/ana roe kstp/jon
// brask previous next a source said ..."), where the story after them
// opens with an article (ledeOpeners): a name after the buttons may be
// the next slide's caption or a headline ("previous next tarnwick
// tarnwick is ..."). It returns 0 when low, a sentence in lower case,
// holds none. Measured against 2093563 on Multi-News default summaries:
// validation 1 of 5,598 changes (better), train 1-38,000 none.
func pagerButtonsEnd(low string) int {
	i := strings.Index(low, "previous next ")
	if i < 0 || i > 0 && low[i-1] != ' ' {
		return 0
	}
	at := i + len("previous next ")
	first, _, _ := strings.Cut(low[at:], " ")
	if !ledeOpeners[first] {
		return 0
	}
	return at
}

// galleryLinkEnd returns the end of a newspaper network's gallery link
// run in with its headline told twice ("<headline> 10 gallery: <headline>
// <story>"); 0 when low, a sentence in lower case, holds none.
func galleryLinkEnd(low string) int {
	i := strings.Index(low, " gallery: ")
	if i < 0 {
		return 0
	}
	j := strings.LastIndexByte(low[:i], ' ')
	if j < 0 || !digitsOnly(low[j+1:i]) {
		return 0
	}
	head := strings.TrimSpace(low[:j])
	after := low[i+len(" gallery: "):]
	if countWords(head) < 3 || !strings.HasPrefix(after, head+" ") {
		return 0
	}
	return i + len(" gallery: ") + len(head)
}

// headedPageEnd returns the end of a story page's counter after its
// headline ("<headline> (page 3 of 4) <story>"); 0 when low, a sentence
// in lower case, holds none.
func headedPageEnd(low string) int {
	i := strings.Index(low, " (page ")
	if i <= 0 {
		return 0
	}
	j := strings.Index(low[i:], ") ")
	if j < 0 {
		return 0
	}
	f := lex.SpaceFieldsShared(low[i+len(" (page ") : i+j])
	if len(f) != 3 || !digitsOnly(f[0]) || f[1] != "of" || !digitsOnly(f[2]) {
		return 0
	}
	return i + j + 1
}

// digitsOnly reports whether s is one or more ASCII digits.
func digitsOnly(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
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
