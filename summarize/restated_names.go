package summarize

// What a restated sentence keeps and what its stand-in must show
// (replaceRestatedFacts, redund25b). A restated sentence stays when it
// names someone or something the other chosen sentences do not, in
// lower-cased text too (namesSeen reads the words the truecase model
// raises: a father's given name), or sets one account against
// another with a word of its own (contrastWords: "most" of the shots
// against "at least three"). A stand-in reads as a lead or body sentence
// must: no opening pronoun or "the X", no name the rest does not give
// (bareNameIn, a name opening it too), no predicate cut short ("...
// has refused.").

import (
	"strings"
	"unicode"

	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/truecase"
)

// namesSeen returns the lower-case forms of the words of s a reader
// sees as names: capitalised where no sentence opens, in s as written or,
// in a lower-cased cluster, as the truecase model and the sources'
// evidence raise them. Runs of such words side by side are joined by a
// space.
func (c *cluster) namesSeen(s string) []string {
	if c.lowerCased() {
		names := *c.sourceCaseNames()
		s = truecase.Default().Apply(s, &names)
	}
	var out []string
	run := ""
	flush := func() {
		if run != "" {
			out = append(out, run)
			run = ""
		}
	}
	opens := true
	for _, f := range lex.SpaceFieldsShared(s) {
		w := strings.Trim(f, "\"'“”‘’()[],;:")
		r := []rune(w)
		if len(r) > 0 && unicode.IsUpper(r[0]) && !opens && w != "I" {
			if run != "" {
				run += " "
			}
			run += lex.Lower(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"))
		} else {
			flush()
		}
		opens = f == "." || f == "?" || f == "!" || f == ":" || f == "--" || strings.HasSuffix(f, ".") && len(w) > 2 ||
			strings.HasSuffix(f, "?") || strings.HasSuffix(f, "!")
	}
	flush()
	return out
}

// newNameIn reports whether s holds a name (namesSeen) whose words t
// does not all hold.
func (c *cluster) newNameIn(s, t string) bool {
	ns := c.namesSeen(s)
	if len(ns) == 0 {
		return false
	}
	tw := letterWordSet(t)
	for _, n := range ns {
		for _, w := range lex.LetterWords(n, maxNameWords) {
			if !tw[w] {
				return true
			}
		}
	}
	return false
}

// bareNameIn reports whether s holds a one-word name (namesSeen) that t
// does not hold: a surname or given name the summary does not introduce.
func (c *cluster) bareNameIn(s, t string) bool {
	tw := letterWordSet(t)
	for _, n := range c.namesSeen(s) {
		if !strings.Contains(n, " ") && !tw[n] {
			return true
		}
	}
	w := lex.LetterWords(s, maxNameWords)
	return len(w) >= 2 && !tw[w[0]] && openingName(w[0], w[1])
}

// nameVerbs follow a name that opens a sentence ("Rowe is ...", "Rowe
// told ...").
var nameVerbs = lex.Set("is", "was", "has", "had", "said", "says", "will", "would", "did", "does", "told",
	"also", "who", "added", "wrote", "denies", "denied")

// openingName reports whether w, opening a sentence before next, reads
// as a name: no stopword, a word cased text does not mostly write
// lower-case (truecase.Model.Common), before a verb (nameVerbs).
func openingName(w, next string) bool {
	return nameVerbs[next] && !lex.IsStopword(w) && !truecase.Default().Common(w)
}

// contrastWords mark a sentence that sets one account against another.
var contrastWords = lex.Set("but", "however", "disputed", "disputes", "dispute", "contradicted", "contradicts",
	"contradict", "differ", "differs", "differed", "private", "although", "though", "contrary", "conflicting",
	"most", "majority", "none", "few", "only", "never", "instead", "rather")

// ownContrast reports whether s holds a contrast word (contrastWords)
// that t does not.
func ownContrast(s, t string) bool {
	tw := letterWordSet(t)
	for _, w := range lex.LetterWords(s, maxNameWords) {
		if contrastWords[w] && !tw[w] {
			return true
		}
	}
	return false
}

// unfinishedVerbs need an object or clause a sentence ending on them
// after an auxiliary lacks ("... has refused.").
var unfinishedVerbs = lex.Set("refused", "declined", "denied", "confirmed", "admitted", "agreed", "acknowledged",
	"noted", "explained", "told", "asked", "claimed", "revealed", "promised", "vowed", "threatened", "wanted",
	"tried", "planned", "decided", "refuses", "declines", "refuse", "decline", "failed", "hoped", "expected")

var auxWords = lex.Set("has", "have", "had", "is", "was", "were", "are", "will", "would", "could", "also", "since", "not", "so", "reportedly", "already", "all", "both")

// endsUnfinished reports whether s ends on an auxiliary and a verb that
// needs more (unfinishedVerbs): "... the company has refused.".
func endsUnfinished(s string) bool {
	w := lex.LetterWords(s, maxNameWords)
	if len(w) < 2 {
		return false
	}
	return unfinishedVerbs[w[len(w)-1]] && auxWords[w[len(w)-2]]
}

// standInReads reports whether stand-in g reads as a lead or body
// sentence would among others: no pronoun, "the X" or bare name the rest
// does not introduce, no unfinished predicate, no cut-off end.
func (c *cluster) standInReads(g int, others []int) bool {
	x := &c.cands[c.facts[g].rep]
	if x.bare != "" || x.flags&(flagDependent|flagUnfinished|flagDefinite|flagLeansBack|flagFragment|flagBoilerplate|flagQuestion) != 0 || presupposes(x.text) {
		return false
	}
	if endsUnfinished(x.text) {
		return false
	}
	var texts []string
	for _, p := range others {
		texts = append(texts, c.cands[c.facts[p].rep].text)
	}
	return !c.bareNameIn(x.text, strings.Join(texts, " "))
}

// letterWordSet returns the set of the lower-case letter words of t
// (lex.LetterWords): what a sentence is asked to hold or lack.
func letterWordSet(t string) map[string]bool {
	tw := make(map[string]bool)
	for _, w := range lex.LetterWords(t, maxNameWords) {
		tw[w] = true
	}
	return tw
}
