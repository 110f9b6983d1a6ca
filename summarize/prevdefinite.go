package summarize

import (
	"slices"
	"strings"

	"github.com/chorusnews/chorus/defect"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file extends the "the X" rule of the flags (flagDefinite,
// eligibleRef) to openings package defect does not judge dangling
// because a phrase follows the noun ("The idea originated with a
// senator ...", "The lantern dates to ..."), when the sentence just
// before it in its article introduces X ("... floated an idea on
// Monday.", "... bought a lantern at auction."). Read after another
// source's sentence, such a sentence leaves the reader asking which idea,
// which lantern. A reader's summary takes it only once a chosen sentence
// names X or right after the sentence that introduced it, which selection
// may bring in with it (pairGain, antecedent). The flag itself is not
// set: it also ranks a fact's wordings (formRank) and holds a sentence
// from leading, which moved leads and representatives far from this rule
// (38 validation summaries changed, as many worse as better).
//
// Multi-News default summaries: 9 of 5,610 validation and 39 of 37,913
// train 1-38,000 change; all read: 20 better (an unintroduced "the
// tweet", "the team", "the office", "the foundation", "the man" gives
// way, or comes after the sentence that tells it), 6 worse (a sentence
// naming X chosen after the one it resolves, so the rule held that one
// back; a lead moved), 22 the same. The benchmarks' Fill is unchanged.

// prevDefiniteHeads returns the heads (definiteHeads: not a name, not a
// noun every reader knows, not one a modifier pins down: pinnedAfter) of
// fact f's sentence when it opens with "the X", outside quotation marks,
// that defect.Dangles lets stand, X is not the story's own study or
// survey (topicHeads), and its article's previous sentence
// (prevSentence) introduces X (introducesPlain) in words the body rewrite
// would not write in (rewritable); nil otherwise. The answer is read once
// per candidate.
func (nm *names) prevDefiniteHeads(f int) []string {
	c := nm.c
	ci := c.facts[f].rep
	if ci >= len(nm.prevHeads) {
		nm.prevHeads = append(nm.prevHeads, make([]prevHeads, len(c.cands)-len(nm.prevHeads))...)
	}
	if p := &nm.prevHeads[ci]; p.done {
		return p.heads
	}
	var heads []string
	if cd := &c.cands[ci]; cd.prevInDoc >= 0 && cd.flags&(flagDependent|flagDefinite) == 0 && !opensQuoted(cd.text) {
		if h := definiteHeads(cd.text); len(h) > 0 && !topicHeads[h[len(h)-1]] && !pinnedAfter(cd.text) && !defect.Dangles(cd.text) {
			if prev := c.prevSentence(cd); prev != "" && introducesPlain(prev, h) && !rewritable(cd.text, prev) {
				heads = h
			}
		}
	}
	nm.prevHeads[ci] = prevHeads{heads, true}
	return heads
}

// prevDefiniteStands reports whether fact f may stand in a reader's
// summary given the facts chosen so far, as far as its opening "the X"
// goes (prevDefiniteHeads): it opens no such way, a chosen sentence names
// X, or the sentence before it in its source, which introduces X, is
// chosen in its own words (readsAfter).
func (c *cluster) prevDefiniteStands(f int, chosen []bool, nm *names) bool {
	if !c.reader || nm.pad || c.seen != nil {
		return true
	}
	heads := nm.prevDefiniteHeads(f)
	if len(heads) == 0 {
		return true
	}
	for _, w := range heads {
		if nm.words[w] || nm.words[w+"ed"] || nm.words[w+"d"] || nm.words[w+"ing"] {
			return true // "The offer ..." after "... offered to buy ..."
		}
	}
	rep := &c.cands[c.facts[f].rep]
	return c.readsAfter(rep) && chosen[c.cands[rep.prevInDoc].fact]
}

// pinnedAfter reports whether the noun phrase of an opening "the X" in s
// (read as definiteHeads reads it) is followed by a phrase that says
// which one is meant (defect.IsPostModifier: "The report by the panel
// ...", "The commission on debates ...", "The statement from the family
// ...") or by a comma and a participle ("The men, arrested in ..."):
// such a phrase stands alone.
func pinnedAfter(s string) bool {
	w := lex.LetterWords(s, definiteRunMax+3)
	end := 1
	for end < len(w) && end <= definiteRunMax+1 && !lex.IsStopword(w[end]) && !participleLike(w[end]) && !madeWords[w[end]] && !lex.IsAttributionVerb(w[end]) && !endsNounRun(w[end], end) {
		end++
	}
	if end < len(w) && defect.IsPostModifier(w[end]) {
		return true
	}
	f := lex.SpaceFieldsShared(s)
	if end < len(f) && strings.HasSuffix(f[end-1], ",") {
		next := lex.Lower(strings.Trim(f[end], ".,;:!?\"“”'‘’()"))
		return participleLike(next) || madeWords[next] // "The men, arrested in ...": an apposition says which
	}
	return false
}

// topicHeads are nouns (defect.NameKey folds) whose "the" a news
// summary's reader takes as the story's own: "The study found ..." after
// a lead on an experiment, "The results ..." after a survey's.
var topicHeads = lex.Set("study", "studie", "research", "survey", "experiment", "finding", "result")

// introMods is how many words of modifiers introducesPlain reads back
// from a noun for the word that opens its phrase: "a stone tool", "a
// rare oil painting".
const introMods = 3

// introducesPlain reports whether text prev introduces one of heads
// (defect.NameKey folds) in a phrase of its own: the word, with no
// definite word ("the", a demonstrative or a possessive) opening the run
// of modifiers before it ("a stone tool", "bought paintings", not "the
// new york times", "these new studies": those point back themselves or
// are names).
func introducesPlain(prev string, heads []string) bool {
	w := lex.LetterWords(prev, 80)
	for j, x := range w {
		if !slices.Contains(heads, defect.NameKey(x)) {
			continue
		}
		if j+1 < len(w) && !lex.IsStopword(w[j+1]) && !verbForm(w[j+1]) && !strings.HasSuffix(w[j+1], "ed") && !strings.HasSuffix(w[j+1], "ing") {
			continue // "a police officer", "cardinal ada roe": the noun goes on, or titles a name
		}
		plain := true
		for k := j - 1; k >= 0 && j-k <= introMods; k-- {
			if definiteWords[w[k]] {
				plain = false
				break
			}
			if lex.IsStopword(w[k]) {
				break // "a", "with", "and": the phrase opens here
			}
		}
		if plain {
			return true
		}
	}
	return false
}

// definiteWords open a noun phrase that points back or names: after
// one, a noun is no introduction (introducesPlain).
var definiteWords = lex.Set("the", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your")

// rewritable reports whether the rewrite of a body sentence's "the X"
// (leadDefRewrite, leaddefinite.go) would write X as prev introduces it:
// the summary then introduces X itself, and the sentence may stand.
func rewritable(s, prev string) bool {
	_, ok := leadDefRewrite(s, prev, " ")
	return ok
}

// opensQuoted reports whether s opens with a quotation mark: its "the X"
// is a speaker's words, which the speaker's context explains.
func opensQuoted(s string) bool {
	t := strings.TrimLeft(s, " (")
	return strings.HasPrefix(t, "\"") || strings.HasPrefix(t, "“") || strings.HasPrefix(t, "'") || strings.HasPrefix(t, "‘") || strings.HasPrefix(t, "`")
}
