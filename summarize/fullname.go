package summarize

import (
	"strings"
	"unicode"

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
// times. Lower-cased text (Multi-News: fewer than one sentence in
// casedShare cased) shows no names, except after an honorific: there only
// "Mr. Gaughan" is written in full (lowerFullNames, nameHonorific).

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
	lower := n == 0 || n*casedShare < len(c.cands)
	var index map[string]string
	if lower {
		index = c.lowerFullNames()
	} else {
		index = c.fullNames()
	}
	for sur := range c.twoPeople() {
		delete(index, sur) // lower case: the lower-cased text's key
		delete(index, placeCase(sur, 0))
	}
	var named []string // sentences so far
	for i := range sum.Sentences {
		s := sum.Sentences[i].Text
		t, ok := "", false
		if lower {
			t, ok = nameHonorific(s, index, strings.ToLower(strings.Join(named, " ")))
		} else {
			t, ok = nameFirstMention(s, index, strings.Join(named, " "))
		}
		if ok {
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
	lower := c.lowerWords()
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
	forms := make(map[string]int)   // surname -> full forms seen
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
			if count[full] == 0 {
				forms[t.core]++
			}
			count[full]++
			// The first form seen wins a tie: candidates are in reading
			// order within each source, sources in input order.
			if b, ok := best[t.core]; !ok || count[full] > count[b] {
				best[t.core] = full
			}
		}
	}
	for sur, n := range forms {
		if n > 1 {
			// "Jane Wilson" and "Gary Wilson": a bare "Wilson" or "Mrs
			// Wilson" may be either (a blind judge read "Gary Wilson, had
			// apparently fallen" where the wife had), so it is left.
			delete(best, sur)
		}
	}
	return best
}

// twoPeople returns the surnames (lower case) the cluster writes after
// both a man's and a woman's honorific ("Mr Wilson" and "Mrs Wilson"): a
// couple or a family, whom a single full name would confuse.
func (c *cluster) twoPeople() map[string]bool {
	male := make(map[string]bool)
	female := make(map[string]bool)
	out := make(map[string]bool)
	for ci := range c.cands {
		f := strings.Fields(strings.ToLower(c.cands[ci].text))
		for j := 0; j+1 < len(f); j++ {
			h := strings.TrimSuffix(f[j], ".")
			w := strings.TrimRight(f[j+1], ",.;:!?\"”'’")
			w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
			switch h {
			case "mr", "messrs":
				male[w] = true
			case "mrs", "ms", "miss", "mme", "mlle":
				female[w] = true
			default:
				continue
			}
			if male[w] && female[w] {
				out[w] = true
			}
		}
	}
	return out
}

// nameHonorific returns s with its first honorific mention ("Mr. Choi",
// "ms. rowe") of a surname that index (lowerFullNames) gives a full name
// for, and before (lower case) does not hold, written as that full name
// in capitals ("Gregory Gaughan"). It reports whether it changed s.
func nameHonorific(s string, index map[string]string, before string) (string, bool) {
	fields := strings.Fields(s)
	for j := 0; j+1 < len(fields); j++ {
		if !honorifics[strings.TrimSuffix(strings.ToLower(fields[j]), ".")] || !strings.HasSuffix(fields[j], ".") {
			continue
		}
		word := fields[j+1]
		core := strings.ToLower(strings.TrimRight(word, ",.;:!?\"”'’"))
		core = strings.TrimSuffix(strings.TrimSuffix(core, "'s"), "’s")
		full, ok := index[core]
		if !ok || strings.Contains(before, core) || strings.Contains(strings.ToLower(strings.Join(fields[:j], " ")), core) {
			continue // named before, in this sentence or an earlier one
		}
		i := strings.Index(strings.ToLower(word), core)
		out := append([]string{}, fields[:j]...)
		out = append(out, word[:i]+full+word[i+len(core):])
		out = append(out, fields[j+2:]...)
		return strings.Join(out, " "), true
	}
	return s, false
}

// linkWordsBeforeName open a clause before a name and are no given names,
// though lex's stopwords lack them: "since kim thanked ...".
var linkWordsBeforeName = lex.Set("since", "unless", "whereas", "despite", "meanwhile", "thus", "hence")

// lowerFullNames maps each surname that a lower-cased cluster writes after
// an honorific ("mr. gaughan") to the one full name its sentences write it
// with, one given name before it, in capitals: "gregory gaughan" gives
// "Gregory Gaughan". A surname written with two given names is left out:
// "mr. trump" may be Donald or Ivana Trump, and a headline's word run into
// the text ("protest trump") is no given name (two given names before it
// took such words too). A given name there is a word of letters that is no stopword, title, role,
// honorific, verb of saying, place or institution word, and that opens a
// noun phrase (after a stopword, title, role, verb of saying or
// punctuation, or opening the sentence): "said gregory gaughan", "speaker
// john boehner", not "reporters asked gaughan".
func (c *cluster) lowerFullNames() map[string]string {
	words := make([][]string, len(c.cands))
	want := make(map[string]bool)
	for ci := range c.cands {
		f := strings.Fields(strings.ToLower(c.cands[ci].text))
		words[ci] = f
		for j := 0; j+1 < len(f); j++ {
			if strings.HasSuffix(f[j], ".") && honorifics[strings.TrimSuffix(f[j], ".")] {
				w := strings.TrimRight(f[j+1], ",.;:!?\"”'’")
				want[strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")] = true
			}
		}
	}
	if len(want) == 0 {
		return nil
	}
	plain := func(w string) bool {
		if len(w) < 2 {
			return false
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '-' {
				return false
			}
		}
		return true
	}
	given := func(w string) bool {
		return plain(w) && !lex.IsStopword(w) && !abbrevTitles[w] && !honorifics[w] && !roleWords[w] &&
			!placeWords[w] && !notSurnames[w] && !lex.IsAttributionVerb(w) && !personAfter[w] && !linkWordsBeforeName[w]
	}
	opens := func(f []string, k int) bool { // f[k] opens a noun phrase
		if k == 0 {
			return true
		}
		p := f[k-1]
		if strings.TrimRight(p, ",.;:!?\"”'’)") != p {
			return true
		}
		return lex.IsStopword(p) || abbrevTitles[strings.TrimSuffix(p, ".")] || roleWords[p] || lex.IsAttributionVerb(p)
	}
	best := make(map[string]string)
	ambiguous := make(map[string]bool)
	for _, f := range words {
		for j := 1; j < len(f); j++ {
			sur := strings.TrimRight(f[j], ",.;:!?\"”'’")
			sur = strings.TrimSuffix(strings.TrimSuffix(sur, "'s"), "’s")
			if !want[sur] || !given(f[j-1]) {
				continue
			}
			k := j - 1
			if !opens(f, k) {
				continue
			}
			parts := make([]string, 0, j-k+1)
			for _, w := range f[k:j] {
				parts = append(parts, placeCase(w, 0))
			}
			full := strings.Join(append(parts, placeCase(sur, 0)), " ")
			if b, ok := best[sur]; ok && b != full {
				ambiguous[sur] = true
			}
			best[sur] = full
		}
	}
	for sur := range ambiguous {
		delete(best, sur)
	}
	return best
}
