package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/defect"
	"github.com/chorusnews/chorus/internal/lex"
)

// A headline run into a story that opens on "a" or "an" and restates
// it: "Tarnwick ferry worker hurt in pier fall || a ferry worker was hurt
// on monday when he fell from the tarnwick pier ..." reads "A ferry
// worker was hurt on monday ...". The story's article opens no repeated
// subject, so cutRepeatedSubject and cutChosenHeadlines leave it. The
// cut is made on a reader's summary after selection
// (cutArticleRunIns): only the sentence changes.

// Bounds of cutArticleRunIn.
const (
	articleHeadMin   = 5  // the headline's fewest words
	articleHeadMax   = 22 // the headline's most words
	articleRestated  = 3  // the fewest headline content words the story repeats
	articleStoryRead = 20 // the story's words read for them
	articleVerbWords = 15 // the story's finite verb stands within this many words
)

// cutArticleRunIn returns s, a sentence of a reader's summary of
// lower-cased text, from its story and true when a headline of
// articleHeadMin to articleHeadMax words runs into a story that opens on
// a bare "a" or "an" at word p: the headline holds no sentence end, no
// "that", "who", "which" or "than" (a clause goes on across p), and its
// last word is no stopword, ends in no punctuation, and is no verb, no
// "-ing", "-ly" or "'s" word (the article would open its object:
// "... passed || a resolution"); the story's first articleStoryRead
// words repeat articleRestated of the headline's content words or more
// and half of them; a finite verb stands within articleVerbWords words
// of the story's front; the story holds fusedLedeMinWords words or more
// and is no furniture and no caption. It returns s and false otherwise.
func cutArticleRunIn(s string) (string, bool) {
	starts, words := fieldStarts(s, articleHeadMax+articleStoryRead+2)
	raw := func(i int) string { return fieldText(s, starts, i) }
	for p := 1; p+1 < len(words) && p <= articleHeadMax; p++ {
		r := raw(p - 1)
		if lex.ContainsAny(r, ".!?") && !abbrevLike(r) || articleClauseWords[words[p-1]] {
			return s, false
		}
		if p < articleHeadMin || raw(p) != "a" && raw(p) != "an" {
			continue
		}
		last := words[p-1]
		if lex.IsStopword(last) || articleObjectVerbs[last] || articleRateNouns[words[p+1]] || lex.ContainsAny(r, `,;:"“”'‘’()[]—–-`) || last == "" ||
			bareAuxiliaries[last] || pastForms[last] || commonVerbs[last] || lex.IsAttributionVerb(last) ||
			strings.HasSuffix(last, "ed") || strings.HasSuffix(last, "ing") || strings.HasSuffix(last, "ly") {
			continue
		}
		if len(words)-p < fusedLedeMinWords && strings.Count(s[starts[p]:], " ")+1 < fusedLedeMinWords {
			return s, false
		}
		n, hit := restatedCount(words[:p], words[p:min(len(words), p+articleStoryRead)])
		if hit < articleRestated || 2*hit < n || !articleVerb(raw, words, p+1, min(len(words), p+1+articleVerbWords)) {
			continue
		}
		lede := lex.UpperFirst(strings.TrimSpace(s[starts[p]:]))
		if defect.Furniture(lede) != defect.OK || seenCaption(words[p:]) {
			return s, false
		}
		return lede, true
	}
	return s, false
}

// articleClauseWords join a clause that a headline rarely holds.
var articleClauseWords = lex.Set("that", "who", "which", "than")

// articleVerb reports whether words from i to j hold a finite verb (an
// auxiliary, a verb of saying, an irregular past or an "-ed" word of 5
// letters or more) with no punctuation and no clause word
// (articleSubordinators) before it: the article's noun phrase is the
// story's subject ("a flush, the new law ..." is no subject).
func articleVerb(raw func(int) string, words []string, i, j int) bool {
	for k := i; k < j; k++ {
		w := words[k]
		if bareAuxiliaries[w] || w == "said" || w == "says" || lex.IsAttributionVerb(w) || pastForms[w] ||
			len(w) > 4 && strings.HasSuffix(w, "ed") {
			return true
		}
		if articleSubordinators[w] || lex.ContainsAny(raw(k), `,;:.!?"“”()—–`) && !abbrevLike(raw(k)) {
			return false
		}
	}
	return false
}

// articleSubordinators open a clause inside the article's noun phrase
// ("an important point when one ...").
var articleSubordinators = lex.Set("when", "if", "while", "because", "as", "since", "where", "who", "that",
	"which", "whose", "after", "before", "until", "unless", "although", "though")

// articleObjectVerbs are bare verbs whose object the article would open
// ("... to make || an important point").
var articleObjectVerbs = lex.Set("make", "take", "get", "give", "find", "become", "need", "want", "see", "hit",
	"face", "win", "lose", "buy", "sell", "set", "hold", "keep", "build", "launch", "open", "start", "pay",
	"cost", "raise", "seek", "sign", "score", "draw", "spark", "offer", "file", "ban", "order", "strike")

// articleRateNouns after the article make it a rate ("seven gallons a
// flush", "hours a day"), no story's opening.
var articleRateNouns = lex.Set("day", "week", "month", "year", "hour", "minute", "second", "night", "time",
	"piece", "head", "pop", "gallon", "flush", "mile", "dozen", "pound", "person", "share", "year's")

// cutArticleRunIns cuts, in each sentence of a reader's summary of
// lower-cased text, a headline run into a story opening on "a" or "an"
// that restates it (cutArticleRunIn).
func cutArticleRunIns(sum *chorus.Summary, lower bool) {
	if !lower {
		return
	}
	cutEach(sum, cutArticleRunIn)
}
