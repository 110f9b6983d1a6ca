package summarize

import (
	"regexp"
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A preview left behind by its news (replacePreviews). One source,
// written before the news, says it is coming ("<the choice> is expected
// to be formally announced Monday", "<name> will announce a shift this
// week"); another, written after, tells that it happened ("<name>
// announced on Tuesday that ..."). Chosen together, the preview adds no
// fact, and its day or its future tense contradicts the news: a reader
// reads the announcement as made and still to come. A chosen sentence
// that previews an announcement (previewPattern: "will (be) announce(d)",
// "is expected / scheduled / set / due / likely / poised / slated to (be)
// announce(d)", with "unveil" alike) gives its place when another chosen
// sentence tells the same verb in the past ("announced", "unveiled", not
// after "be" or "to") and a name stands before the verb in both
// (previewSubjects): the thing previewed is the thing told ("Holder is
// expected to announce ..." and "<title> Eric Holder announced ...";
// "the choice to feature <name> is expected to be announced" and "<name>
// will play ..., the committee announced"). A name only after the told
// verb ("<woman> announced an affair with <name>") is another story.
//
// Measured against 18c2d0d (h56order), Multi-News default summaries,
// every change read: validation 1 of 5,598 changed, better (a convention
// speaker "expected to be formally announced Monday" after the committee
// announced it on Tuesday; the place is left); train 1-38,000 1 of
// 37,856, better (an official's "a shift will be announced this week"
// after he announced it on Monday gives way to the policy's background).
// Without participleTold a second train summary lost a hall of fame's
// "winners will be announced by year's end" to "the nominees ...
// announced Thursday are ...": worse, the nominees are not the winners.
// Known miss: a preview kept because the rest would fall under
// adaptiveMin words. Fill is unchanged.

// previewPattern reads a preview of an announcement; its group is the
// verb's stem.
var previewPattern = regexp.MustCompile(`(?i)\b(?:will|(?:is|are|was|were)\s+(?:expected|scheduled|set|due|likely|poised|slated)\s+to)\s+(?:be\s+)?(?:(?:formally|officially|publicly)\s+)?(announce|unveil)(?:d|ed|s)?\b`)

// previewNameStops are capitalised words that name no one: days, months
// and titles written before a name.
var previewNameStops = lex.Set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"april", "august", "december", "february", "january", "july", "june", "march", "may", "november",
	"october", "september", "president", "former", "attorney", "general", "senator", "governor", "minister",
	"officials", "official", "spokesman", "spokeswoman", "spokesperson", "week", "month", "year", "today", "tonight",
	"yesterday", "later", "earlier", "also")

// previewTold reports whether chosen fact f previews an announcement that
// another of others tells as made (see the file comment).
func (c *cluster) previewTold(f int, others []int) bool {
	s := c.cands[c.facts[f].rep].text
	low := lex.LowerASCII(s)
	if !strings.Contains(low, "announce") && !strings.Contains(low, "unveil") {
		return false
	}
	m := previewPattern.FindStringSubmatchIndex(s)
	if m == nil {
		return false
	}
	verb := lex.LowerASCII(s[m[2]:m[3]])
	names := previewSubjects(s[:m[0]])
	if len(names) == 0 {
		return false
	}
	for _, g := range others {
		t := c.cands[c.facts[g].rep].text
		at := toldPast(t, verb)
		if at < 0 {
			continue
		}
		for n := range previewSubjects(t[:at]) {
			if names[n] {
				return true
			}
		}
	}
	return false
}

// toldPast returns the index in s of verb told in the past ("announced",
// "unveiled") not after "be", "been" or "to" nor read as a participle
// (participleTold), -1 when there is none.
func toldPast(s, verb string) int {
	low := lex.LowerASCII(s)
	past := verb + "ed"
	if verb == "announce" {
		past = "announced"
	}
	for from := 0; ; {
		k := strings.Index(low[from:], past)
		if k < 0 {
			return -1
		}
		k += from
		from = k + len(past)
		if k > 0 && isASCIILetter(low[k-1]) || from < len(low) && isASCIILetter(low[from]) {
			continue
		}
		w := lex.LetterWords(low[:k], -1)
		if len(w) > 0 && (w[len(w)-1] == "be" || w[len(w)-1] == "been" || w[len(w)-1] == "to") || participleTold(low[from:]) {
			continue
		}
		return k
	}
}

// participleTold reports whether rest, the lower-case words after a told
// verb, go on as after a participle: a verb after at most a day ("the
// nominees announced Thursday are ...").
func participleTold(rest string) bool {
	for i, w := range lex.LetterWords(rest, 3) {
		switch {
		case participleVerbs[w]:
			return true
		case i < 2 && (dayWords[w] || w == "on" || w == "last" || w == "this"):
		default:
			return false
		}
	}
	return false
}

// participleVerbs are verbs that, right after a told verb, show it to be a
// participle.
var participleVerbs = lex.Set("is", "are", "was", "were", "has", "have", "had", "will", "include", "includes")

// previewSubjects returns the content words of s, lower-cased: four
// letters or more, no stopword, day, month or title (previewNameStops),
// no verb of saying.
func previewSubjects(s string) map[string]bool {
	out := make(map[string]bool)
	for _, w := range lex.LetterWords(lex.Lower(s), -1) {
		if len(w) < 4 || previewNameStops[w] || lex.IsStopword(w) || lex.IsAttributionVerb(w) {
			continue
		}
		out[w] = true
	}
	return out
}

// replacePreviews gives the place of each chosen fact that previews an
// announcement another chosen fact tells as made (previewTold) to a
// stand-in, or leaves it out (replaceSuperseded). A reader's summary
// only, after replaceRetoldAnnouncements.
func (c *cluster) replacePreviews(picked []int) []int {
	return c.replaceSuperseded(picked, c.previewTold)
}

// replaceSuperseded gives the place of each chosen fact that the other
// chosen facts overtake (told(f, others): a preview of what they tell as
// done, a state they tell as changed) to the stand-in a lede twin would
// get, or leaves it out when the rest holds adaptiveMin words, as
// replaceRetold does; the opening stays. Unlike replaceRetold it lets a
// fact go when the next chosen sentence of its source opens on a bare
// "the X" ("The former president is expected to ..."): the news it gives
// way to names what X is; a pronoun or connective opening (flagDependent)
// still keeps it.
func (c *cluster) replaceSuperseded(picked []int, told func(f int, others []int) bool) []int {
	return c.replaceTold(picked, c.leanedOnDependent,
		func(f, _ int, _, others []int) bool { return told(f, others) }, told)
}

// leanedOnDependent reports whether a picked fact whose sentence follows
// one of fact f's in its source opens leaning on it with a pronoun, a
// connective or an attribution (flagDependent).
func (c *cluster) leanedOnDependent(f int, picked []int) bool {
	for _, p := range picked {
		if p == f || c.cands[c.facts[p].rep].flags&flagDependent == 0 {
			continue
		}
		for _, m := range c.facts[p].members {
			if pr := c.cands[m].prevInDoc; pr >= 0 && c.cands[pr].fact == f {
				return true
			}
		}
	}
	return false
}
