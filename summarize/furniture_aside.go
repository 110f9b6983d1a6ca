package summarize

import (
	"regexp"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// A picture's aside inside a news sentence: the sentence points at a photo
// the summary's reader never sees ("The town hall, seen here in 2011,
// voted ...", "Ilse Varga (pictured) said ...", "Tarnwick's mayor, above,
// told ..."). Cutting the aside keeps the sentence's news and drops the
// pointer. The cut is made on a reader's summary after selection
// (cutPictureAsides): made on the candidates, it let captions whose
// "(left)" or "(right)" had kept them out compete as sentences again.

// parenAside matches a parenthesised picture word after a space: a place
// in the picture ("(above)", "(inset)", "(left)", "(second from right)")
// or "(pictured ...)", "(seen here ...)", "(shown here ...)". Single
// letters are left alone: "(r)" and "(c)" are as often a party or a
// clause number ("501(c)") as a position. Multi-News writes the
// parentheses "( above )".
var parenAside = regexp.MustCompile(`(?i) \( ?(?:above|below|pictured|inset|top|bottom|left|right|cent(?:er|re)|front|far (?:left|right)|second from (?:left|right)|(?:pictured|seen|shown) here[^()]{0,50}?|pictured (?:in|on|at|with|during|last) [^()]{0,50}?) ?\)`)

// commaAside matches a picture word set off by commas (", above,",
// ", pictured,", ", seen here in <month> <year>,"); a dated aside may also
// close with "and" (", seen here in <year> and known for ...": group 1),
// a bare word may not ("..., above and beyond ..." is prose).
var commaAside = regexp.MustCompile(`(?i), (?:(?:above|below|inset|pictured|(?:pictured|seen|shown) here),|(?:(?:pictured|seen|shown) here|pictured) (?:in|on|at|last|with|during) [^,()]{0,40}?(,| and ))`)

// asideText holds, in any case, the words one of which every alternative
// of parenAside and commaAside needs ("here" for "seen here", "shown
// here"; "cent" for "center" and "centre"; "left" and "right" for "far
// left", "second from right"), and "\u017f" (ſ), which (?i) folds onto
// "s": a sentence without one is passed by before the expressions.
var asideText = lex.NewFoldSubstrings("above", "below", "pictured", "inset", "top", "bottom", "left", "right", "cent",
	"front", "here", "\u017f")

// cutPictureAside returns s without its picture asides (parenAside,
// commaAside) when at least minWords words are left, and s otherwise. An
// aside closed by "and" leaves ", " ("<name>, known for ...").
func cutPictureAside(s string) string {
	if !lex.ContainsAny(s, "(,") || !asideText.In(s) {
		return s
	}
	out := parenAside.ReplaceAllString(s, "")
	out = commaAside.ReplaceAllStringFunc(out, func(m string) string {
		if strings.HasSuffix(m, " and ") {
			return ", "
		}
		return ""
	})
	if out == s || countWords(out) < minWords {
		return s
	}
	return out
}

// cutPictureAsides cuts the picture asides of a reader's summary's
// sentences (cutPictureAside).
func cutPictureAsides(sum *chorus.Summary) {
	for i := range sum.Sentences {
		sum.Sentences[i].Text = cutPictureAside(sum.Sentences[i].Text)
	}
}
