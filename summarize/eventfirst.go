package summarize

import (
	"slices"
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file is a move of the ordering stage. A body sentence can open on
// an event or document as told ("The report follows a month of ...")
// while the sentence that tells of it ("<Firm>'s annual report found
// ...", "According to a new study, ...") stands further down. When a
// body sentence opens with "The <noun>" for such a thing (eventFirstNouns),
// no sentence above it writes the noun, and a later sentence introduces
// it (eventFirstIntroduces) and could stand there (prevUpFits), that
// sentence moves up to just before it; the rest keeps its order. It runs
// on the chosen summary after ordering: nothing is chosen again.
//
// Multi-News validation (5,613 default summaries, after predecessorsUp): 2
// change, both better (a firm's report before "The report follows ...", a
// new study before "The study was published ..."). Train 1-38,000: 3
// change: 2 better, 1 the same. Counting a possessive of a person not yet
// named ("<judge>'s ruling") as told of when an earlier sentence had the
// judge order it moved a worse line up: verbs that tell the noun
// (eventFirstVerbs) count as told.

// eventFirstNouns are nouns for an event, a decision or a document that
// "the" presents as told.
var eventFirstNouns = lex.Set("decision", "move", "settlement", "report", "deal", "ruling",
	"announcement", "agreement", "proposal", "verdict", "study", "survey", "investigation",
	"probe", "case", "lawsuit", "suit", "complaint", "policy", "plan", "research", "findings")

// introduceEvents moves, in a reader's summary, the later sentence that
// introduces the thing a body sentence opens on with "The <noun>" up to
// just before that sentence. See the file comment.
func (c *cluster) introduceEvents(picked []int) {
	if !c.reader || c.seen != nil || c.q != nil {
		return
	}
	text := func(f int) string { return c.cands[c.facts[f].rep].text }
	for i := 1; i+1 < len(picked); i++ {
		w := lex.LetterWords(text(picked[i]), 2)
		if len(w) < 2 || lex.Lower(w[0]) != "the" || !eventFirstNouns[lex.Lower(w[1])] {
			continue
		}
		noun := lex.Lower(w[1])
		told := false
		for _, f := range picked[:i] {
			if eventFirstWrites(text(f), noun) {
				told = true
				break
			}
		}
		if told {
			continue
		}
		for j := i + 1; j < len(picked); j++ {
			if !eventFirstIntroduces(text(picked[j]), noun) {
				continue
			}
			if c.prevUpFits(&c.cands[c.facts[picked[j]].rep], picked[:i]) {
				f := picked[j]
				copy(picked[i+1:j+1], picked[i:j])
				picked[i] = f
				i++
			}
			break
		}
	}
}

// eventFirstVerbs are verbs whose telling introduces the noun: a judge
// who "ordered" gave the ruling.
var eventFirstVerbs = map[string][]string{
	"ruling":       {"rule", "ruled", "rules", "order", "ordered", "orders"},
	"decision":     {"decide", "decided", "decides"},
	"settlement":   {"settle", "settled", "settles"},
	"agreement":    {"agree", "agreed", "agrees"},
	"announcement": {"announce", "announced", "announces"},
	"proposal":     {"propose", "proposed", "proposes"},
	"verdict":      {"convicted", "acquitted", "guilty"},
}

// eventFirstWrites reports whether s writes noun, its plural or a verb
// that tells it (eventFirstVerbs) as a word.
func eventFirstWrites(s, noun string) bool {
	for _, x := range lex.LetterWords(s, -1) {
		x = lex.Lower(x)
		if x == noun || x == noun+"s" || x == noun+"es" || slices.Contains(eventFirstVerbs[noun], x) {
			return true
		}
	}
	return false
}

// eventFirstIntroduces reports whether s introduces noun: "a"/"an" or a
// possessive ("<firm>'s") before it, with at most two words between
// ("a new study", "<firm>'s annual supplier report").
func eventFirstIntroduces(s, noun string) bool {
	f := lex.SpaceFieldsShared(lex.Lower(s))
	for i, x := range f {
		if strings.Trim(x, trimMarks) != noun {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			y := strings.Trim(f[k], trimMarks)
			if y == "a" || y == "an" || strings.HasSuffix(y, "'s") || strings.HasSuffix(y, "’s") {
				return true
			}
			if lex.IsStopword(y) {
				break
			}
		}
	}
	return false
}
