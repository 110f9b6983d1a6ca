package summarize

import (
	"regexp"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// A page's publication stamp run into the sentence after it: "Posted
// march 3, 2016 the tarnwick ferry ...", "Published on Aug 4, 2016 the
// mayor talks about ...", "Published 12 May 2014 researchers show ...",
// "Last updated at 3 p.m. the pier ...". A video page or a blog sets the
// stamp above its text, and with the markup gone it opens the first
// sentence. "Published in the journal ..., the study ..." and "Published
// on Tuesday, the report ..." are sentences: the stamp holds a full date
// or a clock time, and no comma or preposition follows it. The cut is
// made on a reader's summary after selection (cutPostedStamps): only the
// sentence changes.

// postedStamp matches such a stamp at a sentence's front (lower case):
// the stamp's verb, an optional "on" or "at", then a full date ("<month>
// <day>, <year>" or "<day> <month> <year>", a weekday before it allowed)
// with an optional clock time and zone after it, or a clock time with
// "a.m."/"p.m." alone; an optional colon, dash or bar, and the space
// after it. Tokenized text (Multi-News) writes the clock "11: 03".
var postedStamp = regexp.MustCompile(`^(?:posted|published|updated|last updated|first published|originally published|created|modified)(?: on| at)?:? ` +
	`(?:(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?(?:` + stampMonth + ` \d{1,2}(?:st|nd|rd|th)?,? (?:19|20)\d\d|\d{1,2} ` + stampMonth + `,? (?:19|20)\d\d)` +
	`(?:,? (?:at )?\d{1,2}: ?\d\d(?: ?[ap]\.? ?m\.?)?)?)|\d{1,2}(?:: ?\d\d)? ?[ap]\.m\.)` +
	`(?:,? (?:pdt|pst|edt|est|et|cdt|cst|ct|gmt|bst|cet|utc|aest|aedt|local)\b)?(?: ?[:|]| [-–—]+)? `)

// stampMonth is a month's name or its abbreviation, with an optional
// full stop.
const stampMonth = `(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`

// stampNotAfter are the words after a date that make it the date of
// what the sentence tells, not the page's stamp ("Published march 3,
// 2016 in the journal ...", "Updated may 2, 2015 to include ...").
var stampNotAfter = lex.Set("in", "by", "to", "for", "from", "with", "as", "and", "or", "at", "under", "after", "before", "since")

// cutPostedStamp returns s without a publication stamp that opens it
// (postedStamp), first letter in upper case, and true; s and false when
// there is none, a word of stampNotAfter follows it or fewer than
// minWords words would be left.
func cutPostedStamp(s string) (string, bool) {
	if len(s) < 12 {
		return s, false
	}
	switch s[0] | 0x20 {
	case 'p', 'u', 'l', 'f', 'o', 'c', 'm':
	default:
		return s, false
	}
	lower := lex.LowerASCII(s[:min(len(s), 120)])
	m := postedStamp.FindStringIndex(lower)
	if m == nil {
		return s, false
	}
	rest := strings.TrimSpace(s[m[1]:])
	next, _, _ := strings.Cut(lex.Lower(rest), " ")
	if stampNotAfter[next] || countWords(rest) < minWords {
		return s, false
	}
	return lex.UpperFirst(rest), true
}

// cutPostedStamps cuts, in each sentence of a reader's summary, a
// publication stamp that opens it (cutPostedStamp).
func cutPostedStamps(sum *chorus.Summary) {
	cutEach(sum, cutPostedStamp)
}
