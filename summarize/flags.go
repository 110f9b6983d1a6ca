package summarize

import (
	"strings"
	"unicode"

	"github.com/chorusnews/chorus/internal/lex"
)

// flags records the surface properties of a sentence that make it a poor
// summary sentence on its own: questions, quotes, and openings that lean on
// the preceding sentence.
type flags uint16

const (
	flagQuestion    flags = 1 << iota // ends with a question mark
	flagQuote                         // contains quotation marks
	flagPronoun                       // starts with an unresolved pronoun ("He", "They")
	flagConnective                    // starts with a discourse connective ("But", "However")
	flagAttribution                   // bare pronoun attribution ("…," he said.)
	flagUnfinished                    // no terminal punctuation (a cut-off fragment)
	flagBoilerplate                   // a caption, credit or link label ("Photo: …")
	flagBareQuote                     // only a quote, with no speaker at all
	flagDependent   = flagPronoun | flagConnective | flagAttribution | flagBareQuote
)

var pronouns = set("he", "she", "they", "it", "his", "her", "their", "its",
	"him", "them", "this", "these", "those", "such")

var connectives = set("but", "however", "and", "also", "meanwhile", "still",
	"yet", "so", "moreover", "instead", "then", "nevertheless", "furthermore",
	"besides", "thus", "therefore", "otherwise", "or", "nor", "though",
	"although", "indeed", "likewise", "similarly", "meantime", "later", "that")

// subjects are the pronouns that can stand as a speaker.
var subjects = set("he", "she", "they")

// boilerplate are labels that open captions, credits and link lists that
// the clean stage may have missed.
var boilerplate = set("photo", "photos", "image", "image caption", "caption",
	"credit", "credits", "related", "read more", "more on this story", "see also",
	"watch", "video", "advertisement", "share this article", "share", "follow us",
	"file photo", "pictured", "getty images", "ap photo", "reuters", "editor's note")

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// sentenceFlags returns the flags of sentence s.
func sentenceFlags(s string) flags {
	var f flags
	t := strings.TrimRight(s, " \t\"'”’)")
	switch {
	case strings.HasSuffix(t, "?"):
		f |= flagQuestion
	case !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "!"):
		f |= flagUnfinished
	}
	if strings.ContainsAny(s, "\"“”") || strings.Contains(s, "``") || strings.Contains(s, "''") ||
		strings.Contains(s, " ' ") {
		f |= flagQuote
	}
	if label, _, ok := strings.Cut(s, ":"); ok && boilerplate[strings.ToLower(strings.TrimSpace(label))] {
		f |= flagBoilerplate
	}
	words := lowerWords(s, 40)
	if len(words) > 0 {
		switch {
		case pronouns[words[0]]:
			f |= flagPronoun
		case connectives[words[0]]:
			f |= flagConnective
		}
	}
	if f&flagQuote != 0 && bareAttribution(words) {
		f |= flagAttribution
	}
	if f&flagQuote != 0 && strings.IndexAny(s, "\"“`'") == 0 && !hasSpeechVerb(words) {
		f |= flagBareQuote
	}
	return f
}

// bareAttribution reports whether words (lower-cased) attribute a quote only
// to a pronoun: "he said", "said she", "she added" near a quote.
func bareAttribution(words []string) bool {
	for i := 0; i+1 < len(words); i++ {
		a, b := words[i], words[i+1]
		if (subjects[a] && lex.IsAttributionVerb(b)) || (lex.IsAttributionVerb(a) && subjects[b]) {
			return true
		}
	}
	return false
}

func hasSpeechVerb(words []string) bool {
	for _, w := range words {
		if lex.IsAttributionVerb(w) {
			return true
		}
	}
	return false
}

// lowerWords returns up to n leading words of s, lower-cased, letters only.
func lowerWords(s string, n int) []string {
	out := make([]string, 0, 8)
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len(out) == n {
			break
		}
		out = append(out, strings.ToLower(f))
	}
	return out
}
