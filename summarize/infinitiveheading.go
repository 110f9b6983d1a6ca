package summarize

import (
	"regexp"
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A noun and its infinitive with no verb to make them a sentence: "The
// best time to sail out of Tarnwick on the morning tide.", "A full day to
// mend, paint and launch.", "The right way to tie a bowline 2." Such a
// line is a heading or a list's item, or the second half of a sentence
// that the period of "a.m." or "p.m." cut in two ("... making 6 to 8 a.m.
// The best time to sail ..."), and no summary's sentence; it gives way
// to another (markTeasers, flagNarrator). infinitiveHeading takes a
// sentence of headingInfMaxWords words or fewer that opens on "The", "A"
// or "An", up to three words (none "a", "an" or in -s: "The ferries
// bring a chance to ..." has a verb) and a noun and "to",
// holds no finite verb (verbless) and no word in -s that may be a
// present verb (one after a word that is no preposition or determiner:
// "The best way to see Tarnwick remains the ferry.").
//
// Measured against a05bce2 (every changed summary read): validation 3
// changed, 3 better (a siesta story's "The ideal time to take a break
// from working in fields.", cut from its sentence at "p.m."; a list's
// item; a puzzle page's line); train 1-38,000 none. Not kept: any three
// words before the noun ("The Olympics bring a chance to look ..." has a
// verb): validation 1 more changed, worse.
//
// Rejoining the half to the sentence before at the splitter (sentence/
// goeson.go: "... making dawn the best hour ...") was not tried:
// the splitter cannot tell a finite verb from a noun in lower-cased text.

// headingInfMaxWords is the most words of an infinitiveHeading.
const headingInfMaxWords = 20

// infinitiveOpening matches the opening of an infinitiveHeading.
var infinitiveOpening = regexp.MustCompile(`^(?:The|A|An) ((?:[a-z-]+ ){0,3})(?:time|way|place|moment|day|chance|opportunity|reason|thing|trick|secret) to [a-z]+\b`)

// infinitiveNounBefore are the words after which a word in -s is a
// plural noun, not a verb.
var infinitiveNounBefore = lex.Set("in", "of", "from", "for", "with", "on", "at", "by", "into", "about", "the", "a",
	"an", "and", "or", "their", "his", "her", "its", "our", "your", "my", "all", "some", "many", "more", "few",
	"two", "three", "four", "five", "new", "old")

// infinitiveHeading reports whether s is a noun and its infinitive with
// no verb (see above).
func infinitiveHeading(s string) bool {
	if countWords(s) > headingInfMaxWords || lex.ContainsAny(s, "\"“”:") {
		return false
	}
	m := infinitiveOpening.FindStringSubmatch(s)
	if m == nil || !verbless(s) {
		return false
	}
	for _, x := range strings.Fields(m[1]) {
		if x == "a" || x == "an" || x == "the" || strings.HasSuffix(x, "s") {
			return false
		}
	}
	w := lex.LetterWords(s, -1)
	for i := 1; i < len(w); i++ {
		x := lex.Lower(w[i])
		if len(x) > 3 && strings.HasSuffix(x, "s") && !strings.HasSuffix(x, "ss") && !infinitiveNounBefore[lex.Lower(w[i-1])] {
			return false
		}
	}
	return true
}
