package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the attribution stage: a reader's summary that
// names a person by surname alone before any sentence of it names them in
// full ("Lundy pleaded guilty ...", "..., Hall said.", "Mr. Bharara
// released a statement ...") writes that first mention in full, as the
// cluster's sources give it ("Dennis Lundy", "Jim Hall", "Preet
// Bharara"). Selection already holds back such sentences until the
// person is introduced where the surname rule knows the person
// (surname.go); this catches the rest: surnames that are also common
// words ("Hall"), people the sources name with no verb of saying, and
// sentences let in with their source predecessor. Blind readings
// blind8/9/10/12/13 named a surname-only person a dangling reference 234
// times. Only cased text shows names, so a cluster whose sentences are
// lower-cased (Multi-News: fewer than one in casedShare cased) is left
// alone.

// personAfter are words after a bare surname that show a person: a verb
// of saying (lex.IsAttributionVerb) or one of these.
var personAfter = lex.Set("pleaded", "testified", "resigned", "confessed", "apologized",
	"apologised", "married", "divorced", "recalled", "insisted", "argued", "conceded")

// maxGivenWords bounds the words before a surname taken as the given
// names of a full name: "George W. Bush", "Jose Vicente Rangel".
const maxGivenWords = 2

// nameInFull rewrites, in each sentence of sum in order, the first mention
// of a person by surname alone that no earlier sentence names in full
// (fullNameOf), and adds the words it writes to sum.Words.
func (c *cluster) nameInFull(sum *chorus.Summary) {
	n := 0
	for i := range c.cands {
		if lex.Cased(c.cands[i].text) {
			n++
		}
	}
	if n == 0 || n*casedShare < len(c.cands) {
		return // lower-cased text shows no names
	}
	index := c.fullNames()
	var named []string // sentences so far
	for i := range sum.Sentences {
		s := sum.Sentences[i].Text
		if t, ok := nameFirstMention(s, index, strings.Join(named, " ")); ok {
			sum.Words += countWords(t) - countWords(s)
			sum.Sentences[i].Text = t
			s = t
		}
		named = append(named, s)
	}
}

// nameFirstMention returns s with its first bare mention of a surname
// that index gives a full name for, and before holds no mention of,
// written in full: "Lundy pleaded ..." -> "Dennis Lundy pleaded ...",
// "Mr. Bharara said ..." -> "Preet Bharara said ...". The mention must be
// a person's there: an honorific before it, or a verb of saying or
// personAfter after it (a verb of saying before it is not enough: "the
// virus attacks Windows"). It reports whether it changed s.
func nameFirstMention(s string, index map[string]string, before string) (string, bool) {
	if len(index) == 0 {
		return s, false
	}
	fields := strings.Fields(s)
	toks := nameToks(s)
	for j, t := range toks {
		full, ok := index[t.core]
		if !ok || !t.capital {
			continue
		}
		if strings.Contains(before, t.core) {
			continue // named before, in full or not: the reader has met them
		}
		if j > 0 && !toks[j-1].brk && (toks[j-1].capital || toks[j-1].initial) && !honorifics[strings.ToLower(toks[j-1].core)] {
			continue // "Dennis Lundy", "Rep. Lundy": named already
		}
		hon := j > 0 && honorifics[strings.ToLower(toks[j-1].core)]
		next := ""
		if j+1 < len(toks) {
			next = strings.ToLower(toks[j+1].core)
		}
		if !hon && !personAfter[next] && !lex.IsAttributionVerb(next) {
			continue
		}
		from := j
		if hon {
			from = j - 1 // "Mr. Bharara" -> "Preet Bharara"
		}
		out := append([]string{}, fields[:from]...)
		out = append(out, strings.Replace(fields[j], t.core, full, 1))
		out = append(out, fields[j+1:]...)
		return strings.Join(out, " "), true
	}
	return s, false
}

// fullNames maps each surname the cluster's sentences write after given
// names ("Dennis Lundy", "George W. Bush") to its most frequent full form,
// the earliest in reading order on a tie. A given name is a capitalised
// word or an initial that no sentence writes in lower case and that is no
// title, role, honorific, place word or institution word; a sentence's
// first word counts only as the start of a name. Surnames themselves may be
// common words ("Jim Hall").
func (c *cluster) fullNames() map[string]string {
	lower := make(map[string]bool)
	for i := range c.cands {
		for _, f := range strings.Fields(c.cands[i].text) {
			f = strings.Trim(f, "\"“”‘’'`()[],.;:!?")
			if r, _ := utf8.DecodeRuneInString(f); unicode.IsLower(r) {
				lower[f] = true
			}
		}
	}
	given := func(t nameTok) bool {
		low := strings.ToLower(t.core)
		if t.initial {
			return true
		}
		return t.capital && !lower[low] && !lex.IsStopword(low) && !abbrevTitles[low] && !honorifics[low] &&
			!roleWords[low] && !placeWords[low] && !notSurnames[low]
	}
	count := make(map[string]int)   // full form -> times written
	best := make(map[string]string) // surname -> most frequent full form so far
	for ci := range c.cands {
		toks := nameToks(c.cands[ci].text)
		for j := 1; j < len(toks); j++ {
			t := toks[j]
			if !t.capital || notSurnames[strings.ToLower(t.core)] || toks[j-1].brk || !given(toks[j-1]) {
				continue
			}
			if j+1 < len(toks) && !t.brk && (toks[j+1].capital || toks[j+1].initial) {
				continue // not the last word of a name
			}
			k := j - 1
			for k > 0 && j-k < maxGivenWords && !toks[k-1].brk && given(toks[k-1]) {
				k--
			}
			parts := make([]string, 0, j-k+1)
			for _, p := range toks[k : j+1] {
				w := p.core
				if p.initial {
					w += "."
				}
				parts = append(parts, w)
			}
			full := strings.Join(parts, " ")
			count[full]++
			// The first form seen wins a tie: candidates are in reading
			// order within each source, sources in input order.
			if b, ok := best[t.core]; !ok || count[full] > count[b] {
				best[t.core] = full
			}
		}
	}
	return best
}
