package summarize

import (
	"regexp"
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the reading stage: a news site's e-mail alert page
// ("Get email notifications on <author> daily!", "Whenever <author> posts
// new content, you'll get an email delivered to your inbox with a link.",
// "Your notification has been saved.") or its subscription notice ("Sorry,
// this zipcode is not in our deliverable area ...") stands in for the
// article some Multi-News sources lost. When a cluster had nothing else,
// a reader got the alert's promise as the story. isAlertNotice keeps such
// sentences out of both passes of a reader's summary, as isCrawlNotice
// does an archive's notice (furniture_crawl.go): a cluster of nothing else
// has no summary (chorus.ErrNoText). Fill, the benchmarks' summary, is
// left as it was.

// alertNotice matches a sentence of an alert page or a subscription
// notice (lower case, from its start).
var alertNotice = regexp.MustCompile(`^"? ?(?:(?:close )?get email notifications on .{1,80} daily\b|` +
	`your notification has been saved\b|there was a problem saving your notification\b|` +
	`whenever .{1,80} posts new content, you ?' ?ll get an email\b|` +
	`email notifications are only sent once a day\b|get push notifications with news\b|` +
	`sorry, this zip ?code is not in our deliverable area\b|re-enter zip ?code or sign up for digital access\b)`)

// alertNoticeMaxWords is the most words of a sentence isAlertNotice takes.
const alertNoticeMaxWords = 25

// alertNoticeCues are the words one of which every alert notice holds,
// found in one reading of a sentence.
var alertNoticeCues = lex.NewSubstrings("otification", "new content", "zip")

// isAlertNotice reports whether sentence s is a site's e-mail alert or
// subscription notice (alertNotice, at most alertNoticeMaxWords words)
// rather than a story's sentence.
func isAlertNotice(s string) bool {
	if !alertNoticeCues.In(s) {
		return false
	}
	return countWords(s) <= alertNoticeMaxWords && alertNotice.MatchString(lex.LowerASCII(strings.TrimSpace(s)))
}
