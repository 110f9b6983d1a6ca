package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/defect"
	"github.com/chorusnews/chorus/internal/lex"
)

// A headline that opens on a name run into a story whose subject is the
// same name after a description: "Ilse varga quits tarnwick ferry board
// harbour town mayor ilse varga has resigned ..." reads "Harbour town
// mayor ilse varga has resigned ...". cutRepeatedSubject refuses a cut
// with words between the headline and the repeated name, and
// cutTitledRunIn wants a title word to open the story, so the headline
// stays. The cut is made on a reader's summary after selection
// (cutDescribedRunIns): only the sentence changes.

// Bounds of cutDescribedRunIn.
const (
	describedNameAt    = 2  // the headline's name starts within its first this many words and one
	describedHeadMax   = 26 // the most words before the story's name
	describedDescMax   = 3  // the most words of the description before the name
	describedHeadAfter = 2  // the fewest headline words after its name
)

// cutDescribedRunIn returns s, a sentence of a reader's summary of
// lower-cased text, from its story and true when a headline whose name
// (two words or more, no stopword among its first two, one of 3 letters
// or more, starting within its first describedNameAt+1 words) runs into
// a story that opens on one to describedDescMax words of description
// ending in a role noun (describedRole: "mayor", "star") and then the
// headline's name again: the description holds no stopword and no
// punctuation but an abbreviation's dot; the word before it is no
// stopword and ends in no punctuation, and the three words before it
// hold no comma (the story would open on a clause's middle); the
// headline holds describedHeadAfter words or more after its name; a
// finite verb follows the name (finiteVerbNear, or after an appositive:
// appositiveVerb). The longest such description is kept. The story
// holds fusedLedeMinWords words or more and is no furniture and no
// caption. It returns s and false otherwise.
func cutDescribedRunIn(s string) (string, bool) {
	starts, words := fieldStarts(s, describedHeadMax+describedDescMax+fusedLedeMinWords+4)
	raw := func(i int) string { return fieldText(s, starts, i) }
	for i := 0; i <= describedNameAt && i+1 < len(words); i++ {
		if lex.IsStopword(words[i]) || lex.IsStopword(words[i+1]) || words[i] == "" || words[i+1] == "" ||
			!phraseClean(raw, i, i+1) {
			continue
		}
		for q := i + 2 + describedHeadAfter + 1; q+1 < len(words) && q <= describedHeadMax; q++ {
			if words[q] != words[i] || words[q+1] != words[i+1] {
				continue
			}
			m := 2
			for q+m < len(words) && i+m < q && words[q+m] == words[i+m] && words[q+m] != "" {
				m++
			}
			if !describedNameContent(words[q:q+m]) || !phraseClean(raw, q, q+m-1) || len(words)-q < fusedLedeMinWords ||
				!(phraseClean(raw, q+m-1, q+m) && repeatVerb(words, raw, q+m) || appositiveVerb(words, raw, q+m)) {
				continue
			}
			p := describedStart(words, raw, i+m+describedHeadAfter, q)
			if p < 0 {
				continue
			}
			lede := lex.UpperFirst(strings.TrimSpace(s[starts[p]:]))
			if defect.Furniture(lede) != defect.OK || seenCaption(words[p:]) || defect.Dangles(lede) {
				return s, false
			}
			return lede, true
		}
	}
	return s, false
}

// describedStart returns where the story opens before its name at q: the
// longest description of one to describedDescMax words ending in a
// role noun, starting at lo or later, as cutDescribedRunIn tells; -1
// when there is none.
func describedStart(words []string, raw func(int) string, lo, q int) int {
	if !describedRole(words[q-1]) {
		return -1
	}
	for d := describedDescMax; d >= 1; d-- {
		p := q - d
		if p < lo || p < 1 {
			continue
		}
		ok := phraseClean(raw, p, q)
		for k := p; k < q && ok; k++ {
			ok = words[k] != "" && !lex.IsStopword(words[k])
		}
		if !ok || lex.IsStopword(words[p-1]) || lex.ContainsAny(raw(p-1), `,;:.!?"“”()—–-`) && !abbrevLike(raw(p-1)) {
			continue
		}
		for k := max(0, p-3); k < p; k++ {
			if strings.Contains(raw(k), ",") {
				ok = false
			}
		}
		if ok {
			return p
		}
	}
	return -1
}

// describedNameContent reports whether one of name's words has 3 letters
// or more and is no stopword.
func describedNameContent(name []string) bool {
	for _, w := range name {
		if len(w) >= 3 && !lex.IsStopword(w) {
			return true
		}
	}
	return false
}

// describedRole reports whether w is a noun that ends a person's
// description before the name.
func describedRole(w string) bool {
	return roleWords[w] || titlesBefore[w] || describedRoles[w]
}

// describedRoles are role nouns beyond roleWords and titlesBefore.
var describedRoles = lex.Set("star", "legend", "fighter", "rapper", "model", "comedian", "comic", "host",
	"musician", "icon", "billionaire", "ceo", "heiress", "socialite", "athlete", "quarterback", "boxer",
	"golfer", "chef", "designer", "mogul", "businessman", "businesswoman", "activist", "politician",
	"celebrity", "blogger", "instagrammer", "youtuber", "presenter", "broadcaster", "anchor", "journalist",
	"columnist", "cartoonist", "producer", "filmmaker", "entrepreneur", "tycoon", "magnate", "reporter",
	"congressman", "congresswoman", "superstar", "veteran", "frontman", "drummer", "guitarist", "star's")

// cutDescribedRunIns cuts, in each sentence of a reader's summary of
// lower-cased text, a headline run into a story that names the
// headline's subject after a description (cutDescribedRunIn).
func cutDescribedRunIns(sum *chorus.Summary, lower bool) {
	if !lower {
		return
	}
	cutEach(sum, cutDescribedRunIn)
}
