package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file is a move of the ordering stage. Two chosen sentences of one
// article can stand in the summary the wrong way round, the later one
// first: ordering places a sentence by where its content is first told,
// and another source may tell the second sentence's fact earlier than
// anyone tells the first's. Read after "<News>.", the pair "As of
// Tuesday, he led by six points." then "The <pollster> poll shows a
// lead for <candidate>." points back at a line that has not come yet.
// When a sentence (not the opening one) is directly followed by the
// sentence that comes right before it in its article, the two swap and
// read as the article wrote them; every other sentence keeps its place.
// It runs on the chosen summary after ordering: nothing is chosen again.
//
// Multi-News validation (5,613 default summaries, after openWithPredecessor):
// 36 change, all read: 24 better (a count before its update, the event
// before its aftermath, a person named in full before the surname, a plan
// before its detail), 10 the same, 2 worse (an "After all, ..." remark
// moved away from the quote it backs, an election result put after a
// closing remark). Train 1-38,000 (37,924): 219 change (210 in order
// only); of 40 read, 23 better, 15 the same, 2 worse ("One appeared to
// have been shot" before the gunfire it counts from, a headline moved
// up). Without the guards a picture's
// caption ("<place> campus.") and page furniture ("*** ... ***") moved up.

// prevFirstMinWords is the fewest words a sentence moved up must have:
// shorter ones are mostly a picture's caption ("<place> campus.").
const prevFirstMinWords = 6

// prevFirstOpens reports whether s opens as a sentence: a letter, a digit
// or a quotation mark, not page furniture ("***", "|").
func prevFirstOpens(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“'‘", r)
}

// predecessorsFirst swaps, in a reader's summary, each sentence after the
// opening one with the next summary sentence when that one comes right
// before it in its article and could stand there (prevFirstMinWords
// words or more, opening as a sentence, passing the detectors, no caption
// or page junk). See the file comment.
func (c *cluster) predecessorsFirst(picked []int) {
	if !c.reader || c.seen != nil || c.q != nil {
		return
	}
	for i := 1; i+1 < len(picked); i++ {
		if !c.follows(picked[i], picked[i+1]) {
			continue
		}
		prev := &c.cands[c.facts[picked[i+1]].rep]
		if prev.words < prevFirstMinWords || !prevFirstOpens(prev.text) || !c.passes(prev) ||
			captionWord(prev.text) || junkLead(prev.text) || c.junkish(prev.text) {
			continue
		}
		picked[i], picked[i+1] = picked[i+1], picked[i]
		i++ // the pair reads in article order now
	}
}
