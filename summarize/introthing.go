package summarize

import (
	"slices"

	"github.com/chorusnews/chorus/defect"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file is a move of the ordering stage. A body sentence can open on
// a thing as told ("The match against <team> was the first ...", "The
// trial was stopped early ...") while the sentence that tells of it
// ("... beat <team> in an exhibition match.", "Findings in a clinical
// trial of 182 women ...") stands further down: the reader meets "the
// match" before any match. When a body sentence opens with "the X"
// (definiteHeads) and does not read on from the sentence above it in its
// article, no sentence above it writes X, and a later one names X in a
// phrase of its own (introducesPlain, not as a verb: thingVerbBefore) and
// stands alone (no dependency or "the X" of its own, no neighbour in its
// article right before or after it in the summary), that sentence moves
// up to just before it; every other sentence keeps its order. A person by
// role ("The officer ...") is introduceFirst's, which asks for "a"/"an":
// "a police officer" in another sentence is as often someone else. It runs
// last among the moves, on the chosen summary: nothing is chosen again.
//
// Multi-News default summaries: 6 of 5,610 validation summaries change,
// all read: 5 better (a match, a trial, a study, a civil case, a disease
// told before "the X"), 1 worse (the town where a hotel stood came after
// a sentence naming another town). Train 1-38,000: 54 of 37,913 change;
// 40 read: 22 better (a release, a photo, a report, a survey, a bus, an
// autopsy told first), 4 worse (a sentence on another matter moved
// between a product and "the drink"; a heading moved before a
// definition), 14 the same. The benchmarks' Fill is unchanged. Counting
// people by role too (a singer, an actress, researchers) changed three
// more validation summaries: one better, one worse, one the same; moving
// the "the X" sentence down past an introduction that reads with its
// neighbour instead changed 1 more validation summary (worse) and 8 more
// train summaries.

// introduceThings moves, in a reader's summary, the later sentence that
// names a thing plainly up to just before the body sentence that opens
// on it with "the X". See the file comment.
func (c *cluster) introduceThings(picked []int) {
	if !c.reader || c.seen != nil || c.q != nil {
		return
	}
	text := func(f int) string { return c.cands[c.facts[f].rep].text }
	for i := 1; i < len(picked); i++ {
		s := text(picked[i])
		heads := definiteHeads(s)
		if k := slices.IndexFunc(heads, func(x string) bool { return negStems[x] }); k >= 0 {
			heads = heads[:k] // "The ban didn't ...": the phrase ends before the verb
		}
		if len(heads) == 0 || possessiveHead(s, len(heads)) || c.follows(picked[i], picked[i-1]) {
			continue
		}
		noun := heads[len(heads)-1:]
		if thingPerson(noun[0]) || relTimeIrregular[noun[0]] {
			continue // a person by role, or a verb read as a noun: "The man shot ..."
		}
		if slices.ContainsFunc(picked[:i], func(f int) bool { return namesHead(text(f), heads) }) {
			continue
		}
		j := slices.IndexFunc(picked[i+1:], func(f int) bool { return namesHead(text(f), noun) })
		if j < 0 {
			continue
		}
		j += i + 1
		rep := &c.cands[c.facts[picked[j]].rep]
		if rep.flags&(flagDependent|flagLeansBack|flagDefinite) != 0 || j+1 < len(picked) && c.follows(picked[j+1], picked[j]) ||
			c.follows(picked[j], picked[j-1]) || !introducesPlain(rep.text, noun) || thingVerbBefore(rep.text, noun[0]) {
			continue
		}
		f := picked[j]
		copy(picked[i+1:j+1], picked[i:j])
		picked[i] = f
		i++ // the sentence that referred back now follows its introduction
	}
}

// thingPerson reports whether head (a defect.NameKey fold) names a
// person by role or kind ("officer", "singer", "couple"): introduceFirst
// moves those, and only after "a"/"an", since "a police officer" in
// another sentence is as often someone else, and "the singer" most often
// stands for a name the summary told.
func thingPerson(head string) bool {
	return personNoun(head) || standIns[head] || roleNouns[head] || roleWords[head] || thingPeople[head]
}

// thingPeople are more nouns for people than thingPerson's lists hold.
var thingPeople = lex.Set("star", "rapper", "model", "musician", "couple", "pair", "family", "famili",
	"victim", "people", "player", "singer", "actor", "actress", "scientist", "researcher", "official")

// thingVerbs before a word make it a verb: "will still ban those sites",
// "to study the bones".
var thingVerbs = lex.Set("to", "will", "would", "can", "could", "may", "might", "should", "must", "did", "does", "do")

// thingVerbBefore reports whether every time s writes head (a
// defect.NameKey fold) one of thingVerbs stands one or two words before
// it: s names the thing only as a verb.
func thingVerbBefore(s, head string) bool {
	w := lex.LetterWords(s, -1)
	seen := false
	for j, x := range w {
		if defect.NameKey(x) != head {
			continue
		}
		if !(j > 0 && thingVerbs[w[j-1]] || j > 1 && thingVerbs[w[j-2]]) {
			return false
		}
		seen = true
	}
	return seen
}
