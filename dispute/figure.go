package dispute

import (
	"slices"
	"strconv"

	"github.com/chorusnews/chorus/internal/lex"
)

// counts maps the words of a count to its kind. "Arrests" is left out:
// it counts cardiac arrests as often as people held.
var counts = map[string]string{
	"killed": "dead", "killing": "dead", "kills": "dead", "dead": "dead", "died": "dead", "deaths": "dead",
	"death": "dead", "fatalities": "dead", "bodies": "dead", "toll": "dead",
	"injured": "injured", "injuring": "injured", "wounded": "injured", "wounding": "injured", "hurt": "injured", "injuries": "injured",
	"missing": "missing", "arrested": "arrested", "detained": "arrested", "charged": "charged",
}

// topics names each kind of count.
var topics = map[string]string{"dead": "Number of dead", "injured": "Number injured", "missing": "Number missing",
	"arrested": "Number arrested", "charged": "Number charged"}

// people are the words after a figure that leave it counting persons in
// general; another noun after a figure ("3 soldiers") counts something
// else, which may be a part of the whole.
var people = map[string]bool{"people": true, "persons": true, "person": true, "individuals": true, "others": true,
	"dead": true, "killed": true, "injured": true, "wounded": true, "missing": true, "were": true, "have": true,
	"had": true, "are": true, "and": true, "in": true, "on": true, "as": true, "after": true, "by": true, "when": true,
	"bodies": true, "deaths": true, "died": true, "fatalities": true, "has": true, "was": true, "more": true}

// units follow figures that count no one.
var units = map[string]bool{"percent": true, "%": true, "years": true, "year": true, "kilometers": true, "km": true,
	"miles": true, "meters": true, "metres": true, "feet": true, "a.m": true, "p.m": true, "minutes": true, "hours": true,
	"days": true, "weeks": true, "months": true, "dollars": true, "tonnes": true, "tons": true, "magnitude": true,
	"degrees": true, "times": true, "seconds": true, "million": true, "billion": true, "thousand": true,
	"hundred": true, "m": true, "bn": true, "year-old": true, "years-old": true, "stone": true, "pounds": true,
	"calls": true, "counts": true, "charges": true}

// ratios follow a figure that is a share or a rate ("1 in 3", "34 of
// 4,557", "10 per 100,000"), not a count.
var ratios = map[string]bool{"in": true, "of": true, "out": true, "per": true}

// severity words near a figure make it a part of a count ("three
// seriously injured", "injuries so serious").
var severity = map[string]bool{"seriously": true, "critically": true, "severely": true, "serious": true,
	"critical": true, "badly": true, "gravely": true, "minor": true, "slightly": true}

// part reports whether the figure at ws[i] counts a part of a toll:
// severity words within two words before it or five after ("three people
// suffered injuries so serious"), "including" or "among" just before it
// ("including 18 children"), "of them" or "of whom" after it.
func part(ws []string, i int) bool {
	for j := max(0, i-2); j < len(ws) && j <= i+5; j++ {
		if severity[ws[j]] {
			return true
		}
	}
	for j := max(0, i-2); j < i; j++ {
		if ws[j] == "including" || ws[j] == "among" {
			return true
		}
	}
	// "three people on board", "two aboard": the people of one place
	// among a toll that may count others.
	for j := i + 1; j < len(ws) && j <= i+4 && ws[j] != ","; j++ {
		if ws[j] == "aboard" || ws[j] == "board" && ws[j-1] == "on" || ws[j] == "ground" && ws[j-1] == "the" {
			return true
		}
	}
	return i+2 < len(ws) && ws[i+1] == "of" && (ws[i+2] == "them" || ws[i+2] == "whom" || ws[i+2] == "those")
}

var numberWords = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	"fifty": 50}

// figure is one count a sentence gives.
type figure struct {
	kind, noun string
	value      int
	// bound is '>' for a lower bound ("more than 50", "at least 23",
	// "over 300"), '~' for an estimate ("nearly 50", "about 60"), 0 for an
	// exact figure.
	// A figure given in dozens is a round one: 'D' for a lower bound
	// ("more than a dozen"), 'd' otherwise ("two dozen").
	bound byte
}

// figuresOf returns the counts sentence words give: a figure with a count
// word at most four words after it ("23 people were killed") or three
// before it ("killing at least 23", "the death toll rose to 31"). It
// leaves out shares and rates ("1 in 3"), ranges ("between 25 and 100"),
// parts of a count ("three seriously injured", "including 18 children"),
// and every figure of a kind the sentence counts twice or in parts
// ("two people outside, then a third"): a breakdown, not a toll.
func figuresOf(ws []string) []figure {
	ws, dz := dozens(ws)
	var out, parts []figure
	seen := map[string]int{}
	last := "" // the kind of the figure before
	for i, w := range ws {
		n, ok := atoi(w)
		if w == "one" && (!oneCounts[next1(ws, i)] && !personNouns[next1(ws, i)] || i > 0 && pointers[ws[i-1]]) {
			continue // "one of the", "the one in Paris": not a count of one
		}
		if !ok || n <= 0 || n >= 1800 && n <= 2100 {
			continue
		}
		next := func(k int) string {
			if i+k < len(ws) {
				return ws[i+k]
			}
			return ""
		}
		prev := func(k int) string {
			if i-k >= 0 {
				return ws[i-k]
			}
			return ""
		}
		if units[next(1)] || months[next(1)] || months[prev(1)] || prev(1) == "at" || prev(1) == "aged" || prev(1) == "age" || prev(2) == "aged" || ratios[next(1)] && isNumber(next(2)) || ratios[prev(1)] && isNumber(prev(2)) || next(1) == "out" || prev(1) == "per" ||
			prev(1) == "between" || prev(1) == "from" || (next(1) == "and" || next(1) == "to" || next(1) == "or") && isNumber(next(2)) ||
			prev(1) == "to" && isNumber(prev(2)) || prev(1) == "and" && isNumber(prev(2)) && prev(3) == "between" {
			continue
		}
		if projected(ws, i) {
			continue // "the toll was likely to exceed 100": a forecast
		}
		noun := "people"
		if next(1) != "" && (!people[next(1)] && counts[next(1)] == "") {
			noun = next(1) // "3 soldiers": another count
		}
		if noun == "," {
			noun = "people" // "past 150, officials said": no noun
		}
		if noun == "other" && next(2) != "" {
			// "eight other animals" counts animals, as "six animals" does.
			noun = "people"
			if !people[next(2)] && counts[next(2)] == "" {
				noun = next(2)
			}
		}
		if general[noun] {
			noun = "people"
		}
		kind := kindAfter(ws, i)
		if kind == "" && (prev(1) == "including" || prev(2) == "including") {
			kind = last // "injuring 24 people, including three children"
		}
		for j := i - 1; j >= 0 && j >= i-3 && kind == ""; j-- {
			kind = counts[ws[j]]
		}
		// "The death toll from Sunday's disaster rose to 19."
		for j := i - 1; j >= 0 && j >= i-10 && kind == ""; j-- {
			if ws[j] == "toll" {
				kind = "dead"
			}
		}
		if kind == "" {
			continue
		}
		if summed(ws, i) || afterOther(ws, i) {
			// "eight women and one man", "an adult and two teens": a
			// part of a sum; "two days after three were killed": another
			// event. No figure of the kind in this sentence is a toll.
			seen[kind] += 2
			continue
		}
		last = kind
		seen[kind]++
		if part(ws, i) {
			// A part ("including three children"): it can differ only
			// from the same part of the same count.
			seen[kind+"|part"]++
			if noun != "people" {
				parts = append(parts, figure{kind: kind, noun: noun + " (part)", value: n, bound: dozenBound(boundOf(ws[:i]), dz[i])})
			}
			continue
		}
		out = append(out, figure{kind: kind, noun: noun, value: n, bound: dozenBound(boundOf(ws[:i]), dz[i])})
	}
	// A sentence that counts one kind twice, or adds "a third", breaks
	// a count down or updates it within itself: none of its figures of
	// that kind is a source's toll.
	ordinal := hasAny(ws, ordinals)
	out = slices.DeleteFunc(out, func(f figure) bool { return seen[f.kind]-seen[f.kind+"|part"] > 1 || ordinal })
	if seen[""] == 0 && !ordinal {
		for _, p := range parts {
			if seen[p.kind+"|part"] == 1 {
				out = append(out, p)
			}
		}
	}
	return out
}

// forecasts make the verb after them a projection ("could reach 50",
// "likely to top 100").
var forecasts = lex.Set("could", "might", "may", "will", "would", "likely", "expected", "feared", "predicted",
	"projected", "forecast")

// projected reports whether the figure at ws[i] is a forecast, not a
// count: "exceed" or "surpass" right before it ("the death toll was
// likely to exceed 100": packet 3, a mayor's warning beside a count of
// 38), or "reach", "top" or "hit" right before it with a word of
// forecast in the three before that ("could reach 50").
func projected(ws []string, i int) bool {
	if i == 0 {
		return false
	}
	switch ws[i-1] {
	case "exceed", "exceeds", "surpass", "surpasses":
		return true
	case "reach", "top", "hit":
		for k := i - 2; k >= 0 && k >= i-4; k-- {
			if forecasts[ws[k]] {
				return true
			}
		}
	}
	return false
}

// dozens returns ws with each "dozen" read as a figure: "two dozen" is
// 24, "a dozen" 12 ("at least two dozen people" beside "at least nine"),
// and the indexes of those figures in the words returned (a round
// figure: "more than a dozen" allows 14). ws itself is left as it is.
func dozens(ws []string) ([]string, map[int]bool) {
	if !slices.Contains(ws, "dozen") {
		return ws, nil
	}
	out := make([]string, 0, len(ws))
	dz := map[int]bool{}
	for i, w := range ws {
		if w != "dozen" || i == 0 {
			out = append(out, w)
			continue
		}
		if n, ok := atoi(ws[i-1]); ok && n > 0 && n < 100 {
			out[len(out)-1] = strconv.Itoa(12 * n)
			dz[len(out)-1] = true
			continue
		}
		switch ws[i-1] {
		case "a":
			out[len(out)-1] = "12"
			dz[len(out)-1] = true
			continue
		case "half":
			if len(out) >= 2 && out[len(out)-2] == "a" {
				out = out[:len(out)-1] // "a half dozen"
			}
			out[len(out)-1] = "6"
			dz[len(out)-1] = true
			continue
		}
		out = append(out, w)
	}
	return out, dz
}

// dozenBound returns the bound of a figure given in dozens when dozen is
// true ('D' for a lower bound, 'd' otherwise), else bound itself.
func dozenBound(bound byte, dozen bool) byte {
	switch {
	case !dozen:
		return bound
	case bound == '>':
		return 'D'
	}
	return 'd'
}

// oneCounts are the words after "one" that make it a count of one
// person ("one died", "one person"), not a pronoun ("one in Paris").
var oneCounts = map[string]bool{"person": true, "dead": true, "killed": true, "injured": true, "wounded": true,
	"died": true, "missing": true, "was": true, "other": true}

// pointers before "one" make it a pronoun ("the one in Paris").
var pointers = map[string]bool{"the": true, "that": true, "this": true, "every": true, "no": true, "which": true}

// summed reports whether the figure at ws[i] is joined by "and" to another
// count of persons: "eight women and one man", "an adult and two
// teenagers", "a lawyer and four others", "109 people on the airplane and
// four people on the ground". The total is their sum; neither part
// disputes it.
func summed(ws []string, i int) bool {
	at := func(k int) string {
		if k >= 0 && k < len(ws) {
			return ws[k]
		}
		return ""
	}
	countable := func(w string) bool { return w != "" && w != "," && counts[w] == "" && !people[w] && !units[w] }
	if countable(at(i+1)) && (at(i+2) == "and" || at(i+2) == ",") && (isNumber(at(i+3)) || at(i+3) == "a" || at(i+3) == "an") && countable(at(i+4)) {
		return true
	}
	if at(i-1) == "and" && at(i+1) == "others" && countable(at(i-2)) && !isNumber(at(i-2)) {
		return true // "a Florida lawyer and four others": five in all
	}
	// "all 109 people on the airplane and four people on the ground":
	// persons counted in two places, joined by "and" within the clause.
	for k := i + 2; k <= i+6 && k+1 < len(ws) && ws[k] != ","; k++ {
		if ws[k] == "and" && isNumber(at(k+1)) && (at(k+2) == "people" || at(k+2) == "others" || general[at(k+2)]) && counts[at(k+3)] == "" && counts[at(k+4)] == "" {
			return true
		}
	}
	return at(i-1) == "and" && countable(at(i-2)) && (isNumber(at(i-3)) || at(i-3) == "a" || at(i-3) == "an")
}

// afterOther reports whether the figure at ws[i] sits in a clause that
// dates it days or weeks from the event ("the attack came two days after
// one student was killed"): up to the clause's comma.
func afterOther(ws []string, i int) bool {
	for j := i - 1; j >= 1 && ws[j] != ","; j-- {
		if (ws[j] == "after" || ws[j] == "before") && (ws[j-1] == "days" || ws[j-1] == "weeks" || ws[j-1] == "months" || ws[j-1] == "years") {
			return true
		}
	}
	return false
}

// personNouns count persons of some kind after "one" ("one man").
var personNouns = map[string]bool{"man": true, "woman": true, "child": true, "boy": true, "girl": true,
	"officer": true, "soldier": true, "civilian": true, "student": true, "passenger": true}

// next1 returns the word after ws[i], or "".
func next1(ws []string, i int) string {
	if i+1 < len(ws) {
		return ws[i+1]
	}
	return ""
}

// general nouns count persons of any kind, as "people" does.
var general = map[string]bool{"men": true, "women": true, "suspects": true, "adults": true, "teens": true,
	"teenagers": true, "youths": true, "persons": true}

// kindAfter returns the kind of count a word at most four words after
// ws[i] names, looking past an aside that breaks the count down ("eight
// people, including two children, were injured"), or "".
func kindAfter(ws []string, i int) string {
	inAside := i >= 1 && ws[i-1] == "including" || i >= 2 && ws[i-2] == "including"
	for j, n := i+1, 0; j < len(ws) && n < 4; j++ {
		switch {
		case ws[j] == "," && j+1 < len(ws) && ws[j+1] == "including" && !inAside:
			// Skip the aside to its closing comma.
			k := j + 1
			for k < len(ws) && k <= j+8 && ws[k] != "," {
				k++
			}
			j = k
			continue
		case ws[j] == "," && inAside:
			inAside = false // the aside ends; its count word follows
			continue
		case ws[j] == "including" && !inAside:
			j += 2 // "eight people including three children were injured"
			continue
		case ws[j] == "and" || ws[j] == "or" || ws[j] == ",":
			return ""
		}
		if k := counts[ws[j]]; k != "" {
			return k
		}
		n++
	}
	return ""
}

// ordinals add one more to a count ("two people ... then a third").
var ordinals = map[string]bool{"third": true, "fourth": true, "fifth": true, "sixth": true}

// isNumber reports whether w is a figure.
func isNumber(w string) bool {
	_, ok := atoi(w)
	return ok
}

// months name the month of a full date.
var months = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true, "october": true, "november": true,
	"december": true, "jan": true, "feb": true, "aug": true, "sept": true, "sep": true, "oct": true, "nov": true, "dec": true}

// dated reports whether the year at ws[i] closes a full date ("July 29,
// 2013"), as a dateline or caption gives the day of the event itself.
func dated(ws []string, i int) bool {
	j := i - 1
	if j >= 0 && ws[j] == "," {
		j--
	}
	if j >= 0 && isNumber(ws[j]) {
		j--
	}
	return j >= 0 && months[ws[j]]
}

// boundOf reads the qualifier before a figure: the last words of before.
func boundOf(before []string) byte {
	n := len(before)
	last := func(k int) string {
		if n-k < 0 {
			return ""
		}
		return before[n-k]
	}
	switch {
	case last(1) == "over" || last(2) == "more" && last(1) == "than" || last(2) == "at" && last(1) == "least":
		return '>'
	case last(1) == "nearly" || last(1) == "almost" || last(1) == "about" || last(1) == "around" || last(1) == "some" ||
		last(1) == "approximately" || last(2) == "close" && last(1) == "to" || last(2) == "up" && last(1) == "to" ||
		last(1) == "roughly" || last(1) == "estimated":
		return '~'
	}
	return 0
}
