package summarize

import (
	"regexp"
	"strings"

	"github.com/chorusnews/chorus"
)

// A writer's teaser that asks after the reader's memory before saying
// who someone is: "If Ada Brennan's name rings a bell, it's because she's
// the skipper who ...". The conditional is the writer's voice; what
// follows it is the news. rewriteBellTeasers writes such a sentence as
// the plain statement it holds, "Ada Brennan is the skipper who ...",
// when the one asked after is a name of one to four capitalised words
// (with or without "'s name"), the phrase is "rings a bell" or "sounds
// familiar", and the answer opens "it's because" or "that's because"
// and a "he" or "she" with "'s", "is", "was" or "has". Any other shape
// ("If this date sounds familiar, ...", an answer with no pronoun) is
// left whole. It runs after truecasing, in the writing stage.
//
// Measured against 3cc2cd6 (reader's summaries; Fill unchanged):
// validation 1 of 5,598 changed, better ("If <name>'s name rings a bell,
// it's because he's <who>" reads "<name> is <who>"); train 1-38,000 0.

// bellTeaser matches a memory teaser rewriteBellTeasers rewrites: the
// name, the verb after the pronoun and the rest.
var bellTeaser = regexp.MustCompile(`^If ((?:[A-Z][\w'.-]*\s){0,3}[A-Z][\w.-]*?)(?:'s name)? (?:rings a bell|sounds familiar), (?:it's|that's|it is) because (?:he|she)(?:'s| is| was| has) `)

// rewriteBellTeasers rewrites the memory teasers of sum (see above) and
// keeps sum.Words in step.
func rewriteBellTeasers(sum *chorus.Summary) {
	for i := range sum.Sentences {
		s := sum.Sentences[i].Text
		if t := rewriteBellTeaser(s); t != s {
			sum.Words += countWords(t) - countWords(s)
			sum.Sentences[i].Text = t
		}
	}
}

// rewriteBellTeaser returns s written as the statement its memory teaser
// holds (see above), or s.
func rewriteBellTeaser(s string) string {
	if !strings.HasPrefix(s, "If ") || (!strings.Contains(s, "rings a bell") && !strings.Contains(s, "sounds familiar")) {
		return s
	}
	m := bellTeaser.FindStringSubmatchIndex(s)
	if m == nil || quoteOpenAt(s, m[1]) {
		return s
	}
	verb := "is"
	switch head := s[:m[1]-1]; {
	case strings.HasSuffix(head, " was"):
		verb = "was"
	case strings.HasSuffix(head, " has"):
		verb = "has"
	}
	return s[m[2]:m[3]] + " " + verb + " " + s[m[1]:]
}
