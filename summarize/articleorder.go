package summarize

import "strings"

// This file is a move of the ordering stage. Ordering puts a fact where
// its content is first mentioned, so a sentence from the middle of an
// article that an earlier source also tells can stand before its own
// article's opening: "<the team's website explains the test>." then
// "A minor league team has planned an unusual promotion.", a quote before
// the line that says who spoke and why, "<the suspects' names>." before
// "A couple was charged with ...". When an article's opening sentence is
// chosen after the lead and after a chosen sentence from further down the
// same article, it moves to just before the first such sentence, with the
// sentences that read on from it (follows); everything else keeps its
// order and the lead its place. It runs last of the moves.
//
// Multi-News validation (5,598 summaries): 9 change, all read: 6 better
// (the article's event before its detail or quote: a site's block before
// a leader's boast about it, an insurers' suit before its claim, a
// coma before the procedure), 0 worse, 3 the same. Train 1-12,000
// (11,951 summaries): 33 change, all read: 22 better (an event or death
// told before the details, quotes and reactions of its article; "this
// church" after the line naming it), 3 worse (a page's list of other
// stories opening an article, "Only on <station>, ..." as a teaser, a
// sentence set between two that told one scene), 8 the same (mostly a
// restated lede placed earlier). Guards, each from a worse reading:
// fewer than ledeUpMinWords words (a teaser, a headline), one word and a
// comma first ("Lately, ..."), leaning on what came before
// (predLedeLeans: a pronoun early, a label before a colon). The move
// anywhere in the ordering (right after it, not last) changed more on
// train but read worse once in six; a guard asking the opening to share a
// content word with the detail left out four better and one worse.

// articleLedeUp moves, in a reader's summary, a chosen article opening
// that reads as a lede (readsAsLedeCues) and stands after a chosen
// sentence from further down the same article to just before the first
// such sentence, with the sentences that read on from it; the lead keeps
// its place.
func (c *cluster) articleLedeUp(picked []int) {
	if !c.reader || c.seen != nil || c.q != nil || len(picked) < 3 {
		return
	}
	for i := 2; i < len(picked); i++ {
		cd := &c.cands[c.facts[picked[i]].rep]
		if cd.pos != 0 {
			continue
		}
		to := -1
		for k := 1; k < i && to < 0; k++ {
			if c.cands[c.facts[picked[k]].rep].doc == cd.doc {
				to = k
			}
		}
		if to < 0 || cd.words < ledeUpMinWords || openerComma(cd.text) || predLedeLeans(cd.text) || !c.readsAsLedeCues(cd, 1) {
			continue
		}
		i = c.moveRunUp(picked, i, to) - 1 // the opening and what reads on from it
	}
}

// ledeUpMinWords is the fewest words an article opening must have to move
// up: shorter ones are a feature's teaser or a headline ("<Name> is back
// in a big way.") more often than the news.
const ledeUpMinWords = 12

// openerComma reports whether s opens with one word and a comma
// ("Lately, ..."): a frame or aside, not a lede.
func openerComma(s string) bool {
	sp := strings.IndexByte(s, ' ')
	return sp > 1 && s[sp-1] == ','
}

// moveRunUp moves picked[i] and the picks after it that read on from it
// (follows) to position to (< i), keeping their order and shifting the
// picks between down, and returns the end of the moved run's old place.
func (c *cluster) moveRunUp(picked []int, i, to int) int {
	end := i + 1
	for end < len(picked) && c.follows(picked[end], picked[end-1]) {
		end++
	}
	run := append([]int(nil), picked[i:end]...)
	copy(picked[to+len(run):end], picked[to:i])
	copy(picked[to:], run)
	return end
}
