package dispute

import (
	"slices"
	"strconv"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/voices"
)

// counts maps the words of a count to its kind.
var counts = map[string]string{
	"killed": "dead", "killing": "dead", "kills": "dead", "dead": "dead", "died": "dead", "deaths": "dead",
	"death": "dead", "fatalities": "dead", "bodies": "dead", "toll": "dead",
	"injured": "injured", "injuring": "injured", "wounded": "injured", "wounding": "injured", "hurt": "injured", "injuries": "injured",
	"missing": "missing", "arrested": "arrested", "detained": "arrested", "arrests": "arrested",
}

// topics names each kind of count.
var topics = map[string]string{"dead": "Number of dead", "injured": "Number injured", "missing": "Number missing", "arrested": "Number arrested"}

// people are the nouns that count persons in general; another noun after
// a figure ("3 soldiers") counts something else.
var people = map[string]bool{"people": true, "persons": true, "person": true, "individuals": true, "others": true,
	"dead": true, "killed": true, "injured": true, "wounded": true, "missing": true, "were": true, "have": true,
	"had": true, "are": true, "and": true, "in": true, "on": true, "as": true, "after": true, "by": true, "when": true}

// units follow figures that count no one.
var units = map[string]bool{"percent": true, "%": true, "years": true, "year": true, "kilometers": true, "km": true,
	"miles": true, "meters": true, "feet": true, "a.m": true, "p.m": true, "minutes": true, "hours": true, "days": true,
	"weeks": true, "months": true, "dollars": true, "tonnes": true, "tons": true, "magnitude": true, "degrees": true,
	"times": true, "seconds": true, "million": true, "billion": true}

var numberWords = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20}

// figure is one count a sentence gives.
type figure struct {
	kind, noun string
	value      int
	// bound is '>' for a lower bound ("more than 50", "at least 23",
	// "over 300"), '~' for an estimate ("nearly 50", "about 60"), 0 for an
	// exact figure.
	bound byte
}

// figuresOf returns the counts sentence words give: a figure with a count
// word at most four words after it ("23 people were killed") or three
// before it ("killing at least 23", "the death toll rose to 31").
func figuresOf(ws []string) []figure {
	var out []figure
	for i, w := range ws {
		n, ok := atoi(w)
		if !ok || n <= 0 || n >= 1800 && n <= 2100 || i+1 < len(ws) && units[ws[i+1]] {
			continue
		}
		noun := "people"
		if i+1 < len(ws) && (!people[ws[i+1]] && counts[ws[i+1]] == "" || ws[i+1] == "bodies") {
			noun = ws[i+1] // "3 soldiers", "18 bodies": another count
		}
		kind := ""
		for j := i + 1; j < len(ws) && j <= i+4 && kind == "" && ws[j] != "and" && ws[j] != "or" && ws[j] != ","; j++ {
			kind = counts[ws[j]]
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
		out = append(out, figure{kind: kind, noun: noun, value: n, bound: boundOf(ws[:i])})
	}
	return out
}

// figures returns the counts the sources give differently: for each kind
// and counted noun, every figure one claim, when two sources differ.
func figures(all []sentence, docs []voices.Doc) []chorus.Dispute {
	type stated struct {
		first int // index in all of the first sentence
		docs  []int
		fig   figure
		terms []uint64 // the sentence's content terms beside its counts
	}
	byKey := map[string]map[int]*stated{}
	var keys []string
	stated1 := map[string]bool{} // "doc|kind|noun" already counted
	for k, s := range all {
		// A source's own count of the event is in its lead; a figure
		// beside a past date counts another event.
		if s.pos >= leadSentences || past(s.words) {
			continue
		}
		figs := figuresOf(s.words)
		if len(figs) > 0 && s.isJunk() {
			continue
		}
		for _, f := range figs {
			key := f.kind + "|" + f.noun
			first := strconv.Itoa(s.doc) + "|" + key
			if stated1[first] {
				continue
			}
			stated1[first] = true
			m := byKey[key]
			if m == nil {
				m = map[int]*stated{}
				byKey[key] = m
				keys = append(keys, key)
			}
			st := m[f.value]
			if st == nil {
				st = &stated{first: k, fig: f, terms: topical(s)}
				m[f.value] = st
			}
			if !slices.Contains(st.docs, s.doc) {
				st.docs = append(st.docs, s.doc)
			}
		}
	}
	var out []chorus.Dispute
	for _, key := range keys {
		m := byKey[key]
		// Only the figures of the event the first one counts: sentences
		// that share a word of substance with it.
		lead := m[byFirst(m, func(s *stated) int { return s.first })[0]]
		for v, st := range m {
			if st != lead && lex.Intersect(st.terms, lead.terms) < sameEvent {
				delete(m, v)
			}
		}
		if !conflict(m, func(s *stated) ([]int, figure) { return s.docs, s.fig }) {
			continue
		}
		kind, noun, _ := strings.Cut(key, "|")
		topic := topics[kind]
		if noun != "people" {
			topic += " (" + noun + ")"
		}
		d := chorus.Dispute{Topic: topic}
		for _, v := range byFirst(m, func(s *stated) int { return s.first }) {
			if len(d.Claims) == MaxClaims {
				break
			}
			d.Claims = append(d.Claims, claimOf(all[m[v].first], docs, m[v].docs))
		}
		out = append(out, d)
	}
	return out
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
		last(1) == "approximately" || last(2) == "close" && last(1) == "to" || last(2) == "up" && last(1) == "to":
		return '~'
	}
	return 0
}

// compatible reports whether two figures tell the same count: equal, or
// within a tenth of each other when either is a bound or an estimate
// ("more than 300" and 327, "nearly 50" and 49).
func compatible(a, b figure) bool {
	if a.value > b.value {
		a, b = b, a
	}
	if a.bound != 0 || b.bound != 0 {
		// "more than 300" beside 327 agrees; "at least 23" beside 31 is
		// a differing toll.
		return float64(b.value-a.value) <= 0.1*float64(b.value)
	}
	return a.value == b.value
}

// sameEvent is the number of content terms, beside the count's own words
// and figures, a figure's sentence must share with the first figure's to
// count the same event.
const sameEvent = 1

// topical returns the content terms of s without its count words and
// figures.
func topical(s sentence) []uint64 {
	var lw lex.Words
	var kept []string
	for _, w := range s.words {
		if _, num := atoi(w); num || counts[w] != "" || people[w] || w == "," {
			continue
		}
		kept = append(kept, w)
	}
	return lex.ContentTerms(nil, &lw, strings.Join(kept, " "))
}

// leadSentences is the number of a source's first sentences whose figures
// count: the lead, where a report gives its count of the event.
const leadSentences = 6

// past reports whether words date a sentence to another time: a year, or
// "last week", "since".
func past(ws []string) bool {
	for i, w := range ws {
		if n, ok := number(w); ok && n >= 1900 && n <= 2100 {
			return true
		}
		if w == "since" || w == "last" && i+1 < len(ws) && (ws[i+1] == "week" || ws[i+1] == "month" || ws[i+1] == "year") {
			return true
		}
	}
	return false
}

// conflict reports whether two sources give figures that cannot both be
// true: two incompatible figures, one of them from a source that does not
// give the other (not one source alone updating its own count).
func conflict[T any](m map[int]T, of func(T) ([]int, figure)) bool {
	for _, a := range m {
		da, fa := of(a)
		for _, b := range m {
			db, fb := of(b)
			if compatible(fa, fb) {
				continue
			}
			for _, d := range db {
				if !slices.Contains(da, d) {
					return true
				}
			}
		}
	}
	return false
}
