package summarize

import (
	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/truecase"
)

// This file belongs to the attribution stage, beside fullname.go. A film
// review's "cast & credits" run, fused into the text and lower-cased,
// writes each character's name before the actor's with no punctuation
// between ("credits ruth ilsa brandt tomas jon velde ..."): a listed
// given name (the character's, "ruth") stands before the actor's given
// name, which the given-name list lacks ("ilsa"), so lowerGivenNamesOf
// read "ilsa" as the surname of "Ruth Ilsa", and a summary's "as good as
// ilsa brandt is" was written "as good as Ruth Ilsa brandt is": a wrong
// given name in front of a name the summary already gives in full. Such
// a place gives no full name (castRunAt) when the word read as the
// surname is followed, with no punctuation, by a surname-shaped word and
// that by another name word (the run goes on: a list, not "ava ilsa
// brandt said"), and the cluster writes the surname-shaped pair elsewhere
// after any other word ("as good as ilsa brandt"): a two-word name known
// in its own right, which the listed word only precedes.
//
// Measured against 578636d: validation 1 of 5,598 summaries changed,
// read with its source: better (the film review's wrong given name gone,
// the actor's two-word name left as the sources write it); train 1-6,000
// 0 of 5,975 changed; train 6,001-38,000, the 84 clusters holding a
// "cast & credits" or "starring" run and the 7 where castRunAt fires on
// the articles' words: 0 changed. Tried and not kept: without the
// MostlyLower test, a headline's "president <given> <surname> granted
// ..." ("<surname> granted" elsewhere) took a president's given name
// away from a first mention (validation 1 worse). Known misses: a run
// whose two-word name the cluster writes nowhere else ("ruth ilsa brandt
// tomas ..." beside a bare "ilsa" keeps "Ruth Ilsa"), and a run that ends
// at the name ("credits ruth ilsa brandt."), read as a two-word surname as
// before ("ava ilsa brandt said").

// castRunAt reports whether the listed given name cs[j-1].w before
// cs[j].w, read as that word's given name, is instead a word of a
// name run (a cast or credits list) before the two-word name cs[j].w
// cs[j+1].w: cs[j].w and cs[j+1].w carry no punctuation, cs[j+1].w is
// surname-shaped (shaped), cs[j+2].w is a listed given name or
// surname-shaped too, none of the three written mostly lower-case in
// cased text (truecase's MostlyLower: "granted", "pardons"), and some sentence
// of cores writes cs[j].w cs[j+1].w after a word other than cs[j-1].w,
// or first.
func castRunAt(cs []core, j int, cores [][]core, shaped func(string) bool) bool {
	if j == 0 || j+2 >= len(cs) || cs[j].punct || cs[j+1].punct {
		return false // the cheapest tests first: most surnames end the run
	}
	sur, w2, w3 := cs[j].w, cs[j+1].w, cs[j+2].w
	if !shaped(w2) || !(lex.IsGivenName(w3) || shaped(w3)) {
		return false
	}
	tc := truecase.Default()
	if tc.MostlyLower(sur) || tc.MostlyLower(w2) || !lex.IsGivenName(w3) && tc.MostlyLower(w3) {
		return false // "president ruth ilsa granted pardons": a verb, not a name run
	}
	g := cs[j-1].w
	for _, o := range cores {
		for k := 0; k+1 < len(o); k++ {
			if o[k].w == sur && !o[k].punct && o[k+1].w == w2 && (k == 0 || o[k-1].w != g) {
				return true
			}
		}
	}
	return false
}
