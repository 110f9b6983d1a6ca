package truecase

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file holds a common noun the cased text saw too seldom to know:
// a word it met a few times, each time in a name ("Eagle Rock", "the
// Legion of Honour"), and never in lower case, which the model raises
// wherever it stands ("Photos of the Eagle on the page", "rattling the
// Euro"). The model's own counts of its plural say it is a common noun:
// "eagles", "euros" and "legions" are words cased text writes mostly in
// lower case.

// thinMaxUnits is the most units (texts or stories) that capitalise a
// word thinCommon keeps lower-case: a name the cased text knows well
// ("the Senate", "the Vatican" is thin but has no common plural) is
// left to the model.
const thinMaxUnits = 8

// thinCommon reports whether the word toks[i] of text, which the model
// raises by its counts (w), is rather a common noun to keep in lower
// case: the model never saw it lower-case and few units capitalise it;
// it is no plural ("four Marines", "with the Bulls") nor listed given
// name; cased text writes its plural mostly in lower case ("eagle" →
// "eagles"); in text it follows a determiner ("the Eagle on") and comes
// before punctuation, the end, a stopword or a verb's "-s", "-ed" or
// "-ing" form the model writes mostly lower-case ("the Eagle appears"),
// not before a noun ("an Eagle scout", "her Eagle forum") nor a
// possessive's "'s"; and the sources (names.src) never write it as a
// name's word (nameNeighbour). Names.src is nil for cased text: the rule
// reads lower-cased clusters alone.
//
// Measured against 2e04780 (letter case alone): validation 2 of 5,598
// summaries changed, both better ("rattling the euro", "the eagle on the
// sheriff's page ... the eagle appears"); train 1-38,000 13 of 37,856
// changed, all read, all better ("the euro reversed early gains", "a
// legion of investigators", "to free an eagle"). An earlier form that
// also kept plurals after a count or determiner lower changed 28 train
// summaries: "530 trusts" right, but "four marines" (8 summaries) and
// "won six titles with the bulls" wrong; without the possessive and
// two-word-name guards, "the eagle's nest dive area", "the eagle arms
// gun show" and "the legion of honour" read worse. Not kept: any word
// the model raises alone after "this" ("this Hill town"): "hills" is a
// name's word ("Beverly Hills") as often, and the form changed nothing.
func (m *Model) thinCommon(text string, toks []token, i int, w word, names *Names) bool {
	if names == nil || names.src == nil || i == 0 || toks[i].initial {
		return false
	}
	key := toks[i].key
	prev := toks[i-1].key
	if w.n[lowerCase] != 0 || w.units > thinMaxUnits || len(key) < 4 || lex.IsGivenName(key) {
		return false
	}
	for j := 0; j < len(key); j++ {
		if key[j] < 'a' || key[j] > 'z' {
			return false
		}
	}
	if strings.HasSuffix(key, "s") {
		return false // a plural: "four Marines", "with the Bulls" are names as often
	}
	other := key + "s"
	if !m.mostlyLower(other) {
		return false
	}
	if !thinDeterminers[prev] {
		return false
	}
	if !thinBefore(m, text, toks, i) {
		return false
	}
	return !names.src.nameNeighbour(m, key, other)
}

// thinDeterminers are the words before a common noun thinCommon reads.
var thinDeterminers = map[string]bool{
	"a": true, "an": true, "the": true, "this": true, "these": true, "those": true,
	"his": true, "her": true, "their": true, "its": true, "our": true, "my": true, "your": true,
}

// thinBefore reports whether what follows toks[i] in text ends the noun
// phrase: nothing, punctuation, a stopword, or a verb's inflection the
// model writes mostly lower-case.
func thinBefore(m *Model, text string, toks []token, i int) bool {
	if i+1 >= len(toks) {
		return true
	}
	gap := strings.TrimSpace(text[toks[i].end:toks[i+1].start])
	if strings.HasPrefix(gap, "'") || strings.HasPrefix(gap, "’") {
		return false // a possessive, maybe of a name ("the Eagle's Nest dive site", "the Eagle 's Nest")
	}
	if gap != "" || toks[i+1].initial {
		return true // "the Eagle, which", "the euro."
	}
	next := toks[i+1].key
	if lex.IsStopword(next) {
		return true
	}
	if strings.HasSuffix(next, "s") || strings.HasSuffix(next, "ed") || strings.HasSuffix(next, "ing") {
		return m.mostlyLower(next) && !m.mostlyLower(next+"s") // a verb, not a noun's plural ("appears", not "scouts")
	}
	return false
}

// nameNeighbour reports whether the sources write key, or other (its
// plural), as a name's word: right after a listed given name,
// a title, an initial or a word the model capitalises alone ("eddie
// eagle", "chicago bulls"), right before a word cased text writes
// capitalised more often than not ("the marine corps"), or as a
// publication's name ("according to the eagle", "told the eagle", "the
// eagle reports"); or key before one same word in half its uses or more,
// at least thinPairMin times ("the eagle arms gun show").
func (src *sourceUses) nameNeighbour(m *Model, key, other string) bool {
	seq := src.seq
	var uses int
	follow := map[string]int{}
	for j := 1; j < len(seq); j++ {
		if seq[j].key == key {
			uses++
			if j+1 < len(seq) && seq[j+1].flags&srcInitial == 0 && seq[j].flags&srcComma == 0 {
				follow[seq[j+1].key]++
			}
		}
		if seq[j].key != key && seq[j].key != other || seq[j].flags&srcInitial != 0 {
			continue
		}
		p := seq[j-1].key
		if lex.IsGivenName(p) || titles[p] || titleAbbrevs[strings.TrimSuffix(p, ".")] || len(p) == 2 && p[1] == '.' || len(p) == 1 && p != "a" && p != "i" {
			return true
		}
		if pw, ok := m.word(p); ok && m.capital(pw, p, "", "") {
			return true
		}
		next := ""
		if j+1 < len(seq) && seq[j+1].flags&srcInitial == 0 && seq[j].flags&srcComma == 0 {
			next = seq[j+1].key
			if nw, ok := m.word(next); ok && nw.share() >= 0.5 && !calendarWords[next] {
				return true // "the marine corps"
			}
		}
		if p != "the" || j < 2 {
			continue
		}
		if q := seq[j-2].key; q == "told" || q == "by" || q == "to" && j >= 3 && seq[j-3].key == "according" || next != "" && lex.IsAttributionVerb(next) {
			return true // "according to the eagle", "the eagle reports"
		}
	}
	for _, n := range follow {
		if n >= thinPairMin && 2*n >= uses {
			return true // "the eagle arms gun show ... at the eagle arms show"
		}
	}
	return false
}

// thinPairMin is how often the sources must write a word before the
// same next word, in half its uses or more, for the two to be a name
// ("eagle arms", "legion of honour").
const thinPairMin = 2
