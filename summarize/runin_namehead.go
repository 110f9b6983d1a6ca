package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/defect"
	"github.com/chorusnews/chorus/internal/lex"
)

// A headline that opens on a person's name run into a story that opens on
// the same name: "Ilse Varga quits the ferry board over audit Ilse Varga
// has stepped down ...", "Tomas makes his peace with the harbour Tomas
// Rell has ended ...", "Anna and Jon Brask Anna Brask was one of ...".
// The page set the headline (or a picture's names) above the story; with
// the markup gone the splitter reads one sentence. cutNameHeadline cuts
// the sentence to the story where the opening name stands again before
// a finite verb. It reads the summary after truecasing, where names are
// capitalised, and runs for cased and lower-cased clusters alike
// (cutRepeatedSubject and cutRestartedName read lower-cased text only and
// want the headline's words restated or a surname first).
//
// Measured against 2093563 on Multi-News default summaries: validation 2
// of 5,598 change (2 better), train 1-38,000 9 of 37,857 (9 better; one,
// "<caption> the hosts of <show> and contributor <name> on monday
// slammed ...", loses the hosts with the caption). A first version
// without the guards on commas, longer names and "of" (nameHeadDescribed)
// changed 8 more train summaries, all worse ("Attorney General <one
// name> and Deputy Attorney General <other> ..." read "Attorney General
// <other> ...", "... the New York City Medical ..." read "City Medical
// ...", "<name>, founder <name>, has ..." read "<name>, has ..."); the
// guard on a capitalised word before a one-word repeat also keeps a
// caption's "<given> and <given> <surname> <given> <surname> was ..."
// (validation 1).

// Bounds of cutNameHeadline.
const (
	nameHeadMinWords = 3  // the fewest headline words after the opening name
	nameHeadMaxWords = 24 // the most words before the name stands again
)

// nameHeadAux are verbs a headline leaves out ("Varga is out" is rare;
// "Varga was worried Varga would ..." is a sentence) and verbs of saying
// (the name again is what was said): words before the repeat holding one
// are a sentence's, not a headline's.
var nameHeadAux = lex.Set("is", "are", "was", "were", "has", "have", "had", "said", "says", "told", "tells", "would", "will")

// cutNameHeadline returns s from the story and true when s opens on a
// capitalised name (one word, or two capitalised words) that stands again,
// nameHeadMinWords to nameHeadMaxWords words on, with the same words
// (the opening's second word, when capitalised, the same, maybe without
// "'s"), capitalised and followed by a finite verb within subjVerbWords
// words (finiteVerbNear; a one-word opening needs a capitalised surname
// after the repeat and a lower-case word before it, a two-word one no
// capitalised word after it) with no comma after the name at either place;
// the word before the repeat is no stopword, no
// possessive and ends in no punctuation but a quotation mark, and no
// "the", "a", "an" or "of" stands among the three words before it
// (nameHeadDescribed); no word
// before it ends a sentence, holds a finite "be", "have" or a verb of
// saying (nameHeadAux) or is an "-ed" form of five letters or more in
// lower case (a headline is written in the present); the story holds fusedLedeMinWords
// words and is no furniture. It returns s and false otherwise.
func cutNameHeadline(s string) (string, bool) {
	if len(s) < 40 || s[0] < 'A' || s[0] > 'Z' {
		return s, false
	}
	starts, words := fieldStarts(s, nameHeadMaxWords+fusedLedeMinWords)
	if len(words) < nameHeadMinWords+1+fusedLedeMinWords || len(words[0]) < 3 || lex.IsStopword(words[0]) {
		return s, false
	}
	raw := func(i int) string { return fieldText(s, starts, i) }
	if strings.ContainsAny(raw(0), ",;:") {
		return s, false // "Varga, ..."
	}
	two := startsUpper(raw(1)) // "Ilse Varga ...": the second word must match too
	if two && strings.ContainsAny(raw(1), ",;:") {
		return s, false // "Ilse Varga, founder ...": an appositive follows the name
	}
	for p := 1; p < len(words)-fusedLedeMinWords && p <= nameHeadMaxWords; p++ {
		prev, w := raw(p-1), words[p-1]
		if strings.ContainsAny(prev, ".!?") && !abbrevLike(prev) {
			return s, false
		}
		if nameHeadAux[w] || len(w) >= 5 && strings.HasSuffix(w, "ed") && !startsUpper(prev) {
			return s, false
		}
		if p <= nameHeadMinWords || words[p] != words[0] || !startsUpper(raw(p)) || !startsUpper(raw(p+1)) {
			continue
		}
		if lex.IsStopword(w) || strings.ContainsAny(strings.TrimRight(prev, `"'’”`), `,;:()—–-`) ||
			strings.HasSuffix(prev, "'s") || strings.HasSuffix(prev, "’s") || nameHeadDescribed(words, p) {
			continue
		}
		verbAt := p + 1
		if two {
			if trimPossessive(words[1]) != words[p+1] || strings.ContainsAny(raw(p), ",;:") || strings.ContainsAny(raw(p+1), ",;:") ||
				p+2 < len(words) && startsUpper(raw(p+2)) {
				continue // "... Deputy Attorney General Ilse Varga ...": another name goes on
			}
			verbAt = p + 2
		} else if strings.ContainsAny(raw(p), ",;:") || startsUpper(prev) {
			continue // "... the New York City Medical ...": the word is part of a longer name
		}
		if !finiteVerbNear(words, raw, verbAt, false) {
			continue
		}
		lede := strings.TrimSpace(s[starts[p]:])
		if countWords(lede) < fusedLedeMinWords || defect.Furniture(lede) != defect.OK {
			return s, false
		}
		return lede, true
	}
	return s, false
}

// nameHeadDescribed reports whether "the", "a", "an" or "of" stands among
// the three words before p: a phrase runs on into the name ("under the
// leadership of chairman Ilse Varga ..."), whose story opens before it.
func nameHeadDescribed(words []string, p int) bool {
	for _, w := range words[max(0, p-3):p] {
		if w == "the" || w == "a" || w == "an" || w == "of" {
			return true
		}
	}
	return false
}

// cutNameHeadlines cuts, in each sentence of a reader's summary, a
// headline that opens on the name its story opens on (cutNameHeadline).
func cutNameHeadlines(sum *chorus.Summary) {
	cutEach(sum, cutNameHeadline)
}
