package summarize

import (
	"slices"
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// One count told twice, the second telling's other words given by the
// rest of the summary (replaceSpreadCounts). A source's later line often
// gives again the figure another chosen sentence leads with, adding
// only who counted or where (invented: "Inspectors took 312 stray cats
// from a farm outside Dunmere, the county said." and, two sentences on,
// "In all, 312 cats were found in the barns, officials said.").
// repeatsFigure asks during selection for two words in common besides
// the figure; the retelling may share no more than the figure and its
// noun, its other words coming from other chosen sentences. Here a
// sentence leaves when it gives a counted figure (countedFigures: a
// share, a decimal, a sum or a count of 100 or more) that another
// chosen sentence gives with the same noun (countUnit: one may put a
// word between, "312 stray cats" and "312 cats"), every number of it is
// given by the other chosen sentences, and, without its frame
// (retoldBody), at most countOwn of its content words are not theirs.
// It stays when it denies, opens a quotation, tells of a second
// instance ("also", "another"), or names a person, a kin or role word or
// a contrast the others lack; and it shares countShared content words
// with the sentence giving the count.
//
// Multi-News default summaries (h54redund, against 08c0714): validation
// 1 of 5,598 changed, better (a rate forecast to hold at a share left
// out beside the line giving its fall from that share); train 1-38,000
// 8 of 37,856, all read: 6 better (a sum of borrowers, a rate range, a
// height and weight, a salary, a tally of races and a prize's sum each
// told again), 0 worse, 2 the same (a sum told again with when it was
// expected, "in a week"; "one of the five" tickets that won the prize
// the opening names). Before countShared, validation 2 changed, one
// worse: "violent crime was down 4%" left out beside "assaults
// declined 4%". Fill is unchanged: the rule runs on a reader's summary
// only. Not caught: a retelling with a number of its own (a home's
// "1880-square-foot" beside its 276 dogs) or five words of its own (a
// rate that "inched up in May to" the same share).

const (
	// countOwn is the most content words of the retelling the other
	// chosen sentences lack.
	countOwn = 4
	// countMin is the smallest whole-number count read as one
	// particular figure; fewer (a family of 5, 12 jurors) recur in a
	// story as other things.
	countMin = 100
	// countShared is the fewest content words the retelling shares
	// with the sentence giving the count, besides its numbers and the
	// count's noun: "violent crime was down 4%" and "assaults declined
	// 4%" count two things.
	countShared = 2
)

// nextUnit reads the word w after a figure's noun unit as the noun the
// unit may describe ("276 stray dogs": "dog"): its light stem, or ""
// when w is no plain lower-case word of three letters or more, or is a
// stop word, a time word or a month.
func nextUnit(w string) string {
	if len(w) < 3 {
		return ""
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; c < 'a' || c > 'z' {
			return ""
		}
	}
	if _, stop, _ := lex.Term([]byte(w)); stop || timeWords[w] || months[w] {
		return ""
	}
	return string(lex.LightStem([]byte(w)))
}

// countUnit reports whether figures a and b count one thing: the same
// unit, or one's unit is the word after the other's, a word describing
// the noun the other counts ("276 stray dogs" and "276 dogs").
func countUnit(a, b figure) bool {
	return a.unit == b.unit || a.next != "" && a.next == b.unit || b.next != "" && b.next == a.unit
}

// particularCount reports whether figure g identifies one fact of a
// story: a share, a decimal, or a value of countMin or more.
func particularCount(g figure) bool {
	if g.unit == "%" || strings.Contains(g.value, ".") {
		return true
	}
	v, _, ok := figureNumber(g.value)
	return ok && v >= countMin
}

// sharesCount reports whether candidate x gives a particular count
// (particularCount) that y gives too, with the same value (sameValue) and
// noun (countUnit).
func (c *cluster) sharesCount(x, y *candidate) bool {
	fy := c.countedFigures(y.text)
	if len(fy) == 0 {
		return false
	}
	for _, g := range c.countedFigures(x.text) {
		if particularCount(g) && slices.ContainsFunc(fy, func(o figure) bool { return countUnit(o, g) && sameValue(o.value, g.value) }) {
			return true
		}
	}
	return false
}

// retellsCountSpread reports whether chosen fact f tells again a count
// chosen fact p gives, with words the other chosen facts (others, p
// among them) give: see the file comment.
func (c *cluster) retellsCountSpread(f, p int, others []int) bool {
	x, y := &c.cands[c.facts[f].rep], &c.cands[c.facts[p].rep]
	if wordsShared(x, y) < countShared || !c.sharesCount(x, y) || anotherOne(x.text) || quoteFirst(x.text) || c.deniesRead(x) && !c.deniesRead(y) {
		return false
	}
	return c.retoldAcross(x, others, countOwn, true)
}

// replaceSpreadCounts leaves out each chosen fact that tells again a
// count another gives, with words the rest of the summary gives
// (retellsCountSpread), when the rest holds adaptiveMin words; the
// opening and a fact the next one leans on stay (leaveOutRetold). A
// reader's summary only, after replaceSpreadKeys.
func (c *cluster) replaceSpreadCounts(picked []int) []int {
	if len(picked) < 2 {
		return picked
	}
	return c.leaveOutRetold(picked, 0, func(f, _ int, others []int) bool {
		if !strings.ContainsAny(c.cands[c.facts[f].rep].text, "0123456789") {
			return false // a particular count is written in digits
		}
		return slices.ContainsFunc(others, func(p int) bool { return c.retellsCountSpread(f, p, others) })
	})
}

// wordsShared counts the content terms x and y share that are no
// numbers of x.
func wordsShared(x, y *candidate) int {
	n := 0
	for _, h := range common(x.terms, y.terms) {
		if !slices.Contains(x.numbers, h) {
			n++
		}
	}
	return n
}
