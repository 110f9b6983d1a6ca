package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the selection stage, beside markNarrators
// (flags.go). A page speaks to its reader about the page itself: "There
// are big-time spoilers for <show>.", "Spoilers ahead for this week's
// episode.", "Missed the parade? Scroll down for every float.", "Read on
// to learn more about <name>.", "Once you have watched <film>, hear our
// spoiler special." In a summary such a notice points at text the reader
// does not have; it is never selected in a reader's summary
// (flagNarrator). Left alone: news about spoilers ("Spoilers don't spoil
// stories, a study finds"), and a notice run into the story in one
// sentence (over noticeMaxWords words), which tells news too; but a
// heading and byline run into "warning: gigantic spoilers ahead for …"
// are a page's furniture.
//
// "The following is an excerpt from <book>" and "The following is a
// transcript of <programme>" read no better left out: of seven such leads
// in validation and train 1–38,000, three summaries lost their news when
// the selection changed with the lead.

// spoilerBefore are the words a spoiler notice puts before "spoilers"
// ("There are big-time spoilers for …", "The mildest of spoilers …").
var spoilerBefore = lex.Set("there", "are", "will", "be", "the", "of", "mildest", "mild", "major", "minor",
	"big", "time", "heavy", "intense", "huge", "light", "some", "serious", "massive")

// spoilerAfter are the words after "spoilers" that make a notice of it
// ("… spoilers ahead", "… spoilers for <show>", "… spoilers follow").
var spoilerAfter = lex.Set("ahead", "follow", "follows", "below", "for", "in")

// noticeMaxWords is the longest notice: a longer sentence runs the
// notice into the story ("Spoilers ahead for <episode>: <what happened in
// it> …").
const noticeMaxWords = 16

// readerNotice reports whether s is a page's notice to its reader about
// the page (see the file comment).
func readerNotice(s string) bool {
	if !strings.Contains(s, "poiler") && !strings.Contains(s, "croll") && !strings.Contains(s, "ead on") {
		return false // none of the words below (a cheap test first)
	}
	w := lex.LetterWords(s, 40)
	if len(w) < 2 {
		return false
	}
	for k := 1; k+2 < len(w); k++ {
		// "<headline> by <name> warning: gigantic spoilers ahead for …":
		// a page's heading, its byline and its notice.
		if w[k-1] == "warning" && (w[k] == "spoilers" && w[k+1] == "ahead" || w[k+1] == "spoilers" && w[k+2] == "ahead") {
			return true
		}
	}
	for k, x := range w {
		if x != "spoiler" && x != "spoilers" {
			continue
		}
		if k+1 < len(w) && w[k+1] == "special" {
			return true // "… listen to our spoiler special"
		}
		if k >= 5 || k+1 >= len(w) || !spoilerAfter[w[k+1]] || countWords(s) > noticeMaxWords {
			return false
		}
		for _, b := range w[:k] {
			if !spoilerBefore[b] {
				return false
			}
		}
		return true
	}
	if countWords(s) > noticeMaxWords {
		return false
	}
	return w[0] == "scroll" && w[1] == "down" || w[0] == "read" && w[1] == "on" ||
		strings.Contains(lex.Lower(s), "? scroll down")
}
