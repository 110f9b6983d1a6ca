package summarize

import (
	"regexp"
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the reading stage: an embedded post's location
// notice ("Tweet with a location you can add location information to your
// tweets ...", "You always have the option to delete your tweet location
// history."), its note on an old browser ("You are on Twitter mobile
// because ...") or a site's log-in wall ("Notice you must log in to
// continue.") stands in for the article some Multi-News sources lost. The
// learned boilerplate table keeps such lines out of the first pass, but
// when a cluster had nothing else the boilerplate-free second pass read
// them, and a reader's summary never told the news: it was the widget's
// notice alone. isWidgetNotice keeps these sentences out of both passes of
// a reader's summary, as isCrawlNotice does an archive's notice
// (furniture_crawl.go): a cluster of nothing else has no summary
// (chorus.ErrNoText), and one whose story sentence the first pass dropped
// is summarized from that sentence. Fill, the benchmarks' summary, is left
// as it was.
//
// With the archive collection's description and access note added to
// isCrawlNotice, Multi-News validation (5,610 default summaries): 8
// change, each a widget's notice alone (6 location notices, 1 log-in
// wall), now no summary: 8 better. Train 1-38,000 (37,913): 48 change,
// all read: 44 a notice alone (location, log-in wall, old browser or the
// archive collection's description), now no summary; 4 keep what else
// they had: 2 better (a picture's caption of the event without the
// notices before it), 2 the same (another archive or page line). No worse.

// widgetNotice matches a sentence of an embedded post's location notice or
// of a log-in wall (lower case, from its start).
var widgetNotice = regexp.MustCompile(`^"? ?(?:tweet with a location,? you can add location information to your tweets\b|` +
	`add a location to your tweets,? when you tweet with a location\b|` +
	`you always have the option to delete your tweet location history\b|` +
	`you can switch location on ?/ ?off before each tweet\b|notice:? you must log in to continue\b|` +
	`you are on twitter mobile because you are using an old version of\b)`)

// widgetNoticeMaxWords is the most words of a sentence isWidgetNotice
// takes.
const widgetNoticeMaxWords = 30

// widgetNoticeCues are the words one of which every widget notice holds,
// found in one reading of a sentence.
var widgetNoticeCues = lex.NewSubstrings("location", "log in", "mobile")

// isWidgetNotice reports whether sentence s is an embedded post's location
// notice or a site's log-in wall (widgetNotice, at most
// widgetNoticeMaxWords words) rather than a story's sentence.
func isWidgetNotice(s string) bool {
	if !widgetNoticeCues.In(s) {
		return false
	}
	return countWords(s) <= widgetNoticeMaxWords && widgetNotice.MatchString(lex.LowerASCII(strings.TrimSpace(s)))
}
