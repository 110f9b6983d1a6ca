package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A sentence that opens with an auxiliary or a modal verb and no subject
// ("Would likely not return to the pier.", "Has learned that the ferry
// ...", "Is on the path to a deal."): the page linked or set apart the
// subject's name and the cleaner dropped it. What is left tells news
// about no one.

// auxOpeners are the auxiliary and modal verbs that open no whole
// sentence that is not a question. "Will", "may" and "can" open names
// or a question as often ("Will roe said ...", "May said ..."), "had"
// and "should" a condition ("Had it rained, ...", "Should the vote
// fail, ..."), and "does"/"did" a question whose mark was lost: they
// count only before one of auxAdverbs ("Did not return ..."). "Do"
// opens an order and counts never.
var auxOpeners = lex.Set("has", "have", "is", "are", "was", "were", "would", "could", "must", "might")

// auxGuarded are the openers that count only before one of auxAdverbs.
var auxGuarded = lex.Set("will", "may", "can", "should", "had", "does", "did")

// auxAdverbs after an opening auxiliary show its subject is gone ("Has
// reportedly ...", "Would likely not ...").
var auxAdverbs = lex.Set("not", "never", "also", "likely", "reportedly", "already", "allegedly", "apparently",
	"exclusively", "officially", "now", "still", "since", "recently", "long", "previously", "probably", "been", "be")

// auxSubjects after an opening auxiliary are its subject: a question
// whose mark was lost or an inverted condition ("Were it not for ...",
// "Is there a ...").
var auxSubjects = lex.Set("i", "you", "he", "she", "it", "we", "they", "there", "the", "a", "an", "this", "that",
	"these", "those", "his", "her", "its", "their", "our", "my", "your", "anyone", "anybody", "someone",
	"somebody", "everyone", "anything", "something", "any", "no", "all", "each", "every", "one")

// auxOpening reports whether s opens with an auxiliary or modal verb and
// no subject after it: an auxOpeners word before no auxSubjects word, or
// an auxGuarded word before one of auxAdverbs. A sentence holding a
// question mark asks, and "Were" before a comma opens a condition.
func auxOpening(s string) bool {
	if strings.ContainsRune(s, '?') {
		return false
	}
	f := lex.SpaceFieldsShared(s)
	if len(f) < 4 {
		return false
	}
	w := lex.LowerASCII(f[0])
	next := lex.LowerASCII(strings.Trim(f[1], `,.;:"'`))
	switch {
	case w == "were" && strings.ContainsRune(s, ','):
		return false // a condition: "Were velmor to win, the pier ..."
	case auxOpeners[w]:
		return next != "" && isASCIILetter(next[0]) && !auxSubjects[next] && !strings.HasSuffix(f[1], ",")
	case auxGuarded[w]:
		return auxAdverbs[next]
	}
	return false
}

// dropAuxOpenings leaves out of picked, a reader's summary in reading
// order, each sentence after the first that opens with an auxiliary and
// no subject (auxOpening). The opening sentence stays.
func (c *cluster) dropAuxOpenings(picked []int) []int {
	if len(picked) < 2 {
		return picked
	}
	out := picked[:1:1]
	for _, f := range picked[1:] {
		if auxOpening(c.cands[c.facts[f].rep].text) {
			continue
		}
		out = append(out, f)
	}
	return out
}
