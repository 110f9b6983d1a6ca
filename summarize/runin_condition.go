package summarize

import (
	"strings"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// A page's section heading run into the paragraph under it in
// lower-cased text, where that paragraph opens on a condition put to the
// reader: "Harbour passes if you've ever waited for the ferry, you may
// have seen ...", "Ferry tips when you board at dawn, we suggest ...". No
// sentence goes on from a bare noun phrase to "if you", "when we"; the
// heading is furniture and the paragraph is the sentence. Cut after
// selection (cutIfHeadings), so no other sentence moves.

// Bounds of cutIfHeading.
const (
	// conditionHeadMax is the most words of the heading.
	conditionHeadMax = 5
	// conditionRestMin is the fewest words from "if" or "when" on.
	conditionRestMin = 10
)

// conditionWords open the paragraph after the heading.
var conditionWords = lex.Set("if", "when")

// conditionSubjects are the subjects, the reader or the writer, of the
// condition, and of the main clause after it.
var conditionSubjects = lex.Set("you", "you've", "you're", "you'd", "you'll", "we", "we've", "we're", "we'd", "we'll")

// conditionMainSubjects may open the main clause after the condition's
// comma (or after "then").
var conditionMainSubjects = lex.Set("you", "you've", "you're", "you'd", "you'll", "we", "we've", "we're", "we'd",
	"we'll", "i", "i'm", "i'd", "i'll", "it", "it's", "it'll", "there", "there's", "they", "they're", "this", "that",
	"that's", "he", "she")

// conditionHeadNot are words that make the words before "if" or "when" a
// clause's own: a pronoun or a possessive ("Raise your hand if you ..."),
// or a word that takes the condition ("even", "just", "only", "as",
// "except", "times", "days").
var conditionHeadNot = lex.Set("i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she",
	"her", "it", "its", "they", "them", "their", "this", "that", "these", "those", "there", "here", "even",
	"just", "only", "as", "except", "especially", "unless", "times", "time", "days", "day", "moments", "now",
	"then", "and", "or", "but", "so", "not", "no")

// cutIfHeading returns s from its "if" or "when" on, first letter
// in upper case, and true, when one to conditionHeadMax words before it
// are a heading: no finite verb (verbless; a word in "-ed" right after
// "a", "an" or "the" describes the noun), no stopword but "a", "an" or
// "the" opening them, none of conditionHeadNot, no quotation mark and no
// punctuation ending them; and when what follows is a condition put to
// the reader that a main clause completes: "if" or "when", a subject of
// conditionSubjects, then a comma before a subject of
// conditionMainSubjects or a "then" before one, conditionRestMin words
// or more in all. s and false otherwise.
func cutIfHeading(s string) (string, bool) {
	if !strings.Contains(s, " if ") && !strings.Contains(s, " when ") {
		return s, false
	}
	if !quotesPaired(s) || lex.ContainsAny(s, "‘’") {
		return s, false
	}
	f := lex.SpaceFieldsShared(s)
	for k := 1; k <= conditionHeadMax && k+1 < len(f); k++ {
		if !conditionWords[f[k]] {
			continue
		}
		if !conditionSubjects[f[k+1]] || len(f)-k < conditionRestMin || !conditionHead(f[:k]) || !conditionMain(f[k+2:]) {
			return s, false
		}
		return capitalizeFirst(strings.Join(f[k:], " ")), true
	}
	return s, false
}

// conditionHead reports whether head, the words before "if" or "when",
// read as a heading (cutIfHeading).
func conditionHead(head []string) bool {
	first := lex.Lower(head[0])
	if lex.IsStopword(first) && !ledeOpener[first] {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(head[len(head)-1]); strings.ContainsRune(".,;:!?-–—", r) {
		return false
	}
	kept := make([]string, 0, len(head))
	for i, w := range head {
		if lex.ContainsAny(w, `"“”'`) || conditionHeadNot[lex.Lower(w)] {
			return false
		}
		if i == 0 || !ledeOpener[lex.Lower(head[i-1])] {
			kept = append(kept, w) // "a secured connection": a participle after an article describes
		}
	}
	return verbless(strings.Join(kept, " "))
}

// conditionMain reports whether rest, the words after the condition's
// subject, hold a main clause after it: a word ending in a comma, then a
// subject of conditionMainSubjects, or "then" and such a subject.
func conditionMain(rest []string) bool {
	for i := 0; i+1 < len(rest); i++ {
		w := rest[i]
		if strings.HasSuffix(w, ",") && conditionMainSubjects[rest[i+1]] ||
			w == "then" && conditionMainSubjects[rest[i+1]] {
			return true
		}
		if lex.ContainsAny(w, ".!?;:") && !abbrevLike(w) {
			return false
		}
	}
	return false
}

// cutIfHeadings cuts, in each sentence of a reader's summary of
// lower-cased text, a heading run into a condition put to the reader
// (cutIfHeading).
func cutIfHeadings(sum *chorus.Summary, lower bool) {
	if lower {
		cutEach(sum, cutIfHeading)
	}
}
