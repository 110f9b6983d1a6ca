package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/defect"
	"github.com/chorusnews/chorus/internal/lex"
)

// A coordinated verb phrase split from its subject. A writer who goes on
// with the same subject in a new sentence ("Ilse Varga buys the mill.
// And hires her old crew to run it.") leaves a sentence that opens with
// "And", "But", "Or" or "Yet" and then its verb: alone in a summary it
// says nothing about who did it. defect.Subjectless reads a sentence
// that opens with its verb; this one reads the verb after the
// conjunction, and a verb in -s as well ("And hires ...", "But refuses
// to ..."), which the splitter's other cuts seldom leave. A reader's
// summary leaves it out of its candidates (markClausePieces).
//
// A plural noun looks like such a verb ("But officials say ...", "And
// rivers that ..."), so a word in -s counts only before a word that
// opens its object (andVerbObjects: "And hires her ...", not "But
// officials in ...") or, for the verbs of andVerbTo, before "to".
//
// Measured against 578636d, summaries read with their sources:
// Multi-News validation 1 changed, better (the blind reading's fragment:
// the coordinated verb gone, the sentence with its subject kept); train
// 1-6,000 2 changed, 0 better, 2 the same (each piece stood right after
// its subject's sentence and read as a beat there; a plain fact, or
// nothing, took its place); train 6,001-38,000, the 375
// clusters holding a conjunction before a verb in -s or -ed or
// "according to" before a quotation: 1 changed, the same (a "But said
// that ..." after its subject's sentence gave way to an unattributed
// statement). Known misses: a verb before a preposition ("And meets with
// ...", "And lands in ..."), which a plural noun takes as often; the
// piece is left out even where it follows its subject's sentence in the
// summary, where it reads as a writer's beat.

// andVerbConjunctions open a coordinated sentence.
var andVerbConjunctions = lex.Set("and", "but", "or", "yet")

// andVerbObjects are the words after a verb in -s that open its object
// or its particle and seldom follow a plural noun that is a subject.
var andVerbObjects = lex.Set("a", "an", "the", "his", "her", "their", "its", "my", "our", "your", "him",
	"them", "it", "me", "us", "one", "up", "out", "off", "back")

// andVerbTo are verbs in -s that take "to" and are no plural noun.
var andVerbTo = lex.Set("intends", "refuses", "appears", "seems", "tries", "hopes", "wants", "decides",
	"agrees", "vows", "threatens", "manages", "fails", "goes", "needs", "expects", "pledges", "declines")

// andVerbNotVerbs are words in -s that are no verb after a conjunction:
// adverbs, pronouns, prepositions and nouns that take an object-like word
// after them ("And sometimes the ...", "Yet signs the ...").
var andVerbNotVerbs = lex.Set("as", "is", "was", "has", "does", "this", "his", "its", "us", "thus", "plus",
	"yes", "less", "unless", "perhaps", "sometimes", "always", "besides", "afterwards", "towards", "across",
	"whereas", "regardless", "nevertheless", "nonetheless", "thanks", "news", "signs", "champs", "says",
	"whereabouts", "various", "numerous", "famous", "serious", "obvious", "previous", "series", "times",
	"days", "years", "months", "weeks", "hours", "minutes", "others", "ours", "yours", "hers", "theirs")

// andVerbPiece reports whether s, a sentence that asks nothing, opens
// with one of andVerbConjunctions and then a verb with no subject:
// what follows the conjunction is defect.Subjectless, or opens with a
// word of ASCII letters in -s (not "-ss", "-us" or "-is", nor one of
// andVerbNotVerbs, nor capitalised in cased text: a name) before one of andVerbObjects, or one of andVerbTo
// before "to".
func andVerbPiece(s string) bool {
	if len(s) < 8 || !andVerbOpens(s) || strings.ContainsRune(s, '?') {
		return false
	}
	var buf [3]string
	f := lex.AppendFirstFields(buf[:0], s, 3)
	if len(f) < 3 || !andVerbConjunctions[lex.Lower(f[0])] {
		return false
	}
	w, next := lex.Lower(f[1]), lex.Lower(f[2])
	if !lowerLettersASCII(w) { // truecase_onestory.go
		return andVerbSubjectless(s, f[1])
	}
	if len(w) > 3 && strings.HasSuffix(w, "s") && !andVerbNotVerbs[w] && !('A' <= f[1][0] && f[1][0] <= 'Z' && lex.Cased(s)) &&
		!strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") &&
		(andVerbObjects[next] || next == "to" && andVerbTo[w]) {
		return true
	}
	return andVerbSubjectless(s, f[1])
}

// andVerbOpens reports whether s opens with "And ", "But ", "Or " or
// "Yet " in any case: the test that spares the other sentences a split.
func andVerbOpens(s string) bool {
	for _, c := range [...]string{"and ", "but ", "or ", "yet "} {
		if len(s) > len(c) && strings.EqualFold(s[:len(c)], c) {
			return true
		}
	}
	return false
}

// andVerbSubjectless reports whether the words of s from second, its
// second word, are defect.Subjectless.
func andVerbSubjectless(s, second string) bool {
	i := strings.Index(s, second)
	if i < 0 {
		return false
	}
	return defect.Subjectless(s[i:])
}
