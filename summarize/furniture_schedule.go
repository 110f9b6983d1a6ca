package summarize

import (
	"regexp"
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A live report's line that only tells when something on the day's
// programme starts: "The harbour board's briefing is scheduled to start
// at 4 p.m.", "A pier-side news briefing is planned for 11 a.m. on
// Friday.", "The hearing will begin at 9:30 a.m. Monday." Written while the story ran, it is stale
// by the time a reader reads the summary, and an editor cuts it; it
// gives way to another sentence (markTeasers, flagNarrator).
// scheduleLine takes a short sentence (scheduleMaxWords words at most)
// that holds a clock time and a verb of the timetable (scheduleVerb:
// "is scheduled to begin", "is set for", "will begin", "will be held"),
// and no quotation. A longer sentence tells more than the time ("The
// ferry, which sank in 1912, is set to be raised at 9 a.m. on Monday
// after a decade of appeals.") and stays; so does one that tells of
// what someone will do ("The mayor will speak at 4 p.m."), often the
// news itself.
//
// Measured against a05bce2 (every changed summary read): validation 1
// changed, better (a standoff's "That conference is scheduled to begin
// at 2 p.m." left); train 1-38,000 6 changed, 4 better (a parade's, a
// press conference's, a penalty phase's and a trial's hour left), 2 the
// same (a family's news conference gave way to a vaguer line; a sale's
// "Boarding will open at 9:30 a.m." opening a page of sale terms). Not
// kept: an execution's and a reopening's hour (scheduleNews), the news
// itself: train 2 more changed, 1 worse, 1 the same.

// scheduleMaxWords is the most words of a scheduleLine.
const scheduleMaxWords = 14

// scheduleClock matches a clock time: "2 p.m.", "10:30 a.m", "5pm",
// "noon".
var scheduleClock = regexp.MustCompile(`(?i)\b\d{1,2}(?:: ?\d\d)? ?(?:a\.m\b|p\.m\b|am\b|pm\b)|\b(?:noon|midnight)\b`)

// scheduleVerb matches a verb of the timetable.
var scheduleVerb = regexp.MustCompile(`(?i)\b(?:is|are|was|were|'s)\s+(?:scheduled|set|planned|slated|due|expected)\s+(?:for\b|to\s+(?:begin|start|open|resume|air|take place|kick off|get under way|be held)\b)|` +
	`\bwill\s+(?:begin|start|resume|air|take place|kick off|be held|get under way)\b|` +
	`\bwill\s+hold\s+(?:a|an)\s+(?:news|press|media)\s+(?:conference|briefing|availability)\b`)

// scheduleWordClock holds the clock times scheduleClock reads without
// a digit, and scheduleAmPm the marks it reads after one.
var (
	scheduleWordClock = lex.NewFoldSubstrings("noon", "midnight")
	scheduleAmPm      = lex.NewFoldSubstrings("am", "pm", "a.m", "p.m")
)

// scheduleNews matches the events whose hour is the news, not the
// day's programme: an execution, a reopening.
var scheduleNews = regexp.MustCompile(`(?i)\b(?:execution|executed|reopen|reopens|reopening)\b`)

// scheduleLine reports whether s only tells when something starts (see
// above).
func scheduleLine(s string) bool {
	if countWords(s) > scheduleMaxWords || lex.ContainsAny(s, "\"“”") || !(strings.ContainsAny(s, "0123456789") && scheduleAmPm.In(s)) && !scheduleWordClock.In(s) || scheduleNews.MatchString(s) {
		return false // no clock time (scheduleClock) without a digit and "pm", or "noon": read before the expressions
	}
	return scheduleClock.MatchString(s) && scheduleVerb.MatchString(s)
}
