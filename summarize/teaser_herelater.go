package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A teaser after a lead-in clause. teaser reads a sentence that opens
// "Here's ...", "Here are ..." as the page pointing ahead to what it
// lists or shows; a page often puts a clause first ("With the vote a
// week away, here are four things to watch in Tarnwick.", "As the ferry
// strike goes on, here's what we know.", "Beyond the fares, here are
// three ways the harbour board could answer."). Chosen, such a line
// promises what the summary never gives. hereAfterClause reads the
// "here's" after a comma the same way: the sentence is a teaser when
// the pointer's clause closes it with few words, or with a colon
// followed by fewer than teaserAfterColon words ("..., here's what you
// need to know: 1."). A colon with the promised words after it ("...,
// here's what the mayor said: the pier will close in june") carries
// what it announced and stays, as teaser keeps it.
//
// Measured against 4c42a8e (default summaries; markTeasers runs for a
// reader only, so Fill is unchanged): validation 4 of 5,599 changed, all
// read: 2 better (a list's teaser "..., here are three ways ..." and a
// column's "..., here's what they've done instead." gone), 0 worse, 2
// the same (a gossip and a fashion page's teaser traded for another of
// their lines); train 1-38,000 10 of 37,863 changed, all read: 6 better
// (a poll's, a convention's, a deals list's and a pageant's teasers gone,
// a list's numbered item with one), 2 worse (a posted document's teaser
// that was the only line saying whose it was: its quotations were left
// with no speaker; a leader's daughter's story that lost its news lede
// to a cascade), 2 the same. Left: a pointer naming what it shows ("...,
// here is what appears to be <whose> manifesto.") reads as a teaser
// here, though it may be the only line that says what the page holds.

// hereAfterMaxWords is the most words from "here" to the sentence's end
// (or its colon) of a teaser after a clause: a longer tail is a
// statement ("..., here is the pier the council wants to sell to the
// highest bidder by june").
const hereAfterMaxWords = 12

// herePointers open the pointer after the lead-in's comma.
var herePointers = []string{", here's ", ", here are ", ", here is ", ", here’s ", ", here're "}

// hereAfterClause reports whether s is a teaser whose "here's" follows
// a lead-in clause and its comma: see above.
func hereAfterClause(s string) bool {
	if !strings.Contains(s, ", here") && !strings.Contains(s, ", Here") {
		return false
	}
	low := lex.LowerASCII(s)
	at := -1
	for _, p := range herePointers {
		if i := strings.Index(low, p); i >= 0 && (at < 0 || i < at) {
			at = i
		}
	}
	if at < 0 || lex.ContainsAny(s[:at], `"“”`) {
		return false
	}
	tail := s[at+2:]
	if head, after, ok := strings.Cut(tail, ":"); ok {
		return countWords(head) <= hereAfterMaxWords && countWords(after) < teaserAfterColon
	}
	return countWords(tail) <= hereAfterMaxWords
}
