package summarize

import (
	"regexp"
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// "No arrests" overtaken by an arrest (replaceStaleArrests). A source
// written early says no one is held yet ("No arrests have been made",
// "no one has been arrested", "no suspect is in custody"); another,
// written later, tells that someone is ("<a man> is in custody, charged
// with murder in the <name> case"). Chosen together, the early line
// contradicts the news and reads as the wrong order of events. A chosen
// sentence the stale pattern (staleArrestPattern) reads gives its place
// when another chosen sentence tells an arrest (arrestToldPattern: "arrested",
// "in custody", "charged with", "taken into custody") with no negation, doubt
// or report of an error, and the two share a content word of the case
// (the place, the victim's name) or the early line names nothing beyond
// the arrests ("No arrests had been made, police said.").
//
// Measured against 18c2d0d (h56order), Multi-News default summaries,
// every change read: validation 2 of 5,598 changed, both better (a
// missing student's case: "No arrests have been announced" beside "<a
// man> is in custody, charged with <a crime>", its place taken
// by the complaint's date of the report; "No arrests had been made,
// police said." of a search the summary never tells, after "All 12
// people arrested ... have now been released"); train 1-38,000 none of
// the 95 summaries holding the shape or a preview changed (a "not
// charged" line is no stale arrest: "booked ... but has not been
// charged" stays). Fill is unchanged.

// staleArrestPattern reads a line that says no one is held yet.
var staleArrestPattern = regexp.MustCompile(`(?i)\bno\s+(?:arrests?\s+(?:(?:has|have|had)\s+(?:yet\s+)?been|was|were)\s+(?:made|announced|reported)|arrests?\s+yet|one\s+(?:has|had)\s+(?:yet\s+)?been\s+arrested|suspects?\s+(?:(?:is|are|was|were)\s+in\s+custody|(?:has|have|had)\s+been\s+arrested))|\bnobody\s+(?:has|had)\s+been\s+arrested`)

// arrestToldPattern reads a line telling an arrest.
var arrestToldPattern = regexp.MustCompile(`(?i)\b(?:arrested|in\s+custody|charged\s+with|taken\s+into\s+custody)\b`)

// arrestDoubts are words that keep a line from telling an arrest: a
// negation, a doubt, a report of an error.
var arrestDoubts = lex.Set("no", "not", "never", "nobody", "inaccurate", "false", "falsely", "erroneous", "erroneously",
	"wrongly", "denied", "if", "whether", "could", "would", "may", "might")

// staleArrestWords are words of a stale line that name no case.
var staleArrestWords = lex.Set("arrest", "arrests", "made", "announced", "reported", "police", "said", "says",
	"yet", "connection", "case", "suspect", "suspects", "custody", "arrested", "nobody", "officials", "authorities")

// staleArrestTold reports whether chosen fact f says no one is held yet
// while another of others tells an arrest (see the file comment).
func (c *cluster) staleArrestTold(f int, others []int) bool {
	s := c.cands[c.facts[f].rep].text
	low := lex.LowerASCII(s)
	if !strings.Contains(low, "no ") && !strings.Contains(low, "nobody") || !staleArrestPattern.MatchString(s) {
		return false
	}
	own := make(map[string]bool)
	for _, w := range lex.LetterWords(low, -1) {
		if len(w) >= 4 && !lex.IsStopword(w) && !staleArrestWords[w] && !lex.IsAttributionVerb(w) {
			own[w] = true
		}
	}
	for _, g := range others {
		t := lex.LowerASCII(c.cands[c.facts[g].rep].text)
		if !strings.Contains(t, "arrested") && !strings.Contains(t, "custody") && !strings.Contains(t, "charged") {
			continue
		}
		if !arrestToldPattern.MatchString(t) || staleArrestPattern.MatchString(t) || arrestDoubted(t) {
			continue
		}
		if len(own) == 0 {
			return true
		}
		for _, w := range lex.LetterWords(t, -1) {
			if own[w] {
				return true
			}
		}
	}
	return false
}

// arrestDoubted reports whether the lower-case line s holds a word of
// arrestDoubts or a "n't" (an arrest denied or only possible), or "in
// custody" before "of" (a child's custody).
func arrestDoubted(s string) bool {
	if strings.Contains(s, "n't") || strings.Contains(s, "n’t") || strings.Contains(s, "custody of") {
		return true
	}
	for _, w := range lex.LetterWords(s, -1) {
		if arrestDoubts[w] {
			return true
		}
	}
	return false
}

// replaceStaleArrests gives the place of each chosen fact that says no
// one is held yet while another chosen fact tells an arrest
// (staleArrestTold) to a stand-in, or leaves it out (replaceSuperseded).
// A reader's summary only, after replacePreviews.
func (c *cluster) replaceStaleArrests(picked []int) []int {
	return c.replaceSuperseded(picked, c.staleArrestTold)
}
