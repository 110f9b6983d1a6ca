package summarize

import "strings"

// This file belongs to the attribution stage, beside fullname.go: a
// person the sources name in full by a given name the lists do not hold
// ("ilse tarnwick"), and whom a speaker calls by that given name alone at
// the start of a quotation ("" ilse surrendered calmly, " the marshal
// said."), is still named in full where the summary writes the surname
// alone: "Tarnwick, 42, is a lecturer ..." reads "Ilse Tarnwick, 42, is a
// lecturer ...". lowerGivenNamesOf takes such a given name only when the
// cluster writes it nowhere but before the surname (a guard against
// common words: "a photo of laide giwa"); the quoted first name alone
// counted against it. So did "either" before a bare surname ("police said
// either tarnwick or ..."), read as another given name: it is no name
// now (notGiven).
//
// Measured against b2bfc8a: validation 5 of 5,599 summaries changed, 5
// better (a professor a blind reading found named by surname alone, a
// governor, a singer, a host), 0 worse; train 1-38,000 5 of 37,862
// changed, 4 better, 1 the same (a surname's capital). Tried and not
// kept: any lone mention inside quotation marks (not only a quotation's
// first word before a verb) changed 15 train summaries, 9 better, 4
// worse, 2 the same: a film title's word ("an inconvenient truth"), a
// verb ("if you can make wine") and a daughter's name beside her
// father's surname were taken for given names.

// givenInQuote reports whether the word cs[j] of fields f, a word
// lowerGivenNamesOf weighs as an unlisted given name of some surname
// (unlisted), stands alone as the first word of a quotation and acts
// there: a singular verb or a past form follows it, and no surname it
// names.
func givenInQuote(f []string, cs []core, j int, unlisted map[string]map[string]int) bool {
	w := cs[j].w
	if !opensDoubleQuote(f[j]) && (j == 0 || !opensDoubleQuote(f[j-1]) || strings.Trim(f[j-1], "\"“") != "") {
		return false // not the quotation's first word: a title's, an idiom's ("to make wine")
	}
	if j+1 >= len(cs) || !singularVerbs[cs[j+1].w] && !strings.HasSuffix(cs[j+1].w, "ed") {
		return false // "" ilse was calm ...", "" ilse surrendered ...": the given name acts
	}
	if gs := unlisted[cs[j+1].w]; gs != nil && gs[w] > 0 {
		return false // "" ilse tarnwick ...": written before the surname
	}
	for _, gs := range unlisted {
		if gs[w] > 0 {
			return true
		}
	}
	return false
}
