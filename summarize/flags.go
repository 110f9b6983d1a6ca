package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/defect"
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
	flagRefers                        // refers back otherwise ("The move ...", "..., he said."; reference.go)
	flagFragment                      // a piece of a sentence (reference.go)
	flagDefinite                      // opens with a bare "the X" that points back (defect.DefiniteHeads; selection.go)
	flagDependent   = flagPronoun | flagConnective | flagAttribution | flagBareQuote | flagRefers
)

// The opening word lists (pronouns, connectives, speaker pronouns, caption
// labels) live in package defect, the one home of the rules that tell a
// sentence leaning on another or page furniture.

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
	if label, _, ok := strings.Cut(s, ":"); ok && (defect.IsLabel(strings.ToLower(strings.TrimSpace(label))) || defect.ListLabel(s)) {
		f |= flagBoilerplate // "Photo: ...", and a field or speaker label: "Age: 42.", "Host: and now ..."
	}
	if f&flagQuote == 0 && ownVoice(s) {
		f |= flagBoilerplate // "As we reported, ...", "Here we show ...": the publication's or paper's own voice
	}
	var buf [40]string
	words := lex.AppendLetterWords(buf[:0], s, len(buf)) // lex.LetterWords(s, 40), on the stack
	if len(words) > 0 {
		switch {
		case defect.IsPronoun(words[0]):
			f |= flagPronoun
		case defect.IsConnective(words[0]):
			f |= flagConnective
		}
	}
	if f&flagQuote != 0 && bareAttribution(words) {
		f |= flagAttribution
	}
	if f&flagQuote != 0 && strings.IndexAny(s, "\"“`'") == 0 && !hasSpeechVerb(words) {
		f |= flagBareQuote
	}
	if f&flagDependent == 0 && refers(s, words, f) {
		f |= flagRefers
	}
	if f&flagDependent == 0 && len(words) > 1 && words[0] == "the" && defect.Dangles(s) {
		f |= flagDefinite
	}
	if fragment(s) || defect.Piece(s) || strings.HasPrefix(s, "(") {
		f |= flagFragment
	}
	return f
}

// ownVoice reports whether s, a sentence without quotation marks, speaks
// in the voice of the publication or the paper it comes from: "As we
// reported, ...", "Here we show that ...", "In this study, we found ...",
// "Our results suggest ...". A news summary reports what the source found;
// it never says "we".
func ownVoice(s string) bool {
	if !strings.Contains(s, "we ") && !strings.Contains(s, "our ") && !strings.Contains(s, "We ") && !strings.Contains(s, "Our ") {
		return false
	}
	lower := lex.LowerASCII(s)
	for _, p := range ownVoicePhrases {
		if i := strings.Index(lower, p); i == 0 || i > 0 && !isASCIILetter(lower[i-1]) {
			return true
		}
	}
	return false
}

// ownVoicePhrases are the first-person phrases of ownVoice, lower-case.
var ownVoicePhrases = []string{"as we reported", "we reported", "we've reported", "as we've reported",
	"here we report", "here we show", "here we present", "here, we ", "in this study, we", "in this study we",
	"in this paper", "we found that", "in total we found", "we discovered", "we developed", "our study", "our survey", "our findings", "our results",
	"our analysis", "our data"}

// bareAttribution reports whether words (lower-cased) attribute a quote only
// to a pronoun: "he said", "said she", "she added" near a quote.
func bareAttribution(words []string) bool {
	for i := 0; i+1 < len(words); i++ {
		a, b := words[i], words[i+1]
		if (defect.IsSubjectPronoun(a) && lex.IsAttributionVerb(b)) || (lex.IsAttributionVerb(a) && defect.IsSubjectPronoun(b)) {
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
