package summarize

import (
	"maps"
	"slices"
	"strings"
	"unicode"

	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/truecase"
)

// A sentence whose page lost the space between two words, or lost a
// linked name between them, so that two words reach the reader run
// together: "But they told the Tarnwick gazette that ..." came out
// "Butthey told the Tarnwick gazettethat ...", and "Anna Varga and
// <a link's name> were married in May" came out "Anna Varga andwere
// married in May". The two cannot be told apart from the text (a
// content word and a function word run together, "singerthis week",
// is as often either), and a split would leave the second one broken
// ("Anna Varga and were married"), so such a sentence gives way to
// another one (markTeasers, flagNarrator) rather than be mended.
//
// A word is glued (gluedWord) when the truecase model does not know it,
// no common English word is it (gluedWords below lists those the model
// lacks: "behave", "whereupon", "withholds"), and it splits into two
// words of one of two shapes:
//   - two function words (gluedFunction), the second of three letters
//     or more and none that ends a name or a word as often ("an", "in",
//     "on", "her": "hasan", "thein", "washer"): "andwere", "tothe",
//     "butthey", "weshould";
//   - a common word of gluedMinContent letters or more that cased text
//     writes lower-case (truecase Common) and a function word of
//     gluedSecond after it ("journalthat", "accountand", "tenniswas"), or
//     one of gluedFirst before it ("therally", "fromyoung", "andworked").
//
// Measured against a05bce2 (every changed summary read): validation 10
// changed, 7 better (a broken line, "confirmed tothat songs ...",
// "Butthey tell ... journalthat ...", "Things got physical betweenand a
// photographer.", gave way to a whole one), 1 worse (a tabloid line
// with "themovies" left, and the cluster's lead went with it), 2 the
// same; train 1-38,000 33 changed, 24 better, 3 worse (the sentence
// that gave way carried the story's one fact, "<family> saysshe died
// Monday", or a worse line took its place), 6 the same. Not kept: a
// content word of four letters ("showfrom" but also "Luke thesing"),
// "and" after one of four or five ("Robert selland", "Raphael balland":
// one summary lost its whole story), "this" before one ("thisclose", a
// word of its own): train 6 more changed, 3 better, 2 worse, 1 the same.
//
// A text cut that splits the glued word was not tried: on the
// Multi-News summaries about half the glued words hide a dropped name
// ("closest toare", "divorce fromis final", "Anna Varga andwere"),
// which a space does not mend.

// Bounds of gluedWord.
const (
	// gluedMinLen is the fewest letters of a glued word.
	gluedMinLen = 5
	// gluedMinContent is the fewest letters of the content word of a
	// glued word of the second shape ("showfrom" and "thesing" are left:
	// a name runs so as often, "Luke Thesing").
	gluedMinContent = 5
	// gluedMinAnd is the fewest letters of a common word before a glued
	// "and": names end so ("Selland", "Balland", "Helmand").
	gluedMinAnd = 6
)

// gluedFunction are the function words two of which make a glued word.
var gluedFunction = wordSet("to we of is at on in the and but for nor yet that they this these those then than them " +
	"their there what when where which while who whom whose will would could should shall must might can has had have " +
	"was were are been said says from with into onto its his she you your our not between")

// gluedNotSecond are the function words of gluedFunction that end
// names and words as often as a second word glued on ("hasan",
// "thein", "whereon", "into", "thereof", "exits").
var gluedNotSecond = wordSet("to of is at on in its his")

// gluedNotFirst are the function words of gluedFunction that open names
// and words as often as a first word glued on ("isaac", "inter").
var gluedNotFirst = wordSet("is its his")

// gluedSecond are the function words that, glued after a common word,
// make a glued word of the second shape.
var gluedSecond = wordSet("that the they this and was were with which from who said have has had will would could")

// gluedFirst are the function words that, glued before a common word,
// make a glued word of the second shape.
var gluedFirst = wordSet("the and from that")

// gluedWords are the English words that the truecase model does not
// hold and gluedWord would split: the words of a common dictionary
// (SCOWL's, as on most Unix systems) of either shape.
var gluedWords = wordSet(gluedWordList)

// wordSet returns the words of s, split at white space, as a set.
func wordSet(s string) map[string]bool { return lex.Set(strings.Fields(s)...) }

// gluedWord reports whether the lower-case word w, letters only, is two
// words run together (see above).
func gluedWord(tc *truecase.Model, w string) bool {
	if len(w) < gluedMinLen || !gluedMaySplit(w) {
		return false
	}
	if known, _ := tc.Known(w); known || gluedWords[w] {
		return false // the model's word (most words asked), or a dictionary's
	}
	common := func(c string, min int) bool { return len(c) >= min && !gluedFunction[c] && tc.Common(c) }
	for i := 2; i <= len(w)-2; i++ {
		a, b := w[:i], w[i:]
		switch {
		case gluedFunction[a] && gluedFunction[b] && !gluedNotFirst[a] && !gluedNotSecond[b] && len(b) >= 3:
			return true
		case b == "and" && common(a, gluedMinAnd), b != "and" && gluedSecond[b] && common(a, gluedMinContent), gluedFirst[a] && common(b, gluedMinContent):
			return true
		}
	}
	return false
}

// gluedMaySplit reports whether w could split as gluedWord splits it:
// its last three bytes end a function word of three letters or more
// (gluedFunction; gluedSecond's are among them), or it opens with a word
// of gluedFirst. It reads no model, and it rules out most words before
// gluedWord looks them up (the truecase model's lookup was 1.3% of a
// summary's time, on every word of five letters or more).
func gluedMaySplit(w string) bool {
	n := len(w)
	if k := gluedEndKey(w[n-3:]); gluedEnds[k/64]&(1<<(k%64)) != 0 {
		return true
	}
	switch w[0] {
	case 't', 'a', 'f':
		for _, a := range gluedFirstWords {
			if strings.HasPrefix(w, a) {
				return true
			}
		}
	}
	return false
}

// gluedFirstWords are gluedFirst's words, in a slice for gluedMaySplit.
var gluedFirstWords = slices.Sorted(maps.Keys(gluedFirst))

// gluedEndKey packs three bytes into fifteen bits, five of each: equal
// texts get equal keys (unequal ones may too).
func gluedEndKey(t string) int {
	return int(t[0]&31)<<10 | int(t[1]&31)<<5 | int(t[2]&31)
}

// gluedEnds marks the keys (gluedEndKey) of the last three letters of
// the function words of gluedFunction of three letters or more.
var gluedEnds = func() (set [1 << 15 / 64]uint64) {
	for w := range gluedFunction {
		if len(w) >= 3 {
			k := gluedEndKey(w[len(w)-3:])
			set[k/64] |= 1 << (k % 64)
		}
	}
	return set
}()

// gluedSentence reports whether s holds a glued word (gluedWord) outside
// a name: a word of lower-case letters only, or of a capital and then
// lower-case letters when it opens s ("Butthey told ...").
func gluedSentence(s string) bool {
	var tc *truecase.Model
	i := -1
	for f := range lex.FieldsSeq(s) {
		if i++; len(f) < gluedMinLen {
			continue // too short even before its marks are trimmed
		}
		w := strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) })
		if len(w) < gluedMinLen || !gluedShape(w, i == 0) {
			continue
		}
		if tc == nil {
			tc = truecase.Default()
		}
		if gluedWord(tc, lex.Lower(w)) {
			return true
		}
	}
	return false
}

// gluedShape reports whether w is ASCII letters only, all lower-case
// but the first when first is set.
func gluedShape(w string, first bool) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'a' && c <= 'z' || i == 0 && first && c >= 'A' && c <= 'Z' {
			continue
		}
		return false
	}
	return true
}
