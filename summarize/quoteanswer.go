package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A quotation that opens on an answer ("No, no, not at all," the mayor
// said.; "Absolutely," Anna Varga told the Gazette.) answers a question
// or a claim put to the speaker in the sentence before it. Read after
// anything else, the reader meets the answer without the question. A
// reader's summary takes such a quotation only right after its article's
// sentence before it (flagRefers, as linkopener.go's openings), unless it
// gives the question itself ("..., she said when asked whether ...").
//
// Measured against d6a7dfc (spokenline.go): validation 7 of 5,599 default
// summaries changed, read all: 5 better ("No, no, not a swipe," with the
// joke never told, "Absolutely," and "Okay!" alone gone; a "No, Mr.
// President, ..." put back after the line it answers), none worse, 2 the
// same (a mayor's "Yes, I have smoked ..." gave way to the allegation's
// history while the lead tells his admission). Train 1-38,000: 19
// changed, read all: 6 better, 2 worse (a senator's "No, I would not vote
// for ..." and a "Yes, <name> reached out," that told news alone), 11 the
// same. Fill, and so ROUGE, is unchanged.

// quoteAnswers are the answers (lower case) that open such a quotation
// before a comma, a full stop or an exclamation mark.
var quoteAnswers = []string{"no", "yes", "yeah", "yep", "nope", "absolutely", "exactly", "sure", "of course",
	"not really", "not at all", "okay", "ok", "definitely", "certainly", "correct"}

// quotedAnswer reports whether s opens with a quotation mark and one of
// quoteAnswers, and does not tell what was asked ("asked", "question").
func quotedAnswer(s string) bool {
	var rest string
	switch {
	case strings.HasPrefix(s, `"`):
		rest = s[1:]
	case strings.HasPrefix(s, "“"):
		rest = s[len("“"):]
	default:
		return false
	}
	lower := lex.LowerASCII(strings.TrimLeft(rest, " "))
	answers := false
	for _, a := range quoteAnswers {
		if t, ok := strings.CutPrefix(lower, a); ok && t != "" && strings.ContainsRune(",.!", rune(t[0])) {
			answers = true
			break
		}
	}
	if !answers {
		return false
	}
	all := lex.LowerASCII(s)
	return !strings.Contains(all, "asked") && !strings.Contains(all, "question")
}

// markQuotedAnswers marks, for a reader's summary, each quoted answer
// (quotedAnswer) the flags do not already hold back (flagDependent) as
// leaning on the sentence before it (flagRefers).
func (c *cluster) markQuotedAnswers() {
	for i := range c.cands {
		if cd := &c.cands[i]; cd.flags&flagDependent == 0 && quotedAnswer(cd.text) {
			cd.flags |= flagRefers
		}
	}
}
