package summarize

import (
	"regexp"
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A live blog's clock stamp or a video player's running time run into the
// sentence after it: "21:07 the council has voted ...", "Update 3:18 the
// ferry ...", "Update for 9:14 pm et, feb. 2: the regatta ...",
// "2019/03/11 08:12 westvale, march 11 (wire) -- the ...", "Video image
// <clip title> 0:52 <story>", "<clip title> 0:37 play video <caption>".
// cutPageLabel's itemTime takes "10 a.m. " stamps before a capital or a
// determiner; these carry no "a.m." or carry a mark (a colon, a zone, a
// dash, "update") that no sentence of prose opens with.

// clockStamp matches such a stamp at a sentence's front (lower case):
// an optional "| " or "update[,] [for|at] [<month> <day> at]", an
// optional "yyyy/mm/dd" date, a clock time with an optional "a.m."/"p.m."
// (group 1), zone (group 2), "dd/mm/yy" date, ", <month> <day>", colon
// (group 3) or dash (group 4), and the space after it. Tokenized text
// (Multi-News) writes the clock "21: 07".
var clockStamp = regexp.MustCompile(`^(?:\| )?((?:update,? (?:for |at )?(?:(?:jan|feb|march|april|may|june|july|aug|sept|oct|nov|dec)[a-z]*\.? \d{1,2},? (?:at )?)?)?)(?:\d{4}/\d\d/\d\d )?\d{1,2}: ?\d\d(?:: ?\d\d)?((?: ?[ap]\.? ?m\.?)?)((?:,? (?:pdt|pst|edt|est|et|cdt|cst|ct|gmt|bst|cet|utc|local)\b)?)(?: \d\d/\d\d/\d\d(?:\d\d)?)?(?:,? (?:jan|feb|march|april|may|june|july|aug|sept|oct|nov|dec)[a-z]*\.? \d{1,2})?(:?)((?: [-–—|]+)?) `)

// stampNotNext are the words after a clock time that make it a time of
// the story's day ("6:10 in the morning", "2:00 to play").
var stampNotNext = lex.Set("in", "to", "on", "and", "or", "o'clock", "hours", "minutes", "is", "was")

// cutClockStamp returns s without a live blog's clock stamp that opens it
// (clockStamp), and true; s and false when there is none or fewer than
// minWords words would be left. A stamp with "a.m."/"p.m." is cut only
// when "update", a zone, a colon or a dash marks it (itemTime reads the
// others).
func cutClockStamp(s string) (string, bool) {
	if s == "" || !(s[0] >= '0' && s[0] <= '9' || s[0] == '|' || s[0] == 'U' || s[0] == 'u') {
		return s, false
	}
	lower := lex.LowerASCII(s[:min(len(s), 120)])
	m := clockStamp.FindStringSubmatchIndex(lower)
	if m == nil {
		return s, false
	}
	update, meridian, zone, colon, dash := m[3] > m[2], m[5] > m[4], m[7] > m[6], m[9] > m[8], m[11] > m[10]
	if meridian && !update && !zone && !colon && !dash {
		return s, false
	}
	rest := s[m[1]:]
	next, _, _ := strings.Cut(lex.Lower(rest), " ")
	if stampNotNext[strings.Trim(next, ".,")] || countWords(rest) < minWords {
		return s, false
	}
	return lex.UpperFirst(rest), true
}

// clipTime matches a video's running time and the player's "play video"
// after a clip's title: " 0:52 ", " 0:37 play video " (Multi-News's
// tokenized text writes "0: 52").
var clipTime = regexp.MustCompile(` \d{1,2}: ?\d\d( play video)? `)

// clipTitleWords bounds the title before a clip's running time.
const clipTitleWords = 20

// cutClipTitle returns s without a video clip's title and running time
// that open it, and true: the title after a "Video image" label
// ("Video image <title> 1:05 <story>") or before "play video" ("<title>
// 0:19 play video <caption>"), at most clipTitleWords words, with at least
// minWords words left; s and false otherwise. ("Video shows the ferry
// leaving at 6:45 ..." is prose: a bare "Video" label is not enough.)
func cutClipTitle(s string) (string, bool) {
	if len(s) < 20 || !strings.ContainsRune(s[:min(len(s), 200)], ':') {
		return s, false
	}
	lower := lex.LowerASCII(s[:min(len(s), 200)])
	m := clipTime.FindStringSubmatchIndex(lower)
	if m == nil || countWords(lower[:m[0]]) > clipTitleWords {
		return s, false
	}
	if !strings.HasPrefix(lower, "video image ") && m[3] <= m[2] {
		return s, false
	}
	rest := s[m[1]:]
	if countWords(rest) < minWords {
		return s, false
	}
	return lex.UpperFirst(rest), true
}
