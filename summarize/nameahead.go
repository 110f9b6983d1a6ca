package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file is a move of the ordering stage, made on the written summary.
// Writing names a person in full at the first mention (nameInFull), but
// not every mention: "<Surname>'s mother told police ..." can still stand
// two lines before "<Given> <Surname>, 34, died ...", and the reader meets
// the reference before the person. When a written sentence uses a
// surname (a capitalised word after no capitalised word, or after "Mr.",
// "Ms.", "Mrs.") that no sentence above it holds, and the first later
// sentence holding it writes it after a given name (lex.IsGivenName),
// that later sentence moves up to just before the first use, with the
// sentences that read on from it in its article (moveRunUp), and the
// summary is written again.
//
// Guards: the moved sentence does not lean on the one before it
// (flagDependent, flagLeansBack, predLedeLeans, pointsBackEarly), holds
// no quotation (a speaker stays with the words) and is no caption, does
// not follow its own article's sentence before it in the summary, and
// does not open on a past date (datedOpening: an earlier episode); the
// sentence after the moved run does not lean on what stood before it
// (runFits). It goes before the run of sentences that read on from the
// first use in their article, never between the lead and a sentence that
// goes on from it, and never to the top: a lead's "Mr. <Surname>" moved
// below another source's line naming the person in full put a side story
// first (train 1 of 4 moves). A surname the summary writes after two
// given names (two people of one family) is left alone. One move per
// summary.
//
// Against 08c0714, Multi-News validation (5,598 summaries): 1 changed, 1
// better (a woman's full name and death before "<Surname>'s mother told
// police ..."), 0 worse, 0 the same; train 1-38,000 (37,856 summaries): 3
// changed, all read: 3 better (a rescued miner named before "<Surname>
// said he knew ...", a hazing victim's death before "<Surname>'s death",
// a wife named before "<Surname>'s husband"), 0 worse, 0 the same. A
// first version that moved on the chosen sentences before writing (where
// nameInFull has not yet written the first mention in full) moved 19
// validation summaries, most of them worse; one that also took a bare
// name before a noun ("the <Name> administration", "the <Name>
// Foundation") or after a lower-case given name ("will <Surname>") moved
// three more, all worse.

// namesAheadWritten moves, in a reader's written summary, the sentence
// that gives a person's full name up to just before the first sentence
// that uses the surname bare, and reports whether it moved one; see the
// file comment.
func (c *cluster) namesAheadWritten(picked []int, sum *chorus.Summary) bool {
	if !c.reader || c.seen != nil || c.q != nil || len(picked) < 2 || len(sum.Sentences) != len(picked) {
		return false
	}
	texts := make([]string, len(picked))
	for i := range picked {
		texts[i] = sum.Sentences[i].Text
	}
	for i := 0; i+1 < len(picked); i++ {
		f := lex.SpaceFieldsShared(texts[i])
		for k, raw := range f {
			x := bareSurname(f, k, raw)
			if x == "" {
				continue
			}
			known := false
			for _, t := range texts[:i+1] {
				known = known || givenNameBefore(t, x) != "" || t != texts[i] && containsWord(t, x)
			}
			if known {
				continue
			}
			j := -1
			for m := i + 1; m < len(picked) && j < 0; m++ {
				if containsWord(texts[m], x) {
					j = m
				}
			}
			if j < 0 || !c.namedAheadFits(picked, texts, j, x) {
				continue
			}
			to := i
			for to > 0 && c.follows(picked[to], picked[to-1]) {
				to--
			}
			if to == 0 || !c.runFits(picked, j, to) {
				continue // the lead, or it goes on from the lead
			}
			c.moveRunUp(picked, j, to)
			return true
		}
	}
	return false
}

// bareSurname returns the word f[k] (raw) as a surname used bare: a
// capitalised word of three letters or more that may be a surname
// (surnameShapedAs), possessive or not, after no capitalised word but an
// honorific (bareHonorifics); "" otherwise.
func bareSurname(f []string, k int, raw string) string {
	x := strings.Trim(raw, ",.;:!?\"“”()")
	poss := strings.HasSuffix(x, "'s") || strings.HasSuffix(x, "’s")
	x = strings.TrimSuffix(strings.TrimSuffix(x, "'s"), "’s")
	if r, _ := utf8.DecodeRuneInString(x); !unicode.IsUpper(r) || !surnameShapedAs(lex.Lower(x), nil) {
		return ""
	}
	titled := false
	if k > 0 {
		prev := strings.Trim(f[k-1], "\"“”(")
		lp := lex.Lower(strings.TrimSuffix(prev, "."))
		titled = bareHonorifics[lp] || lp == "dr"
		if r, _ := utf8.DecodeRuneInString(prev); unicode.IsUpper(r) && !titled || lex.IsGivenName(lp) {
			return "" // part of a longer name ("will Smith")
		}
	}
	if k+1 >= len(f) {
		return ""
	}
	next := strings.Trim(f[k+1], ",.;:!?\"“”()")
	if r, _ := utf8.DecodeRuneInString(next); !unicode.IsLower(r) {
		return "" // "<Name> Foundation": a longer name
	}
	if !poss && !titled && !lex.IsAttributionVerb(next) {
		return "" // "the <Name> administration": not the person
	}
	return x
}

// givenNameBefore returns the given name (lex.IsGivenName) written right
// before the first x in t, "" when there is none or when it closes a
// couple's names ("his parents, Anna and Lena <Name>": not the one person
// a bare "Mr. <Name>" meant).
func givenNameBefore(t, x string) string {
	f := lex.SpaceFieldsShared(t)
	for k := 1; k < len(f); k++ {
		w := strings.Trim(f[k], ",.;:!?\"“”()")
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if w != x {
			continue
		}
		g := strings.Trim(f[k-1], "\"“”(")
		if r, _ := utf8.DecodeRuneInString(g); !unicode.IsUpper(r) || !lex.IsGivenName(lex.Lower(g)) {
			return ""
		}
		if k >= 3 && (f[k-2] == "and" || f[k-2] == "&") {
			return "" // "<Given> and <Given> <Name>": a couple, not the one person
		}
		if k+1 < len(f) {
			if r, _ := utf8.DecodeRuneInString(f[k+1]); unicode.IsUpper(r) {
				return "" // "<Given> <Name> Foundation": a longer name
			}
		}
		return g
	}
	return ""
}

// namedAheadFits reports whether picked[j], the first sentence after the
// bare use that holds surname x (texts are the written sentences), gives
// x's full name and may move: a given name before its first x, no other
// given name before x anywhere in the summary; see the file comment for
// the rest.
func (c *cluster) namedAheadFits(picked []int, texts []string, j int, x string) bool {
	g := givenNameBefore(texts[j], x)
	if g == "" {
		return false
	}
	for _, t := range texts {
		f := lex.SpaceFieldsShared(t)
		for k := 1; k < len(f); k++ {
			w := strings.TrimSuffix(strings.TrimSuffix(strings.Trim(f[k], ",.;:!?\"“”()"), "'s"), "’s")
			if w != x {
				continue
			}
			p := strings.Trim(f[k-1], "\"“”(")
			if p != g && lex.IsGivenName(lex.Lower(p)) {
				return false // two people of one family
			}
		}
	}
	rep := &c.cands[c.facts[picked[j]].rep]
	return rep.flags&(flagDependent|flagLeansBack|flagQuote) == 0 && !c.follows(picked[j], picked[j-1]) &&
		!predLedeLeans(rep.text) && !pointsBackEarly(rep.text) && !captionish(rep.text) && !datedOpening(rep.text) &&
		!lex.ContainsAny(texts[j], "\"“”")
}

// nameRunMax is the most sentences namesAheadWritten moves together.
const nameRunMax = 3

// runFits reports whether the sentence picked[j] and the picks that read
// on from it (follows) may move up to position to: at most nameRunMax of
// them, and the sentence after the run does not lean on the one before it
// (flagDependent, flagLeansBack), since it would then follow another.
func (c *cluster) runFits(picked []int, j, to int) bool {
	end := j + 1
	for end < len(picked) && c.follows(picked[end], picked[end-1]) {
		end++
	}
	if end-j > nameRunMax {
		return false
	}
	if end < len(picked) && c.cands[c.facts[picked[end]].rep].flags&(flagDependent|flagLeansBack) != 0 {
		return false
	}
	return to < j
}
