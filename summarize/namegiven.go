package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/truecase"
)

// This file belongs to the attribution stage, beside fullname.go. A
// summary of a lower-cased cluster may keep a person's given name alone
// ("Anna had left the lamp on.", "Anna and Peter welcomed ...") where the
// cluster writes the full name elsewhere ("anna tarnow, 41, ..."): the
// reader never learns whose name it is, and the surname rules
// (writeFullNames) write a bare surname in full, never a bare given name.
// nameGivenAlone writes the first mention of such a given name, before a
// verb, as the full name: "Anna Tarnow had left the lamp on.".
//
// The given name must be a listed one (lex.IsGivenName), never written
// after a determiner or a number, written alone before a verb somewhere
// in the cluster ("anna said"), and written with one surname only, one
// no other given name of the summary is written with (a family: "anna
// tarnow" and "peter tarnow" leave the bare surname's owner open); the
// surname must be no common word (truecase: known and mostly lower-case),
// stopword, role, verb, namesake noun or given name, and be written alone
// before a verb of saying or a singular verb somewhere ("tarnow said"):
// the surname is a person's, not a word run after a name. The summary's
// mention must stand alone, outside a quotation (a speaker's words are
// theirs), before a lower-case verb (givenAlonePlace).
//
// Measured against 29bd75c (with namewho.go, introof.go and
// namemiddle.go): validation 0 of 5,599 changed; train 1-38,000 24 of
// 37,863 changed, all read: 19 better (a first mention by given name
// alone, "Jeff answered ...", now names the person in full), 4 the same
// (a spouse or child whose surname the sentence gives already: "his son
// Peter" -> "his son Peter Tarnow"), 1 worse (a child named with her
// guardian's surname). Tried and not kept: a surname-first or trailing
// full name for any summary word ("Tan described ..." -> "Tan Weiming
// described ..."): validation 72 changed, mostly worse (common nouns and
// verbs run into names: "a judge ruled", "spinal cord"), and 5 changed,
// 3 worse, even after a role or comma only; this rule without the
// family guard (givens) changed validation 2 (1 worse: "Tina's" lost the
// surname a later pass gave it when "Benjamin" took it first) and train
// 49, with 6 worse (quotations, a second given name read as a verb in
// -ed, "jihadi John" named as another John).

// nameGivenAlone writes the first mention in sum of a given name that
// a lower-cased cluster writes with one surname (givenAloneNames) as that
// full name, and adds the words it writes to sum.Words.
func (c *cluster) nameGivenAlone(sum *chorus.Summary) {
	if !c.lowerCased() {
		return
	}
	full := c.givenAloneNames(summaryNameCores(sum))
	if len(full) == 0 {
		return
	}
	seen := make(map[string]bool) // words met in the summary so far
	for i := range sum.Sentences {
		s := sum.Sentences[i].Text
		f := lex.SpaceFields(s)
		changed := false
		for j := range f {
			w, _ := lowerCore(f[j])
			if seen[w] {
				continue
			}
			seen[w] = true
			if name, ok := full[w]; ok && givenAlonePlace(f, j, name) {
				f[j] = name
				changed = true
			}
		}
		if changed {
			t := strings.Join(f, " ")
			sum.Words += countWords(t) - countWords(s)
			sum.Sentences[i].Text = t
		}
	}
}

// givenAlonePlace reports whether the summary word f[j] may take the full
// name name: a plain word (no punctuation, no possessive) outside
// quotation marks, before a lower-case verb, at the sentence's start or
// after punctuation, a stopword, a family word or a role ("his wife
// anna", not "jihadi anna" nor after another name), and not already
// before the surname.
func givenAlonePlace(f []string, j int, name string) bool {
	w, _ := lowerCore(f[j])
	if j+1 == len(f) || lex.Lower(f[j]) != w || !lettersOnly(w) {
		return false
	}
	if inQuotation(f, j) || quotedOpening(f, j) {
		return false // a quotation's words are its speaker's
	}
	if j > 0 {
		p := strings.TrimRight(f[j-1], ",.;:!?\"”'’")
		lp := lex.Lower(p)
		if p == f[j-1] && !lex.IsStopword(lp) && !kinWords[lp] && !roleWords[lp] {
			return false // after a name, a given name, an honorific or a nickname's word ("jihadi anna")
		}
	}
	if f[j+1] != lex.Lower(f[j+1]) {
		return false // a capitalised word after it is the name's own ("Anna Drew Tarnow")
	}
	next, _ := lowerCore(f[j+1])
	if _, sur, _ := strings.Cut(lex.Lower(name), " "); next == sur || lex.IsGivenName(next) {
		return false // named in full already, or a second given name ("anna mohammed tarnow")
	}
	return singularVerbs[next] || lex.IsAttributionVerb(next) || personAfter[next] || pastVerbAfter(next, "")
}

// givenAloneNames maps each listed given name of want that the cluster
// writes with one surname, both showing a person alone (nameGivenAlone),
// to that full name in capitals: "anna" -> "Anna Tarnow".
func (c *cluster) givenAloneNames(want map[string]bool) map[string]string {
	words, cores := c.candCores()
	tc := truecase.Default()
	surnameWord := func(f string, w string) bool {
		known, capital := tc.Known(w)
		return len(w) >= 3 && lettersOnly(w) && w == lex.Lower(strings.TrimRight(f, ",.")) && !lex.IsStopword(w) &&
			!notSurnameWords[w] && !notGiven[w] && !namesakeNouns[w] && !generational[w] && !lex.IsAttributionVerb(w) &&
			!verbForm(w) && !verbLike(w) && !adjectiveLike(w) && !tc.MostlyLower(w) && !(known && !capital) && !roleWords[w] &&
			!lex.IsGivenName(w)
	}
	forms := make(map[string]map[string]bool) // given name -> surnames written after it
	surnames := make(map[string]bool)         // every such surname
	person := make(map[string]bool)           // given names written alone before a verb
	common := make(map[string]bool)           // given names written after a determiner or a number
	for ci, cs := range cores {
		f := words[ci]
		for j := range cs {
			w := cs[j].w
			if !want[w] || !lex.IsGivenName(w) || lex.IsStopword(w) || notSurnameWords[w] || lex.IsAttributionVerb(w) || verbForm(w) || verbLike(w) {
				continue
			}
			prev := ""
			if j > 0 {
				prev = lex.Lower(strings.TrimRight(f[j-1], ",.;:!?\"”’'`)]"))
			}
			if determiners[prev] || digitsOnly(strings.ReplaceAll(prev, ",", "")) {
				common[w] = true // "the rose", "40 bills": a noun, not a name
				continue
			}
			next := ""
			if j+1 < len(cs) {
				next = cs[j+1].w
			}
			if !cs[j].punct && next != "" && surnameWord(f[j+1], next) && (j == 0 || !strings.HasSuffix(f[j-1], ":") && !lex.IsGivenName(prev)) &&
				(j+2 == len(cs) || !surnameWord(f[j+2], cs[j+2].w)) {
				if forms[w] == nil {
					forms[w] = make(map[string]bool)
				}
				forms[w][next] = true
				surnames[next] = true
				continue
			}
			if lex.IsAttributionVerb(next) || personAfter[next] || singularVerbs[next] && !cs[j].punct || pastVerbAfter(next, prev) && !cs[j].punct {
				person[w] = true
			}
		}
	}
	if len(forms) == 0 {
		return nil
	}
	alone := make(map[string]bool) // surnames written alone before a verb ("tarnow said")
	for ci := range cores {
		cs := cores[ci]
		for j, cw := range cs {
			if !surnames[cw.w] || j+1 == len(cs) || j > 0 && lex.IsGivenName(cs[j-1].w) {
				continue
			}
			if next := cs[j+1].w; lex.IsAttributionVerb(next) || singularVerbs[next] && !cw.punct {
				alone[cw.w] = true
			}
		}
	}
	givens := make(map[string]int) // surname -> given names written before it
	for _, sur := range forms {
		for s := range sur {
			givens[s]++
		}
	}
	out := make(map[string]string)
	for w, sur := range forms {
		if len(sur) != 1 || !person[w] || common[w] {
			continue // two surnames, no person shown, or a noun
		}
		for s := range sur {
			if alone[s] && givens[s] == 1 {
				out[w] = nameCase(w) + " " + nameCase(s)
			}
		}
	}
	return out
}

// quotedOpening reports whether f[j] stands before the first of an odd
// number of double quotation marks in f: a sentence that opens inside a
// quotation its previous sentence opened ("anna is like us," her mother
// said), whose mark a later pass restores.
func quotedOpening(f []string, j int) bool {
	marks, first := 0, -1
	for k, w := range f {
		if n := doubleQuotes(w); n > 0 {
			marks += n
			if first < 0 {
				first = k
			}
		}
	}
	return marks%2 == 1 && j <= first
}
