package summarize

import (
	"regexp"
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A live blog's item time left at the front of a chosen sentence: a wire's
// "The Latest" page sets each item under its time, and the page's text
// runs the two together ("4 p.m. stocks slid in late trading ...", "1
// p.m. the council has voted ..."). Read as the sentence's own words, the
// time says the story happened then. A bare time at the front (no "At",
// "Around", "Just after" before it: a scene's time has one) followed by
// the item's subject is the stamp; it is cut after selection, so that
// the sentence is chosen as before and only its words change. cutPageLabel
// (furniture_label.go) already cuts such a time where a zone, a dash, a
// capital in lower-cased text or a determiner marks it, as the sentence is
// read; this cut takes the rest. Multi-News validation: 3 of 5,599
// default summaries change, train 1-38,000: 25 of 37,865; each only loses
// the stamp (all read: better).

// itemStamp matches a bare clock time with "a.m."/"p.m." and the space
// after it at a sentence's front ("4 p.m. ", "10: 30 a.m. ").
var itemStamp = regexp.MustCompile(`^\d{1,2}(?:: ?\d\d)? ?[ap]\.m\. `)

// itemStampNotNext are the words after a clock time that make it the
// story's time of day rather than a stamp over it: the time is the
// subject ("4 p.m. is the deadline"), or a day, a zone or a clause of
// time follows ("10 a.m. Friday, police ...", "9 p.m. on Sunday ...").
var itemStampNotNext = lex.Set("is", "was", "will", "would", "marks", "marked", "came", "comes", "and", "or",
	"to", "on", "in", "at", "until", "till", "through", "sharp", "today", "tonight", "tomorrow", "yesterday",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "local", "et", "pt", "ct",
	"mt", "gmt", "bst")

// cutItemStamp returns s without a live blog's item time at its front
// (itemStamp) and true, when the next word is no word of the time itself
// (itemStampNotNext) and at least minWords words are left; s and false
// otherwise.
func cutItemStamp(s string) (string, bool) {
	if s == "" || s[0] < '0' || s[0] > '9' {
		return s, false
	}
	m := itemStamp.FindStringIndex(s)
	if m == nil {
		return s, false
	}
	rest := strings.TrimLeft(s[m[1]:], " ")
	next, _, _ := strings.Cut(rest, " ")
	if itemStampNotNext[lex.Lower(strings.Trim(next, ".,;:"))] || countWords(rest) < minWords {
		return s, false
	}
	return lex.UpperFirst(rest), true
}
