package summarize

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/chorusnews/chorus/defect"
	"github.com/chorusnews/chorus/internal/lex"
)

// A toll most sources lead with (addKeyTolls). Readers of a default
// summary note "misses the death toll" when most sources state a count of
// people harmed in their first sentences and the summary spends its words
// on a side detail instead (invented: three of four sources open with
// "Nine people died when a ferry capsized off Ostrel", the summary tells
// the ferry's age, the rescue boats and a witness's words, and no count of
// the dead). A toll (keyTollsOf: a count and, within four words, a word
// of harm or "people") that keyTollDepth's opening sentences of at least
// half the sources (and at least two) give, of a kind (dead, hurt,
// missing, people) no chosen sentence counts and of a value no chosen
// sentence gives, takes the place of the weakest chosen sentence but the
// opening. Multi-News default summaries: 3 of 5,622 validation and 18 of
// 37,981 train 1-38,000 change (cover20; all read: 17 better, 2 worse,
// 2 the same). An event word most sources lead with, brought in the same
// way, changed 43-333 validation summaries and read no better.

const (
	// keyTollDepth is how many of a source's opening sentences are read
	// for its toll.
	keyTollDepth = 3
	// keyTollWindow is how many words after a count its word of harm may
	// stand ("9 people were killed": three).
	keyTollWindow = 4
	// keyTollTries is how many of the weakest chosen sentences may give
	// their place, the weakest first: the one whose words make room.
	keyTollTries = 2
	// keyTollsTold is how many chosen sentences giving a toll leave no
	// place for another.
	keyTollsTold = 2
)

// keyTollKind is the kind of a toll word: dead, hurt, missing, or a
// count of people.
var keyTollKind = map[string]string{
	"dead": "dead", "killed": "dead", "fatally": "dead", "died": "dead", "deaths": "dead", "dying": "dead", "fatalities": "dead",
	"injured": "hurt", "wounded": "hurt", "hurt": "hurt", "injuries": "hurt", "casualties": "hurt",
	"missing": "missing", "people": "people",
}

// keyToll is a count of people of one kind ("dead", "hurt", "missing",
// "people").
type keyToll struct {
	n    float64
	kind string
}

// keyTollsOf returns the tolls s gives: a count in digits or in words
// (countWordValues, and "one") and, within keyTollWindow words after it
// and before a comma or full stop, a word of keyTollKind, or a count
// after "killing", "injuring" or "wounding". A year (1900-2099), a time
// or a sum is no count.
func keyTollsOf(s string) []keyToll {
	w := lex.SpaceFieldsShared(lex.Lower(s))
	var out []keyToll
	for i, x := range w {
		x = lex.TrimPunct(x, ",.;:!?\"'()“”")
		v, ok := countWordValues[x]
		if x == "one" {
			v, ok = 1, true // "one dead": a toll already told
		}
		if !ok {
			if x == "" || x[0] < '0' || x[0] > '9' || lex.ContainsAny(x, "%$:.-") {
				continue
			}
			n, err := strconv.ParseFloat(strings.ReplaceAll(x, ",", ""), 64)
			if err != nil || n >= 1900 && n < 2100 {
				continue
			}
			v = n
		}
		var kinds []string
		for j := i + 1; j < len(w) && j <= i+keyTollWindow && !lex.ContainsAny(w[j-1], ",;:."); j++ {
			if k, ok := keyTollKind[lex.TrimPunct(w[j], ",.;:!?\"'()“”")]; ok {
				kinds = append(kinds, k)
			}
		}
		if i > 0 {
			switch w[i-1] {
			case "killing":
				kinds = append(kinds, "dead")
			case "injuring", "wounding":
				kinds = append(kinds, "hurt")
			}
		}
		for _, k := range kinds {
			if !slices.Contains(out, keyToll{v, k}) {
				out = append(out, keyToll{v, k})
			}
		}
	}
	return out
}

// keyTolls returns the tolls that the first keyTollDepth sentences of at
// least half the cluster's sources with text, and at least two, give,
// the most told first; a count of one ("one of them died") is none.
func (c *cluster) keyTolls() []keyToll {
	count := make(map[keyToll]int)
	docs := make(map[int]map[keyToll]bool)
	for i := range c.cands {
		cd := &c.cands[i]
		if _, ok := docs[cd.doc]; !ok {
			docs[cd.doc] = make(map[keyToll]bool)
		}
		if cd.pos >= keyTollDepth || !cd.toll && !lex.ContainsAny(cd.text, "0123456789") && !keyTollWordCount(cd.text) {
			continue
		}
		for _, t := range keyTollsOf(cd.text) {
			if t.n == 1 {
				continue // "one of them died": no toll to bring in, only one told
			}
			if !docs[cd.doc][t] {
				docs[cd.doc][t] = true
				count[t]++
			}
		}
	}
	need := max(2, (len(docs)+1)/2)
	var out []keyToll
	for t, n := range count {
		if n >= need {
			out = append(out, t)
		}
	}
	slices.SortFunc(out, func(a, b keyToll) int {
		if count[a] != count[b] {
			return count[b] - count[a]
		}
		if a.kind != b.kind {
			return strings.Compare(a.kind, b.kind)
		}
		return cmp.Compare(a.n, b.n)
	})
	return out
}

// keyTollWordCount reports whether s holds a count in words
// (countWordValues).
func keyTollWordCount(s string) bool {
	for w := range lex.FieldsSeq(lex.Lower(s)) {
		if _, ok := countWordValues[lex.TrimPunct(w, ",.;:!?\"'()“”")]; ok {
			return true
		}
	}
	return false
}

// addKeyTolls gives the place of one of the weakest chosen facts
// (keyWeakest) to the best-scored unchosen fact that gives a key toll
// (keyTolls) of a kind no chosen sentence counts and a value no chosen
// sentence gives, when the summary then holds no more than limit words
// and the stand-in reads clean (keyTollStandIn). One toll is brought in
// at most, none when keyTollsTold chosen sentences give tolls; a count
// of people is none when the summary counts dead or hurt; the stand-in
// gives no count of a kind the summary counts with another value ("two
// killed" beside "one dead"), and each other chosen sentence still
// stands beside it (keyTollKeepsNames). A reader's summary only, after
// the repeat rules.
func (c *cluster) addKeyTolls(picked []int, limit int) []int {
	if c.lead < 0 || len(picked) < 2 || c.figs == nil {
		return picked
	}
	keys := c.keyTolls()
	if len(keys) == 0 {
		return picked
	}
	told := make(map[string]bool)
	var values []float64
	tolls := 0
	for _, f := range picked {
		text := c.cands[c.facts[f].rep].text
		ts := keyTollsOf(text)
		for _, t := range ts {
			told[t.kind] = true
		}
		if len(ts) > 0 {
			tolls++
		}
		v, _ := countValues(text, true)
		values = append(values, v...)
	}
	if tolls >= keyTollsTold {
		return picked // a third toll told would crowd the summary
	}
	for _, w := range c.keyWeakest(picked) {
		others := append(append([]int(nil), picked[:w]...), picked[w+1:]...)
		room := limit - c.wordsOf(others)
		for _, t := range keys {
			if told[t.kind] || slices.Contains(values, t.n) || t.kind == "people" && (told["dead"] || told["hurt"]) {
				continue // a count the summary gives, of another word ("five suspects")
			}
			g := c.keyTollStandIn(func(cd *candidate) bool {
				ts := keyTollsOf(cd.text)
				return slices.Contains(ts, t) && !slices.ContainsFunc(ts, func(x keyToll) bool {
					return x.kind != "people" && told[x.kind] && !slices.Contains(values, x.n)
				})
			}, others, room)
			if g >= 0 && c.keyTollKeepsNames(others, g) {
				picked[w] = g
				return picked
			}
		}
	}
	return picked
}

// keyTollStandIn returns the unchosen fact of the best score whose
// sentence gives holds for, in no more than room words, or -1 for none. Like
// a lede twin's stand-in (ledeTwinStandIn) it has no mark (dirt), no
// junk or label opening, is no page text or fragment, no quote, not
// redundant with others but the opening (whose event it may tell again
// with the count), nor an aside, stale, off-story or a quote
// without its speaker, and reads clean where it is (eligible,
// readsClean, not an island), with nothing the defect detectors flag.
func (c *cluster) keyTollStandIn(gives func(*candidate) bool, others []int, room int) int {
	chosen, nm := c.standInContext(others)
	var off map[int]bool
	if c.q == nil {
		off = c.offStorySources(c.lead)
	}
	limit := c.tuning().Overlap
	// The stand-in may tell the opening's event again: it gives the
	// count the opening lacks. It must not repeat another chosen fact.
	var rest []int
	for _, p := range others {
		if p != c.lead {
			rest = append(rest, p)
		}
	}
	speakers := make(map[int]bool)
	best := -1
	for g := range c.facts {
		rep := &c.cands[c.facts[g].rep]
		if chosen[g] || c.asides[g] || c.stale[g] || !selectable(rep) || rep.words > room || !gives(rep) {
			continue
		}
		if best >= 0 && c.facts[g].score <= c.facts[best].score {
			continue
		}
		if off != nil && c.offStoryFact(g, off) || c.speakerless(g, chosen, speakers) || !c.eligible(g, chosen, nm) || c.island(g, chosen) {
			continue
		}
		if rep.flags&flagQuote != 0 || quoteFirst(rep.text) || pieceOfText(rep.text) || startsLower(rep.text) || captionWord(rep.text) {
			continue
		}
		if c.dirtOf(rep) > 0 || junkLead(rep.text) || labelOpening(rep.text) || cutAtInitial(rep.text) || defect.Detect(rep.text, defect.Context{}) != 0 {
			continue
		}
		if c.redundant(g, rest, limit) || !c.readsClean(g, chosen, nm) {
			continue
		}
		best = g
	}
	return best
}

// keyTollKeepsNames reports whether each of the chosen facts others
// still stands (eligible) beside stand-in g: the sentence g replaces
// may have named in full a person another calls by surname.
func (c *cluster) keyTollKeepsNames(others []int, g int) bool {
	chosen := make([]bool, len(c.facts))
	nm := c.newNames()
	for _, p := range append([]int{g}, others...) {
		chosen[p] = true
		nm.add(c.cands[c.facts[p].rep].text)
	}
	for _, p := range others {
		if !c.eligible(p, chosen, nm) {
			return false
		}
	}
	return true
}

// keyWeakest returns the places in picked of the keyTollTries chosen
// facts of the lowest score, the weakest first, passing over the opening,
// a fact the next chosen sentence leans on (leanedOn) and one that gives
// a toll (keyTollsOf).
func (c *cluster) keyWeakest(picked []int) []int {
	var weak []int
	for i, f := range picked {
		if f == c.lead || c.leanedOn(f, picked) || len(keyTollsOf(c.cands[c.facts[f].rep].text)) > 0 {
			continue
		}
		weak = append(weak, i)
	}
	slices.SortStableFunc(weak, func(a, b int) int { return cmp.Compare(c.facts[picked[a]].score, c.facts[picked[b]].score) })
	return weak[:min(len(weak), keyTollTries)]
}
