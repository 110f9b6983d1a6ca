package summarize

import (
	"strconv"
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file weighs a toll lede in a reader's lead: a sentence whose
// opening clause counts the dead (invented: "Six miners are dead after a
// shaft flooded at Orrin on Monday, officials said"). Blind judges read
// such a sentence, placed second after a naming line, a witness's scene,
// a caption or a dangling detail, as the obvious lede passed over. Two
// things put it second: its lead score lost a near-tie to a line with
// more words shared with the cluster (pickLead), or the selection held
// another article's opening within leadSlack of the best lead and that
// opening led instead (leadAmong). A toll lede (tollLede) among an
// article's first two sentences gains leadTollLede, and an opening that is
// none and tells of no death may not take a toll lede's place; unless the
// best lead already tells of a death, the toll lede's words are less
// shared by the other sources' openings than the best lead's (another
// story's or a background toll), or another lead candidate gives a larger
// count (a stale toll: leadTollOutdone). A reader's summary only: Fill is
// unchanged (multinews-val 45.92/16.23/19.82).
//
// Multi-News default summaries, all changed ones read (one reader, not
// blind): validation 11 of 5,602 change, 7 better (a caption, a dangling
// detail or a witness's scene gives way to the toll lede), 2 worse (a historical or an estimated toll put before
// the news), 2 the same; train 1-38,000 28 of 37,869 change, 13 better,
// 4 worse (another story's toll in a mixed cluster, a month-old toll
// before the day's news, "the fire" dangling), 11 the same.

// Weights of a toll lede.
const (
	// tollLedeWords is how many opening words of a sentence are read for
	// its toll of the dead.
	tollLedeWords = 10
	// leadTollLede is added to the lead score of a toll lede among an
	// article's first tollLedeDepth sentences in a reader's summary.
	leadTollLede = 0.15
	// tollLedeDepth is how many opening sentences of an article may be a
	// toll lede: the first, or the second after a dateline's or a
	// caption's line.
	tollLedeDepth = 2
	// tollLedeMinWords is the fewest words a toll lede holds: a shorter
	// count tells no event ("One man died while he was out
	// walking.").
	tollLedeMinWords = 12
)

// raiseTollLedes adds leadTollLede to the lead score of each toll lede
// among the candidates fit, unless the best of them without it already
// tells of a death (statesDeath) without being a toll lede itself: "A
// baker and her son were killed when their van left the coast road ..."
// is a lede a bare count ("Two people died in a crash") does not better.
// Nor is a toll lede raised whose words the other sources' openings share
// less than the best's (leadAgreement): another story's toll in the
// cluster, or a background one.
func (l *leadChoice) raiseTollLedes(fit []int) {
	best := -1
	for _, f := range fit {
		if best < 0 || l.score[f] > l.score[best] || l.score[f] == l.score[best] && f < best {
			best = f
		}
	}
	if best < 0 || !l.toll[best] && statesDeath(l.rep[best].text) {
		l.toll = nil
		return
	}
	agree := l.c.leadAgreement(l.rep[best])
	for f := range l.toll {
		if f != best && l.c.leadAgreement(l.rep[f]) < agree {
			delete(l.toll, f) // another story's toll, or a background one
			continue
		}
		l.score[f] += leadTollLede
	}
}

// leadTollOutdone reports whether toll lede s gives a smaller count of
// the dead, or of the hurt, than another lead candidate of c (an
// article's first leadDepth sentences) does: a stale toll ("Four
// people died" beside "By nightfall at least nine people had died") or
// another event's smaller one, which are no lede to raise. The count of the dead s gives
// may be a count of people ("At least 10 people and two guards were
// killed").
func (c *cluster) leadTollOutdone(s string) bool {
	dead, _ := deadCount(s, tollLedeWords, true)
	var hurt float64
	for _, t := range keyTollsOf(s) {
		switch t.kind {
		case "dead", "people":
			dead = max(dead, t.n)
		case "hurt":
			hurt = max(hurt, t.n)
		}
	}
	for i := range c.cands {
		cd := &c.cands[i]
		if cd.pos >= leadDepth || cd.text == s || !cd.toll && !strings.ContainsAny(cd.text, "0123456789") && !keyTollWordCount(cd.text) {
			continue
		}
		if n, ok := deadCount(cd.text, 0, false); ok && n > dead {
			return true
		}
		for _, t := range keyTollsOf(cd.text) {
			if t.kind == "dead" && t.n > dead || t.kind == "hurt" && hurt > 0 && t.n > hurt {
				return true
			}
		}
	}
	return false
}

// tollLede reports whether s, of tollLedeMinWords words or more, counts
// the dead in its opening tollLedeWords words (deadCount): "Nine people
// are confirmed dead ...", "At least 8 people and two guards were killed
// ...", "Police said one woman died ...".
func tollLede(s string) bool {
	if len(lex.SpaceFields(s)) < tollLedeMinWords {
		return false
	}
	_, ok := deadCount(s, tollLedeWords, true)
	return ok
}

// deadCount returns the largest count of the dead that the first n words
// of s give (0: all words): a count of people (digits or words, "one")
// and, after it and before a comma, a word of death. With opening, only
// the words before the first comma are read: the toll a sentence opens
// with. A count after "was" or "aged" is an age ("Ann Lee was 31 when she
// died"), one after "the" or before "of" names people already known ("the
// two suspects", "12 of the horses"), one before "days" or "years" is a
// span of time, and a year is no count; "the dead" is no toll ("Three
// guards are among the dead"), nor a count after "killing" or "for"
// ("on trial for killing 12"): what someone did, not the news.
func deadCount(s string, n int, opening bool) (float64, bool) {
	w := lex.SpaceFields(lex.Lower(s))
	if n > 0 && len(w) > n {
		w = w[:n]
	}
	count, best, found, verb := -1.0, 0.0, false, false
	for i, x := range w {
		t := lex.TrimPunct(x, ",.;:!?\"'()“”")
		if v, ok := tollCountValue(t); ok && count < 0 && (i == 0 || !tollNotBefore[w[i-1]]) && (i+1 >= len(w) || !tollNotAfter[lex.TrimPunct(w[i+1], ",.;:")]) {
			count, verb = v, false
		} else if count >= 0 && tollAux[t] {
			verb = true
		} else if count >= 0 && tollDeathWords[t] && w[i-1] != "the" && (verb || tollDeathVerbs[t] || !opening) {
			best, found = max(best, count), true
			count = -1
		}
		if e := strings.TrimRight(x, "\"')”’"); strings.HasSuffix(e, ",") || strings.HasSuffix(e, ";") {
			if opening {
				break // the toll is told by the opening clause or not at all
			}
			count = -1
		}
	}
	return best, found
}

// tollAux are the verbs that make "N people ... dead" or "... killed" a
// sentence, not a headline ("2 killed in crash on Route 9").
var tollAux = lex.Set("are", "were", "was", "is", "been", "be", "remain", "lay", "lie", "found")

// tollDeathVerbs are the words of death that are the sentence's verb by
// themselves ("Four people died in the flood").
var tollDeathVerbs = lex.Set("died", "perished", "drowned")

// statesDeath reports whether s tells of a death in words ("killed",
// "died", "dead", "fatally", "murder-suicide"): a lead that already does
// gives its place to no toll lede (pickLead, leadAmong).
func statesDeath(s string) bool {
	for _, x := range lex.SpaceFields(lex.Lower(s)) {
		if deathWords[lex.TrimPunct(x, ",.;:!?\"'()“”")] {
			return true
		}
	}
	return false
}

var deathWords = lex.Set("killed", "killing", "kills", "died", "dies", "dead", "fatally", "slain", "murder-suicide", "perished", "drowned")

// tollCountValue returns the value of the lower-cased word t as a count:
// a count word (countWordValues), "one", or digits that are not a year,
// a time or a sum.
func tollCountValue(t string) (float64, bool) {
	if v, ok := countWordValues[t]; ok {
		return v, true
	}
	if t == "one" {
		return 1, true
	}
	if t == "" || t[0] < '0' || t[0] > '9' || strings.ContainsAny(t, "%$:.-") {
		return 0, false
	}
	n, err := strconv.ParseFloat(strings.ReplaceAll(t, ",", ""), 64)
	return n, err == nil && (n < 1900 || n >= 2100)
}

// tollDeathWords are the words of death a toll lede gives after its count.
var tollDeathWords = lex.Set("dead", "killed", "died", "fatally", "perished", "drowned")

// tollNotAfter are the words before which a number is a share of people
// already known or a span of time, not a toll (tollLede).
var tollNotAfter = lex.Set("of", "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "minutes", "decades", "time", "times")

// tollNotBefore are the words after which a number is an age, a known
// group or a deed, not a toll (tollLede).
var tollNotBefore = lex.Set("was", "is", "aged", "age", "the", "killing", "killed", "for",
	// a road's, a flight's or a place's number ("on highway 80 multiple
	// people were killed"), no count of people
	"highway", "route", "interstate", "road", "flight", "no", "number", "exit", "mile", "room", "apartment", "unit", "gate", "platform", "district", "ward", "precinct")
