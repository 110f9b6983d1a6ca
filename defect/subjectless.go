package defect

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus/internal/lex"
)

// Sentences whose subject is gone. A page that links a name drops the
// link's text when it is cleaned ("<name> gave birth on Friday ..."
// becomes "Gave birth on Friday ..."), and the splitter cuts a sentence
// after a dotted acronym before a capitalised verb ("he said the u.s.
// Does not want ..."): what is left opens with its verb and has no
// subject. A participle may open a whole sentence ("Asked about the
// ferry, the mayor said ...", "Founded in 1907, the yard ...") and so
// may a participle used as an adjective ("Stranded drivers waited ...");
// a finite verb may not.

// subjectlessWords is how far into a sentence the comma that closes an
// opening participle's phrase may stand ("Welcomed by a crowd of some two
// hundred supporters outside the hall, Ilse Varga ...").
const subjectlessWords = 16

// Subjectless reports whether s, a sentence that is not a question and
// does not open with a quotation mark, opens with a verb and has no
// subject: a finite verb that is no participle ("Gave birth to a girl in
// Tarnwick.", "Does not want a war.", "Seems only fitting."); "said" or
// "says" before what no speaker's name is ("Said on monday that ...",
// "Says his arrest was ..." — "Said the mayor: ..." is whole); or a verb
// in -ed, or a participle that is also a past tense ("told", "put",
// "met"), whose object or preposition follows it ("Filed for divorce on
// Monday.", "Pulled out all the stops ...", "Rated by the oldest bakers in
// the valley.") with no comma within subjectlessWords words to close
// an opening phrase.
func Subjectless(s string) bool { return subjectless(collapse(s)) }

// subjectless is Subjectless of s with its white space collapsed already.
func subjectless(s string) bool {
	t := strings.TrimRight(s, ` "'”’)`)
	if t == "" || strings.HasSuffix(t, "?") {
		return false
	}
	fields := lex.FirstFields(s, subjectlessWords) // all it reads
	if len(fields) < 2 {
		return false
	}
	first, next := fields[0], lex.Lower(strings.Trim(fields[1], `,.;:"'`))
	if !asciiLetters(first) {
		return false // a quotation mark, a figure or a name with a mark opens it
	}
	w := lex.Lower(first)
	switch {
	case w == "does" || w == "did":
		return negations[next] // "Did he ...": a question, its mark lost
	case finiteOpeners[w]:
		return true
	case w == "said" || w == "says":
		return saidFrom[next] || dateWords[next]
	case verbObjects[next] && (len(w) >= 5 && strings.HasSuffix(w, "ed") && !edNotVerbs[w] || pastParticiples[w]):
		for i, f := range fields[1:min(len(fields), subjectlessWords)] {
			f = strings.TrimRight(f, `"'”’)`)
			if strings.HasSuffix(f, ",") || phraseDashes[f] {
				return false // an opening phrase: "Asked by the mayor, she ...", "Dubbed \"the ferry,\" the ...", "... — which ... — she said"
			}
			if copulas[lex.Lower(f)] && i > 0 {
				return false // inverted: "Added to that is the cost ..."
			}
		}
		return true
	}
	return false
}

// negations after an opening "Does"/"Did" show its subject is gone ("Did
// not respond ..."); a pronoun or name after it asks a question.
var negations = lex.Set("not", "never", "nothing")

// phraseDashes close an opening phrase as a comma does.
var phraseDashes = lex.Set("—", "--", "–", "-")

// copulas after an opening participle's phrase tell an inverted
// sentence whose subject follows ("Printed on the box is ...").
var copulas = lex.Set("is", "are", "was", "were")

// finiteOpeners are the verb forms that open no whole sentence that is
// not a question: a past tense that is no participle or an auxiliary
// ("Had"/"Were" may open a condition: "Had it rained, ..." — see
// auxiliaries).
var finiteOpeners = lex.Set("seems", "appears", "gave", "took", "went", "ran", "saw", "wrote",
	"became", "began", "drove", "flew", "knew", "threw", "wore", "stole", "spoke")

// saidFrom are the words after an opening "Said"/"Says" that show its
// subject is gone ("Said in court ...", "Said he would ...") rather than
// put after it ("Said the mayor: ...", "Said Ilse Varga, ...").
var saidFrom = lex.Set("in", "on", "at", "that", "he", "she", "they", "we", "it", "his", "her", "their",
	"its", "during", "after", "before", "earlier", "later", "yesterday", "today", "tonight", "last",
	"this", "there")

// verbObjects are the words after a verb in -ed or a participle that
// show it takes an object or a preposition (a verb), not a noun (an
// adjective: "Stranded drivers ...").
var verbObjects = lex.Set("the", "a", "an", "his", "her", "their", "its", "my", "our", "your", "him", "them",
	"it", "me", "us", "out", "off", "up", "down", "for", "by", "to", "into", "from", "with", "at", "on", "in",
	"about", "that", "this", "these", "those", "some", "all", "two", "three")

// pastParticiples are participles that are also a past tense, besides
// those in -ed.
var pastParticiples = lex.Set("told", "put", "set", "left", "made", "found", "held", "kept", "paid", "sold",
	"built", "brought", "caught", "sent", "spent", "met", "lost", "won", "led", "hit", "shot", "struck")

// edNotVerbs are words in -ed that open a sentence as no verb: names and
// nouns ("Mohammed", "Hundred").
var edNotVerbs = lex.Set("mohammed", "mohamed", "muhammad", "ahmed", "hundred", "united", "embed", "naked",
	"sacred", "wicked", "rugged", "kindred", "wretched", "jared", "alfred", "mildred", "winifred", "manfred",
	"sigfried", "siegfried", "reed", "speed", "steed", "creed", "greed", "breed", "deed", "need", "seed", "weed",
	"bed", "shed", "sled", "bred", "fled", "red", "ted", "fred", "ned", "jed", "wed", "based", "compared", "located")

// asciiLetters reports whether w is all ASCII letters.
func asciiLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isLetter(w[i]) {
			return false
		}
	}
	return w != ""
}

// Headless reports whether s is a sentence whose start is missing, the
// surest kind of Fragment: it opens mid-clause (with ",", ";", ")" or an
// ellipsis, or in lower case in cased text), with an auxiliary that asks
// nothing ("Has resigned as ...", "Is on the path to ..."; not "Had it
// rained, ..." nor "2031 was ..." nor a quoted question), or with its verb
// and no subject (Subjectless). A heading, a list row or a sentence cut at
// its end is a fragment too, but often still tells news.
func Headless(s string) bool {
	s = collapse(s)
	t := strings.TrimRight(s, ` "'”’)]`)
	if t == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if strings.ContainsRune(",;)…", r) || strings.HasPrefix(s, "...") || unicode.IsLower(r) && lex.Cased(s) {
		return true
	}
	if f := lex.FirstFields(s, 2); len(f) > 1 && !strings.HasSuffix(t, "?") {
		w := lex.Lower(f[0])
		if auxiliaries[w] && !((w == "had" || w == "were") && strings.ContainsRune(s, ',')) {
			return true
		}
	}
	return subjectless(s)
}
