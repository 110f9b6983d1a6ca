package summarize

import (
	"regexp"
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A page's listing, not its news: a broadcast's schedule line ("Anna
// Varga's interview with the harbour master airs Sunday at 2 p.m. ET on
// Channel 4.", "The Tarnwick hour airs weekdays at 4 p.m. et."), a film
// review's header ("Rated PG-13 (for peril at sea).", "Director: Anna
// Varga cast: Oren Maddox running time: 98 minutes ...") and a link list
// under "More on" or "More from" ("More on tarnwick.gov: the ferry's new
// timetable ..."). When a rule of this session left a sentence out, such
// a line often came in in its place; listingLine reads the three shapes
// and markTeasers leaves them out.
//
//   - A schedule line (airtimeLine) is short (airtimeMaxWords), has a
//     broadcast verb (airs, will air, will be broadcast, tune in ...) and
//     a clock time with a time zone (ET, PT, EST ...). A time zone is
//     what a network's promo writes and a story about the broadcast does
//     not ("The debate airs live at 9 p.m." stays); a line that names
//     who announced it ("..., the band announced on Facebook.") is the
//     story's news and stays.
//   - A review header (reviewHeader) holds two of a review's field
//     labels ("director:", "cast:", "running time:", "runtime", "mpaa",
//     "genre:", "rating:", "screenplay:", "release date"), or is a short
//     line opening on an MPAA rating ("Rated R (for language).").
//   - A link list (moreOnLine) opens "More on " or "More from " and holds
//     a colon or an address in its first moreOnBytes bytes.
//
// How often such lines stood in summaries at a3192cd: schedule lines 2
// on validation and 5 on train 1-38,000 (with "airs ... at <time>"),
// review headers 1 and 5, "More on"/"More from" link lists 1 and 6.
// Measured against a3192cd (default summaries): validation 5 of 5,599
// changed, all read, 4 better (two review headers, a schedule line and a
// link list left out; where sentences came in, they are the review's or
// the story's prose), 1 the same (a line saying when a network's show
// now airs, news in a story about its slot, left out for background);
// train 1-38,000 15 of 37,862 changed, all read, all better (six review
// headers, four link lists and five schedule lines left out). Tried and
// not kept: the schedule line without the source guard: train 16
// changed, the one more worse (a memorial's live stream, which the band
// announced, was the story's news). Not done: list items opening "<digit>."
// (12 on validation, 75 on train): most are news with a list's number
// before them; leaving them out would lose the news, and the number is a
// cut, not a left-out line. ROUGE of Fill summaries on validation is
// unchanged (45.93 / 16.24 / 19.83): markTeasers is a reader's stage.

// airtimeMaxWords is the most words of a schedule line.
const airtimeMaxWords = 30

// airtimeVerb matches a broadcast verb.
var airtimeVerb = regexp.MustCompile(`(?i)\b(?:airs|will air|to air|will be aired|will be broadcast|will broadcast|broadcasts|tune in|will be televised|will be streamed|premieres)\b`)

// airtimeClock matches a clock time followed by a US time zone.
var airtimeClock = regexp.MustCompile(`(?i)\b\d{1,2}(?:[:.]\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)?,?\s+(?:et|pt|ct|mt|est|edt|pst|pdt|cst|cdt|eastern|pacific|central)\b`)

// airtimeLine reports whether s is a broadcast's schedule line.
func airtimeLine(s string) bool {
	if len(s) < 12 || !lex.HasDigit(s) || countWords(s) > airtimeMaxWords {
		return false
	}
	if !airtimeKeys.In(s) {
		return false // no broadcast verb can match: a cheap test before the expressions
	}
	return airtimeVerb.MatchString(s) && airtimeClock.MatchString(s) && !airtimeSource.MatchString(s)
}

// airtimeKeys hold a piece of each of airtimeVerb's verbs, in any case.
var airtimeKeys = lex.NewFoldSubstrings("air", "roadcast", "une in", "elevised", "treamed", "remiere")

// airtimeSource matches a source told in the line ("the band announced"):
// a schedule someone announced is the story's news, not the page's promo.
var airtimeSource = regexp.MustCompile(`\b(?:announced|said|says|according to|told)\b`)

// reviewLabels are a review header's field labels.
var reviewLabels = []string{
	"director:", "directed by:", "cast:", "starring:", "running time:", "running length:",
	"runtime", "mpaa", "genre:", "rating:", "screenplay:", "release date",
}

// reviewRated matches a line opening on an MPAA rating.
var reviewRated = regexp.MustCompile(`(?i)^rated (?:pg-13|pg|r|g|nc-17)\b`)

// reviewRatedMaxWords is the most words of a line opening on a rating.
const reviewRatedMaxWords = 16

// reviewHeader reports whether s is a film review's header.
func reviewHeader(s string) bool {
	if s != "" && (s[0] == 'R' || s[0] == 'r') && reviewRated.MatchString(s) && countWords(s) <= reviewRatedMaxWords {
		return true
	}
	if !strings.Contains(s, ":") && !strings.Contains(s, "untime") && !strings.Contains(s, "MPAA") && !strings.Contains(s, "mpaa") {
		return false
	}
	lower := lex.LowerASCII(s)
	n := 0
	for _, l := range reviewLabels {
		if strings.Contains(lower, l) {
			n++
		}
	}
	return n >= 2
}

// moreOnBytes bounds how far into the line the colon or address stands.
const moreOnBytes = 60

// moreOnLine reports whether s is a link list under "More on" or "More
// from".
func moreOnLine(s string) bool {
	if !strings.HasPrefix(s, "More on ") && !strings.HasPrefix(s, "More from ") {
		return false
	}
	head := lex.LowerASCII(s[:min(len(s), moreOnBytes)])
	return strings.Contains(head, ":") || strings.Contains(head, ".com") || strings.Contains(head, " this story")
}

// listingLine reports whether s is a page's listing: a schedule line, a
// review header or a link list.
func listingLine(s string) bool {
	return airtimeLine(s) || reviewHeader(s) || moreOnLine(s)
}
