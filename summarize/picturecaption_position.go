package summarize

import (
	"regexp"
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A picture's caption that places its people by where they stand in the
// picture, in words captionWording does not read: "From left: Anna Varga,
// Tomas Rell and Ilse Brask.", "Members of the Tarnwick harbour board
// from left, Anna Varga, Tomas Rell ...", "Anna Varga, at left, with her
// brother.", "The map at right shows the new ferry route." The sentence
// tells the reader about a picture the summary does not show.
// positionCaption reads it; dropPictureCaptions leaves such a sentence
// out after selection when it is not the opening one, and captionOpening
// makes the summary again without it when it opens the summary (the
// sentence often holds a verb of the scene, "sat in the hallway", that
// keeps a caption as the opening in dropPictureCaptions: toldEvent).
// "traveled from left to right", "played at left-back", "right-wing" and
// a place set off in brackets ("Anna Varga (at left) was elected ...":
// the story goes on around it) are not read. Measured against d3760c9:
// validation 1 changed, better (an opening caption gave way to the
// storm's lede); train 1-38,000 19 changed, all read: 16 better (captions
// and a page's "the picture at right is ..." gone, four opening captions
// replaced by the news), 3 the same (a subject's quote describing her two
// photos, a writer's aside ending "(confirmed by the image on the
// right)", and an opening caption whose new lede is followed by two
// retellings of it), none worse.

// positionCaptionWording matches a caption's place in the picture (lower
// case): "from left" or "from right" before a colon, a comma, a closing
// bracket, "are" or the end; a sentence opening "from left"; "at left" or
// "at right" after a space before a comma or a full stop (", at left,",
// "<name> at right."); "At left is" opening it (as captionWording reads
// it); and a picture's noun "at left" or "on the right".
var positionCaptionWording = regexp.MustCompile(`\bfrom (?:left|right)(?:[:,)]| are\b|\.?$)|^from (?:left|right)\b|` +
	`(?:^| )at (?:left|right)[,.]|^at (?:left|right),? (?:is|are)\b|` +
	`\b(?:picture|photo|photograph|image|diagram|illustration|graphic|map|chart)s? (?:at|on|to) (?:the )?(?:left|right)\b`)

// positionText holds the pieces of text, in any case, one of which every
// alternative of positionCaptionWording holds, and "\u0130" (İ), which
// lower-cases to "i": a sentence without one is passed by before it is
// lower-cased.
var positionText = lex.NewFoldSubstrings("from left", "from right", "at left", "at right", "on left", "on right",
	"to left", "to right", "the left", "the right", "\u0130")

// positionCaption reports whether s places the people or things of a
// picture (positionCaptionWording).
func positionCaption(s string) bool {
	if !positionText.In(s) {
		return false
	}
	lower := lex.Lower(s)
	if !strings.Contains(lower, "left") && !strings.Contains(lower, "right") {
		return false
	}
	return positionCaptionWording.MatchString(lower)
}
