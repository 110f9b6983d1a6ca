package summarize

import (
	"slices"
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/truecase"
)

// A death told again by a pronoun (retoldPronounDeath), a step of
// replaceRetoldDeaths. A source's body often tells again, with "He" or
// "She" for a name, the death another chosen sentence has told
// (invented: "Anna Varga, who died of a stroke on Sunday at 81, ran the
// Tarnwick ferry for forty years." and, two sentences on, "She died of a
// stroke on Sunday at 81."). retellsDeath
// asks for a name before the death word of each telling, so the
// pronoun's retelling stays, and so does one after a telling in a
// relative clause ("<name>, who died on Sunday, ..."), which deathAt does
// not read as the news. Here a chosen sentence that opens with "he" or
// "she" and tells a death as its news (pronounDeathAt: "She died",
// "He was pronounced dead", "She passed away") retells the death another
// chosen sentence tells of a named person, as its news or in a relative
// clause right after the name (toldDeathName), when each other chosen
// sentence that names anyone names that person (onlyNamed:
// the pronoun's antecedent is the one who died) and the retelling passes
// retellsDeath's other tests: no quotation, negation or second one, no
// counted figure, cause of death or more than deathOwn content words of
// its own. The cause (deathAddsLittle) now ends at "on": "died of cancer
// on <date>" gave the date's words as a cause of death of its own.
//
// Measured against c2b99de (h58redund), Multi-News default summaries:
// validation 1 of 5,598 changed, read: better (a singer's death, told in
// the opening's relative clause with its cause and age, told again as
// "She died of cancer on <date> at <age>", left out). Train 1-6,000 0 of
// 5,975; train 1-38,000, the 86 clusters whose sources hold a sentence
// opening "he" or "she" with a death or a death "of ... on": 0 changed.
// The "on" ending changed no summary of either set by itself. Known
// misses: a pronoun retelling with a particular of its own ("He was
// pronounced dead at <hour> after medics arrived": more than deathOwn
// words; "He died from organ failure": a cause), which stays; a death
// told twice by two named tellings that each add their own particulars
// (who the person was, where and when), which retellsDeath keeps.
// Tried and not kept: a named retelling read against a telling in a
// relative clause too (toldDeathName for retellsDeath's earlier
// telling): validation 1 more changed, worse (a short summary's only
// line telling a death left out against a chosen sentence that a later
// step took out); train 1-6,000 0. Nor kept, as it changed nothing on
// either set: the opening asked only when it is chosen.

// pronounDeathAt returns the index in words (lower-case letter words) of
// the death word of a sentence opening "he" or "she" whose news is a
// death ("she died", "he has died", "she passed away", "he was
// pronounced dead"), or -1.
func pronounDeathAt(words []string) int {
	if len(words) < 2 || words[0] != "he" && words[0] != "she" {
		return -1
	}
	i := 1
	for i < len(words) && deathAux[words[i]] {
		i++
	}
	if i < len(words) && (words[i] == "pronounced" || words[i] == "declared") {
		i++
	}
	if i >= len(words) {
		return -1
	}
	switch w := words[i]; {
	case w == "died" || w == "dies":
		return i
	case w == "dead" && deadAfter[words[i-1]]:
		return i
	case (w == "passed" || w == "passes") && i+1 < len(words) && words[i+1] == "away":
		return i
	}
	return -1
}

// toldDeathName returns the name-like words (as deathName reads them) of
// the one whose death words tell: before the death word that is their
// news (deathName), or before "who" of a relative clause that opens with
// the death ("<name>, who died on Sunday at 81, ..."), or nil.
func toldDeathName(words []string) []string {
	if n := deathName(words); len(n) > 0 {
		return n
	}
	for i, w := range words {
		if i >= deathOpening || deathClauseWords[w] {
			return nil
		}
		if w != "who" {
			continue
		}
		j := i + 1
		for j < len(words) && deathAux[words[j]] {
			j++
		}
		if j >= len(words) || !deathWords[words[j]] && !(words[j] == "passed" && j+1 < len(words) && words[j+1] == "away") {
			return nil // only the first relative clause is read
		}
		return nameLikeWords(words[:i])
	}
	return nil
}

// retoldPronounDeath reports whether chosen fact f tells again, with a
// pronoun for a name, a death another chosen fact of picked tells: see
// the file comment.
func (c *cluster) retoldPronounDeath(f int, picked []int) bool {
	x := &c.cands[c.facts[f].rep]
	if !heSheOpening(x.text) || x.negated || x.flags&flagQuote != 0 || quoteFirst(x.text) || anotherOne(x.text) {
		return false
	}
	wx := lex.LetterWords(x.text, maxNameWords)
	d := pronounDeathAt(wx)
	if d < 0 {
		return false
	}
	for _, p := range picked {
		if p == f {
			continue
		}
		y := &c.cands[c.facts[p].rep]
		names := toldDeathName(lex.LetterWords(y.text, maxNameWords))
		if len(names) == 0 || !c.onlyNamed(names, picked, f, p) || lex.Intersect(c.figs[f], c.figs[p]) < len(c.figs[f]) {
			continue
		}
		if deathAddsLittle(wx, d, restatedKeys(y.text)) {
			return true
		}
	}
	return false
}

// onlyNamed reports whether each chosen fact of picked but f and p that
// names anyone (a name-like word, as deathName reads them, past its first
// word) names one of names: the pronoun then stands for the one who died
// whatever the order the summary gives them.
func (c *cluster) onlyNamed(names []string, picked []int, f, p int) bool {
	tc := truecase.Default()
	for _, g := range picked {
		if g == f || g == p {
			continue
		}
		ws := lex.LetterWords(c.cands[c.facts[g].rep].text, maxNameWords)
		if slices.ContainsFunc(ws, func(w string) bool { return slices.Contains(names, w) }) {
			continue
		}
		for k, w := range ws {
			if k > 0 && nameLike(tc, w) {
				return false
			}
		}
	}
	return true
}

// heSheOpening reports whether s opens with the word "he" or "she" in
// any case: the cheap test before the sentence's words are read.
func heSheOpening(s string) bool {
	s = strings.TrimLeft(s, " ")
	for _, p := range [...]string{"he", "she"} {
		if len(s) > len(p) && strings.EqualFold(s[:len(p)], p) && !lex.IsASCIIAlnum(s[len(p)]) {
			return true
		}
	}
	return false
}
