package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/defect"
	"github.com/chorusnews/chorus/internal/lex"
)

// What a stand-in must not be (ledeTwinStandIn). A sentence that takes a
// repeat's place is read as news, so it may be neither page text (a
// picture credit run into a stray phrase: "<name> / flickr <words>"), nor
// a piece of a sentence (a noun phrase and an infinitive with no finite
// verb: "<group> to <verb> and <verb> from ...", a list of dates). A
// score floor for minor lines was tried and left out: a stand-in is
// unchosen, so most score low, and the cluster's median refused 39 of 44
// stand-ins on 23 changed train 1-38,000 summaries, its lower quartile
// (with no word shared with the opening) still the story's next fact.

// creditMarks are the words of a picture credit or agency photo line.
var creditMarks = []string{"/ flickr", "/flickr", "flickr /", "photo:", "photo by", "photos:", "photograph:",
	"getty images", "ap photo", "reuters photo", "afp photo", "image:", "credit:", "/ getty", "/getty",
	"/ ap", "/ reuters", "/ afp", "courtesy of", "(photo", "(image"}

// creditLine reports whether s carries a picture credit's words.
func creditLine(s string) bool {
	l := lex.Lower(s)
	for _, m := range creditMarks {
		if strings.Contains(l, m) {
			return true
		}
	}
	return false
}

// infinitiveWords is how far into a sentence the "to" of an infinitive
// fragment may stand ("<adjective> <noun> <noun> to <verb> ...").
const infinitiveWords = 6

// infinitiveFragment reports whether s opens with a noun phrase and an
// infinitive ("<group> to <verb> ...") and its first clause (to the
// first comma, semicolon or dash) holds no finite verb: a headline or a
// clause cut from its subject and verb, not a sentence.
func infinitiveFragment(s string) bool {
	clause := s
	if i := lex.IndexAny(clause, ",;—"); i >= 0 {
		clause = clause[:i]
	}
	w := lex.LetterWords(clause, -1)
	to := -1
	for i, x := range w[:min(len(w), infinitiveWords+1)] {
		if lex.Lower(x) == "to" {
			to = i
			break
		}
	}
	if to < 1 {
		return false
	}
	if first := lex.Lower(w[0]); defect.IsSubjectPronoun(first) || openers[first] {
		return false // "He to ...", "In order to ...": not a noun phrase
	}
	if to+1 < len(w) && notInfinitive[lex.Lower(w[to+1])] || prepositionTo[lex.Lower(w[to-1])] {
		return false // "... to the shooting", "According to ...", "Prior to ...": a preposition
	}
	for i, x := range w {
		x = lex.Lower(x)
		switch {
		case finiteWords[x], morePast[x], pastForms[x] && i < to:
			return false
		case i > 0 && (contractions[x] || x == "s" && contractsIs[lex.Lower(w[i-1])]):
			return false
		case i < to && (happenVerbs[x] || len(x) >= 5 && strings.HasSuffix(x, "ed") && !notVerbs[x]):
			return false // "<group> agreed to ...": a finite verb before "to"
		}
	}
	return true
}

// notInfinitive are words after "to" that show it is a preposition.
var notInfinitive = lex.Set("the", "a", "an", "that", "this", "these", "those", "his", "her", "their", "its",
	"my", "our", "your", "him", "them", "me", "us", "it", "all", "some", "any", "each", "every", "one",
	"two", "three", "four", "five", "more", "most")

// prepositionTo are words before "to" that make one preposition with it.
var prepositionTo = lex.Set("according", "prior", "due", "thanks", "next", "close", "contrary", "owing",
	"similar", "compared", "relative", "addition", "up", "back", "home", "way", "trip", "visit", "return",
	"access", "threat", "threats", "letter", "letters", "answer", "response", "reply", "respect", "regard")

// openers are first words that open no noun phrase.
var openers = lex.Set("in", "on", "at", "for", "to", "from", "with", "by", "after", "before", "as",
	"if", "when", "while", "because", "so", "and", "but", "or", "not", "only", "how", "what", "why",
	"where", "who", "which", "that", "this", "it", "there", "here", "we", "i", "you", "they", "he", "she")

// pieceOfText reports whether a stand-in's sentence s is page text or a
// fragment: a credit (creditLine), a sentence with no subject or start
// (defect.Headless), a piece or one cut off (fragment), or an infinitive
// fragment (infinitiveFragment), or words with no finite verb (verbless:
// a list of dates, a heading).
func pieceOfText(s string) bool {
	return creditLine(s) || defect.Headless(s) || fragment(s) || infinitiveFragment(s) || verbless(s)
}

// circumstanceWords tell who, when or where: a sentence holding one the
// opening lacks adds a circumstance and is no repeat (retellsOpening).
// "may" and "march" are left out: they are a modal and a verb as often.
var circumstanceWords = lex.Set("when", "while", "during", "after", "before", "since", "until", "where",
	"time", "duty", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"yesterday", "today", "tonight", "morning", "afternoon", "evening", "night", "weekend",
	"january", "february", "april", "june", "july", "august", "september", "october",
	"november", "december", "both", "inside", "outside", "near", "home")

// addsCircumstance reports whether s holds a circumstance word
// (circumstanceWords) that t lacks.
func addsCircumstance(s, t string) bool {
	tw := make(map[string]bool)
	for _, w := range lex.LetterWords(t, -1) {
		tw[lex.Lower(w)] = true
	}
	for _, w := range lex.LetterWords(s, -1) {
		if w = lex.Lower(w); circumstanceWords[w] && !tw[w] {
			return true
		}
	}
	return false
}

// retoldNewTerms is the most content words a retelling may give that the
// opening lacks (retellsOpening).
const retoldNewTerms = 3
