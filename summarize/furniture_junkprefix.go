package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus/internal/lex"
)

// A page's marks left in front of a sentence: a transcript's or a
// forum's ">>" and ">>>", a list's "*" or "***", a dialog's close button
// "×", a stray ": " or ".- " where the splitter cut a label or a dateline,
// and a bracketed tag before the story ("[video] the ferry ...", "[wxyz]
// -- the ferry ..."). A reader sees punctuation opening the sentence; the
// story after it stands alone. Cut after selection (cutJunkPrefixes), so
// no other sentence moves. Multi-News validation: 9 summaries change, 7
// better, 2 the same (a run of headlines behind the marks); train
// 1-38,000: 77 change, 40 read: 23 better, 17 the same (a photo agency
// or an outlet's name left after "/ ", a widget's words after "×"), none
// worse.

// junkPrefixMinRest is the fewest words a sentence keeps after its marks.
const junkPrefixMinRest = 5

// junkNoteMaxWords is the most words of a note between two marks of "*"
// or "-" that cutJunkPrefix cuts with them.
const junkNoteMaxWords = 15

// junkMarks are the characters of a run of marks cutJunkPrefix takes from
// a sentence's front. A list's bullets ("·", "•") are the edge trims'
// (Tuning.Trims), which a tuning may turn off.
const junkMarks = ">*×:-–—/|~.…"

// cutJunkPrefix returns s without a run of junkMarks (and the spaces in
// it) that opens it, with the note up to the same mark when the run is of
// "*" or "-" and the mark ends the note ("***item description *****", and
// for "-" closes a word: "-edit-", not "-<name> - <story>" nor "-<name>:
// the 8-week plan")
// within junkNoteMaxWords words, or without a bracketed tag of one word that opens it
// with a dash after it or not, the next letter capitalised, and true; at
// least junkPrefixMinRest words must follow, opening on a letter (a
// quotation mark, a digit or a sign, "-5 degrees", is left as it is). A
// tag that is a pronoun ("[she] looked like ...") stands for a word of
// the sentence and stays. s and false otherwise.
func cutJunkPrefix(s string) (string, bool) {
	rest := strings.TrimLeft(s, junkMarks+" ")
	if m := s[0]; rest != s && (m == '*' || m == '-') {
		// "***original story*** <story>", "*warning: spoilers ...*
		// <story>", "-edit- <story>": a note the same mark closes.
		if i := strings.IndexByte(rest, m); i > 0 && (m == '*' || rest[i-1] != ' ') && (i+1 == len(rest) || rest[i+1] == ' ' || rest[i+1] == m) &&
			countWords(rest[:i]) <= junkNoteMaxWords {
			rest = strings.TrimLeft(rest[i:], junkMarks+" ")
		}
	}
	if rest == s {
		var ok bool
		if rest, ok = cutBracketTag(s); !ok {
			return s, false
		}
	}
	if strings.HasPrefix(s, "...") && !strings.HasPrefix(s, "....") || strings.HasPrefix(s, "…") {
		return s, false // a quotation's ellipsis: the words are the speaker's
	}
	r, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsLetter(r) || countWords(rest) < junkPrefixMinRest {
		return s, false
	}
	return lex.UpperFirst(rest), true
}

// cutBracketTag returns s without a bracketed tag of one word opening it
// and the dash after the tag if any, and true; s and false when s opens
// with no such tag or the tag is a pronoun.
func cutBracketTag(s string) (string, bool) {
	if !strings.HasPrefix(s, "[") {
		return s, false
	}
	end := strings.IndexByte(s, ']')
	if end < 2 {
		return s, false
	}
	tag := s[1:end]
	if strings.ContainsAny(tag, " \"") || bracketPronouns[lex.Lower(tag)] {
		return s, false
	}
	return strings.TrimLeft(s[end+1:], "-–— "), true
}

// bracketPronouns stand in brackets for a word a quotation leaves out.
var bracketPronouns = lex.Set("he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its", "our",
	"him", "them", "us", "me", "this", "that", "these", "those", "sic")
