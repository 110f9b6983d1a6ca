package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A list's introduction run into its first item, the item's label still
// on it: "Here are some of the owners cashing in on the craze: Ana
// Varga, Tidewear London the singer's line of boots went on sale ...", "Here's
// what she told the magazine: on her stage fright: "I shake ..."",
// "Here are the details: who can apply: anyone who ...", "Here are the
// key dates: — May 3, 1970, born in ...". teaser keeps a "Here are ...:"
// line with teaserAfterColon words or more after its colon, which then
// carry what it announced; here the words after the colon are one item
// of a list the summary does not give, opened by a label that reads as
// nothing in running prose. hereListItem tells such a line: it opens on
// one of teaserHereOpenings, and after its first colon stands a bullet,
// a dash or a handle ("@"), or a label of at most hereLabelMaxWords words
// closed by a second colon with no quotation mark and either no verb or a
// question's word first ("who can apply:"), or a name and a second name
// set off by a comma before an article ("Ana Varga, Tidewear London the ...").
// markTeasers flags it, so a reader's summary takes another sentence.
//
// Measured against 2e04780 (reader's summaries; Fill unchanged; every
// change read): validation 3 changed: 3 better / 0 worse / 0 same (an
// interview's labelled excerpts, a celebrity list's "<name>, <brand>"
// item); train 1-38,000, the 1,747 clusters whose summary holds a
// sentence of the shapes, 4 changed: 3 / 0 / 1 (the same: a timeline's
// dated item gave way to another item of the same timeline). Left: a
// label run in with no colon or comma ("<topic> this is the ...").

// hereLabelMaxWords is the most words of an item's label before its colon.
const hereLabelMaxWords = 10

// teaserHereOpenings open a list's introduction, in lower case.
var teaserHereOpenings = []string{"here's ", "here is ", "here are ", "here’s "}

// hereQuestionWords open a label that asks what the item answers.
var hereQuestionWords = lex.Set("who", "what", "when", "where", "why", "how")

// hereListItem reports whether s is a list's introduction run into an
// item with its label (see above).
func hereListItem(s string) bool {
	if len(s) < 16 || s[0] != 'H' && s[0] != 'h' {
		return false
	}
	lower := lex.LowerASCII(s[:12])
	if !strings.HasPrefix(lower, "here") {
		return false
	}
	opens := false
	for _, o := range teaserHereOpenings {
		if strings.HasPrefix(lex.LowerASCII(s[:min(len(s), len(o))]), o) {
			opens = true
			break
		}
	}
	_, item, ok := strings.Cut(s, ": ")
	if !opens || !ok {
		return false
	}
	item = strings.TrimSpace(item)
	if item == "" || countWords(item) < teaserAfterColon {
		return false
	}
	if strings.HasPrefix(item, "—") || strings.HasPrefix(item, "--") || strings.HasPrefix(item, "- ") || strings.HasPrefix(item, "•") ||
		strings.HasPrefix(item, "@") {
		return true
	}
	return hereColonLabel(item) || hereNamePair(item)
}

// hereColonLabel reports whether item opens on a label of at most
// hereLabelMaxWords words closed by a colon: no quotation mark, and no
// verb unless a question's word opens it ("who can apply:").
func hereColonLabel(item string) bool {
	label, _, ok := strings.Cut(item, ":")
	if !ok || lex.ContainsAny(label, "\"“”") {
		return false
	}
	words := strings.Fields(lex.Lower(label))
	if len(words) == 0 || len(words) > hereLabelMaxWords {
		return false
	}
	if hereQuestionWords[words[0]] {
		return true
	}
	for _, w := range words {
		w = strings.Trim(w, ",.!?'’")
		if topicVerbLike(w) || lex.IsAttributionVerb(w) || clauseVerbs[w] || headlineVerbs[w] || w == "read" {
			return false
		}
	}
	return true
}

// hereNamePair reports whether item opens on one to three words, a
// comma, two more and an article: a name and a brand or title before
// the item's text ("Ana Varga, Tidewear London the singer's ..."). None of the
// words is a stopword or a verb.
func hereNamePair(item string) bool {
	head, rest, ok := strings.Cut(item, ", ")
	if !ok {
		return false
	}
	first := strings.Fields(head)
	next := lex.FirstFields(rest, 3)
	if len(first) == 0 || len(first) > 3 || len(next) < 3 || !ledeOpener[lex.Lower(next[2])] {
		return false
	}
	for _, w := range append(first, next[:2]...) {
		w = lex.Lower(w)
		if w == "" || lex.ContainsAny(w, `,.;:!?"“”()'’`) || lex.IsStopword(w) || topicVerbLike(w) || lex.IsAttributionVerb(w) {
			return false
		}
	}
	return true
}
