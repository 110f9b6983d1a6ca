package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/defect"
	"github.com/chorusnews/chorus/internal/lex"
)

// A headline that names a person by surname run into a story that opens
// on "former <role> <given> <surname>": "Varga quits ferry race in
// tarnwick former harbour board chair anna varga said on monday ..."
// reads "Former harbour board chair anna varga said on monday ...".
// cutRestartedName refuses a role before the given name, and
// cutDescribedRunIn wants the full name in the headline and at most
// three words of description. The cut is made on a reader's summary
// after selection (cutFormerRoleRunIns): only the sentence changes.

// Bounds of cutFormerRoleRunIn.
const (
	formerRoleHeadMin = 3  // the fewest headline words before "former"
	formerRoleHeadMax = 30 // the most words before the given name
	formerRoleDescMax = 4  // the most words from "former" to the role, both kept
)

// cutFormerRoleRunIn returns s, a sentence of a reader's summary of
// lower-cased text, from "former" on and true when "former" opens a
// description of at most formerRoleDescMax words ending in a role noun
// (describedRole) before a listed given name and a surname, a finite
// verb follows (repeatVerb, or after an appositive: appositiveVerb), and
// the formerRoleHeadMin words or more before "former" name that surname
// (the headline): the description holds no stopword and no punctuation;
// the word before "former" is no stopword, no verb of saying and ends in
// no punctuation, and no comma stands in the three words before it; no
// word of the headline but an abbreviation ends a sentence. The story
// holds fusedLedeMinWords words or more and is no furniture, no caption
// and does not point back. It returns s and false otherwise.
func cutFormerRoleRunIn(s string) (string, bool) {
	starts, words := fieldStarts(s, formerRoleHeadMax+fusedLedeMinWords+4)
	raw := func(i int) string { return fieldText(s, starts, i) }
	for g := formerRoleHeadMin + 2; g+2 < len(words) && g <= formerRoleHeadMax; g++ {
		if r := lex.Lower(raw(g - 1)); g-1 > 0 && lex.ContainsAny(r, ".!?") && !abbrevLike(r) {
			return s, false
		}
		if !lex.IsGivenName(words[g]) || !describedRole(words[g-1]) || words[g+1] == "" {
			continue
		}
		if !(phraseClean(raw, g, g+2) && repeatVerb(words, raw, g+2) || appositiveVerb(words, raw, g+2)) {
			continue
		}
		p := -1
		for k := g - 2; k >= max(formerRoleHeadMin, g-formerRoleDescMax); k-- {
			if words[k] == "former" {
				p = k
				break
			}
		}
		if p < 0 || !phraseClean(raw, p-1, g+1) || !formerRoleHeadline(words, raw, p, words[g+1]) {
			continue
		}
		clean := true
		for k := p + 1; k < g; k++ {
			clean = clean && words[k] != "" && !lex.IsStopword(words[k])
		}
		if !clean {
			continue
		}
		lede := lex.UpperFirst(strings.TrimSpace(s[starts[p]:]))
		if countWords(lede) < fusedLedeMinWords || defect.Furniture(lede) != defect.OK || seenCaption(words[p:]) || defect.Dangles(lede) {
			return s, false
		}
		return lede, true
	}
	return s, false
}

// formerRoleHeadline reports whether the words before p read as a
// headline that names surname: the word before p is no stopword and no
// verb of saying, no comma stands in the three words before p, and one
// of the words before p is surname (maybe with "'s").
func formerRoleHeadline(words []string, raw func(int) string, p int, surname string) bool {
	prev := words[p-1]
	if prev == "" || lex.IsStopword(prev) || lex.IsAttributionVerb(prev) || lex.IsQuoteVerb(prev) {
		return false
	}
	for k := max(0, p-3); k < p; k++ {
		if strings.Contains(raw(k), ",") {
			return false
		}
	}
	for k := 0; k < p; k++ {
		if trimPossessive(words[k]) == surname {
			return true
		}
	}
	return false
}

// cutFormerRoleRunIns cuts, in each sentence of a reader's summary of
// lower-cased text, a headline naming a surname run into a story that
// opens on "former <role> <given> <surname>" (cutFormerRoleRunIn).
func cutFormerRoleRunIns(sum *chorus.Summary, lower bool) {
	if !lower {
		return
	}
	cutEach(sum, cutFormerRoleRunIn)
}
