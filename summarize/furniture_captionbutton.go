package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A picture's caption and its "View full caption" button run into the
// story, with the photographer's credit and the story's dateline after
// the button: "Ferry hits the pier in Tarnwick view full caption jane
// roe/harbour news tarnwick — a ferry struck the pier on monday ...".
// The button tells where the caption ends, and the dateline's dash where
// the story begins: cutCaptionButton keeps the story after the dash.

// captionButton is the button's label (lower case).
const captionButton = "view full caption "

// Bounds of cutCaptionButton.
const (
	captionButtonBytes  = 300 // how far into the sentence the button may stand
	captionButtonCredit = 6   // the most words between the button and the dash
	captionButtonRest   = 8   // the fewest words of the story after the dash
)

// cutCaptionButton returns s from the story after a caption's "View
// full caption" button: the button stands within the first
// captionButtonBytes bytes of s, a dash of placeDashes follows it within
// captionButtonCredit words (the credit and the dateline's place), and
// at least captionButtonRest words follow the dash. Otherwise, with no
// dash to tell where the story begins, s is returned as it is.
func cutCaptionButton(s string) string {
	head := s[:min(len(s), captionButtonBytes)]
	if !strings.Contains(head, "caption") && !strings.Contains(head, "Caption") {
		return s // most sentences
	}
	i := strings.Index(lex.LowerASCII(head), captionButton)
	if i < 0 {
		return s
	}
	rest := s[i+len(captionButton):]
	at, dash := -1, ""
	for _, d := range placeDashes {
		if k := strings.Index(rest, d); k >= 0 && (at < 0 || k < at) {
			at, dash = k, d
		}
	}
	if at < 0 || countWords(rest[:at]) > captionButtonCredit {
		return s
	}
	story := strings.TrimSpace(rest[at+len(dash):])
	if countWords(story) < captionButtonRest {
		return s
	}
	return lex.UpperFirst(story)
}
