package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file is a move of the ordering stage. A reader's summary can open
// on a sentence that leans on something its article named before ("At a
// harbour meeting in this seaside town, ...", "In its third weekend, the
// musical earned ...", "They spent a year ...") while
// another article's opening that names the subject and tells the event
// stands further down. When the opening leans so (leansOnUnnamed) and
// does not read as a lede itself, the first later sentence that reads as
// a lede (readsAsLede) and does not lean moves to the front, with the
// sentences of its article that follow it right after it; every other
// sentence keeps its order. A later sentence that names a word of the
// phrase the opening leans on (leanedWords: "this timetable" before "The
// harbour has published a new timetable ...") needs no event cue of its
// own. It runs on the chosen summary after ordering: nothing is chosen
// again, and Fill is unchanged.
//
// Multi-News validation (5,599 default summaries): 2 change, both read:
// 1 better (an author note's line gives the lead to the study's news), 1
// the same. Train 1-38,000: 9 change, all read: 8 better (a map, a
// tumour, a study's aims, a sports roundup, a photo credit, a project's
// blurb, "For this reason", "those <name> mistresses" after the news they
// lean on), 1 the same (two ledes of one press conference). Reading "this
// summer's" as a thing, not a time, read worse on train. Tried and not
// kept: a leaning sentence loses from its lead score in pickLead instead
// (validation 50 changed with 0.5 off, 30 with 0.15, about a third worse:
// fine ledes whose "this <place>" or "their" names what it leans on gave
// way to fragments, background and run-ins); any later opening with one
// event cue or none, not naming what the opening leans on (about half of
// those read on train worse: a feature's aside, a quotation, page junk).

// openWithNamedLede moves, in a reader's summary ordered for reading, the
// first later sentence that reads as a lede and leans on nothing to the
// front when the opening leans on something unnamed; see the file
// comment.
func (c *cluster) openWithNamedLede(picked []int) {
	if !c.reader || c.seen != nil || c.q != nil || len(picked) < 2 {
		return
	}
	first := &c.cands[c.facts[picked[0]].rep]
	if !leansOnUnnamed(first.text) || c.readsAsLede(first) {
		return
	}
	leaned := leanedWords(first.text)
	for j := 1; j < len(picked); j++ {
		cd := &c.cands[c.facts[picked[j]].rep]
		if leansOnUnnamed(cd.text) || definesSubject(cd.text) || !c.readsAsLede(cd) && !(namesAny(cd.text, leaned) && c.readsAsLedeCues(cd, 0)) {
			continue
		}
		c.leadWithRun(picked, j)
		return
	}
}

// leanReach is how many opening words leansOnUnnamed reads.
const leanReach = 15

// leanPronouns are the words that, opening a sentence, point at a person
// or thing named before it ("They spent ...", "Its owners ...").
var leanPronouns = lex.Set("he", "she", "they", "his", "her", "their", "its")

// leanPossessives, early in a sentence and before any name, point at a
// subject the sentence names later or not at all ("In its third weekend,
// the blockbuster ...").
var leanPossessives = lex.Set("its", "their")

// leanPrepositions before "that" make it a demonstrative ("in that case",
// "close that gap"), not a conjunction or a relative.
var leanPrepositions = lex.Set("in", "on", "at", "of", "for", "with", "from", "by", "about", "to", "under",
	"after", "before", "during", "close")

// leanTimeNouns after "this", "that", "these" or "those" point at a time,
// not at something told before ("this week", "this summer", "this
// Friday").
var leanTimeNouns = lex.Set("summer", "winter", "spring", "fall", "autumn", "holiday", "holidays",
	"january", "february", "march", "april", "june", "july", "august", "september", "october",
	"november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"tonight", "days")

// leansOnUnnamed reports whether s, among its first leanReach words and
// before any quotation mark, leans on something it does not name: an
// opening pronoun (leanPronouns), a possessive among its first four words
// with only lower-case words before it but an opening function word ("In
// its third weekend, ..."), or a demonstrative before a noun ("this
// alpine resort", "these findings", "close that gap"), a time excepted
// ("this week", "this summer").
func leansOnUnnamed(s string) bool {
	raw := lex.SpaceFieldsShared(s)
	w := frameWords(s)
	for i := 0; i < len(w) && i < leanReach; i++ {
		if lex.ContainsAny(raw[i], "\"“”") {
			return false // a quotation's words are its speaker's
		}
		x := w[i]
		if i == 0 && leanPronouns[x] {
			return true
		}
		if leanPossessives[x] && i > 0 && i < 4 && lex.IsStopword(w[0]) && lowerWords(raw[1:i]) {
			return true
		}
		if demonstrativeAt(w, i) {
			return true
		}
	}
	return false
}

// leanedWords returns the plain lower-case words, of four letters or
// more, after the first demonstrative of s that leansOnUnnamed reads
// ("alpine", "resort" of "in this alpine resort, ..."), up to a stopword,
// a punctuation mark or three words.
func leanedWords(s string) []string {
	w := frameWords(s)
	raw := lex.SpaceFieldsShared(lex.Lower(s))
	for i := 0; i+1 < len(w) && i < leanReach; i++ {
		if !demonstrativeAt(w, i) {
			continue
		}
		var out []string
		for k := i + 1; k < len(w) && k <= i+3; k++ {
			if lex.IsStopword(w[k]) || w[k] == "" {
				break
			}
			if len(w[k]) >= 4 && plainLower(w[k]) {
				out = append(out, w[k])
			}
			if raw[k] != w[k] {
				break // a punctuation mark ends the phrase
			}
		}
		return out
	}
	return nil
}

// definesSubject reports whether s opens by saying what its subject is
// ("<group> is a national non-profit organization founded by ..."): the
// verb "is" or "are" and "a", "an" or "the" within its first
// defineReach words, before any comma. Such a sentence is background a
// reader meets after the news, however many event words it holds; moved
// to the front of a blind-read test summary it read worse than the
// opening it replaced.
func definesSubject(s string) bool {
	w := frameWords(s)
	raw := lex.SpaceFieldsShared(s)
	for i := 1; i+1 < len(w) && i < defineReach; i++ {
		if strings.ContainsAny(raw[i-1], ",;:") {
			return false
		}
		if (w[i] == "is" || w[i] == "are") && (w[i+1] == "a" || w[i+1] == "an" || w[i+1] == "the") {
			return true
		}
	}
	return false
}

// defineReach is how many opening words definesSubject reads.
const defineReach = 6

// namesAny reports whether s names one of words (introWordsNamed: by
// its first letters).
func namesAny(s string, words []string) bool {
	t := lex.Lower(s)
	for _, x := range words {
		if introWordsNamed(t, x) {
			return true
		}
	}
	return false
}

// demonstrativeAt reports whether w[i] is "this", "these" or "those", or
// "that" after a preposition (leanPrepositions), before a noun: not a
// stopword, a number or a time (leadDefTimeNouns, leanTimeNouns).
func demonstrativeAt(w []string, i int) bool {
	if i+1 >= len(w) {
		return false
	}
	switch x := w[i]; {
	case x == "this" || x == "these" || x == "those":
	case x == "that" && i > 0 && leanPrepositions[w[i-1]]:
	default:
		return false
	}
	n := w[i+1]
	if k := lex.IndexAny(n, "'’"); k > 0 {
		n = n[:k] // "this summer's"
	}
	return n != "" && !lex.IsStopword(n) && !lex.HasDigit(n) && !leadDefTimeNouns[n] && !leanTimeNouns[n]
}

// lowerWords reports whether every word of f opens with a lower-case
// letter.
func lowerWords(f []string) bool {
	for _, x := range f {
		if !startsLower(x) {
			return false
		}
	}
	return true
}
