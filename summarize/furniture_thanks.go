package summarize

import (
	"regexp"
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// Two lines in which a page speaks for itself, never chosen for a
// reader's summary (markTeasers, flagNarrator):
//   - a thank-you with no speaker: "Thank you for bearing with us while
//     the ferry timetable is mended.", "Thanks for writing in.", "Thank
//     you Oren for the tip!", "Thank you to Harbourline for backing this
//     podcast." (thanksLine). Who thanks is the
//     page, its writer or a post it copied without its author; in a
//     summary the line reads as the narrator's. "Thanks to <cause>, ..."
//     tells a cause and stays, as does a thank-you in quotation marks.
//   - a magazine's plug for its issue: "Get the whole tale in this week's
//     Harbour Weekly, on sale now!", "Tickets for the show are on sale
//     now: <link> ..." (onSalePlug): "on sale now" with a "!", "pick up",
//     "only in" or a link. "<star> is on the cover of the June issue, on
//     sale now." names what the issue holds and stays.
// Measured against ca511a0 (every changed summary read): validation 3
// changed, all better (two thank-yous closing a summary, a ticket plug
// opening one); train 1–38,000 17: 11 better (two of them a page's
// notice alone, now no summary; unattributed thank-you posts of a
// president and a governor gave way to the story's lede or a quoted
// thanks), 5 the same (a post's thanks that creditTweets would have
// credited as "<account> tweeted: "Thanks for <...>."", left out twice; a
// thank-you page's one line for another junk line), 1 worse (an outage
// story lost its lede along with the site's thanks for its readers'
// reports).

// thanksOpening matches a thank-you at a sentence's front (lower case).
var thanksOpening = regexp.MustCompile(`^(?:thank you|thanks (?:for|so much|again|a lot|everyone|all)\b|thanks,)`)

// thanksLine reports whether s opens on a thank-you (thanksOpening) and
// holds no quotation mark.
func thanksLine(s string) bool {
	if len(s) < 6 || s[0] != 'T' && s[0] != 't' || lex.ContainsAny(s, "\"“”") {
		return false
	}
	return thanksOpening.MatchString(lex.LowerASCII(s[:min(len(s), 24)]))
}

// onSalePlugSigns are the words beside "on sale now" that make a line a
// plug for an issue or a ticket.
var onSalePlugSigns = []string{"!", "pick up", "only in", "bit.ly", "http", ".com/"}

// onSalePlug reports whether s holds "on sale now" with one of
// onSalePlugSigns and no quotation mark.
func onSalePlug(s string) bool {
	if !hasFoldASCII(s, "on sale now") || lex.ContainsAny(s, "\"“”") {
		return false
	}
	lower := lex.LowerASCII(s)
	for _, sign := range onSalePlugSigns {
		if strings.Contains(lower, sign) {
			return true
		}
	}
	return false
}
