package summarize

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the writing stage. A blog's writer talks to the
// reader in brackets: "a scheme that lets you (yes, you!) ride free",
// "the old (and still leaking!) harbour wall", "a ferry timetable (did
// you know it still ran?)". In a summary the aside is the
// writer's voice, not the news. cutWriterAsides cuts a bracketed aside
// that ends with one "!" or "?", of at most writerAsideMaxWords words, in
// lower case but for the word "I" (a capital may be a name: "(and Clyde!)",
// "(Reuters life!)"), without a digit ("(more than 2.5 million!)", "(sun.,
// 10pm et)" tell a figure or a time), standing inside the sentence or at
// its end before its punctuation, outside a quotation (a speaker's words
// are not cut) and not as a list's last item ("the red, the blue, (and
// the green!) ferries"). It runs after truecasing, which gives a name in a
// lower-cased cluster its capital. Multi-News validation: 5 of 5,602
// summaries change, all read, 5 better; train 1-38,000: 29 of 37,869
// change, all read: 25 better, 4 the same (a run-on sentence the aside
// stood in, "is (was?) one of ..." losing its hint, "on (and off!)
// camera" its second half), none worse. Fill ROUGE unchanged.

// writerAsideMaxWords is the most words of an aside cutWriterAsides cuts.
const writerAsideMaxWords = 8

// writerAside matches a bracketed aside ending in "!" or "?" and the space
// before it.
var writerAside = regexp.MustCompile(` \(([^()]{1,80}[!?])\)`)

// cutWriterAsides cuts the writer's asides of each sentence of sum (see
// above) and keeps sum.Words in step.
func cutWriterAsides(sum *chorus.Summary) {
	for i := range sum.Sentences {
		s := sum.Sentences[i].Text
		if t := cutWriterAside(s); t != s {
			sum.Words += countWords(t) - countWords(s)
			sum.Sentences[i].Text = t
		}
	}
}

// cutWriterAside returns s without its writer's asides (see above); at
// least minWords words must remain.
func cutWriterAside(s string) string {
	if !strings.Contains(s, "!)") && !strings.Contains(s, "?)") {
		return s
	}
	t := s
	for _, m := range writerAside.FindAllStringSubmatchIndex(s, -1) {
		end := m[1]
		if end < len(s) && !strings.ContainsRune(" .,;:—–", rune(s[end])) {
			continue
		}
		if m[0] == 0 || !isWriterAside(s[m[2]:m[3]]) || quoteOpenAt(s, m[0]) {
			continue
		}
		if s[m[0]-1] == ',' && (strings.HasPrefix(s[m[2]:], "and ") || strings.HasPrefix(s[m[2]:], "or ")) {
			continue // a list's last item: "red, blue, (and green!) ferries"
		}
		t = strings.Replace(t, s[m[0]:m[1]], "", 1)
	}
	if t == s || countWords(t) < minWords {
		return s
	}
	return t
}

// isWriterAside reports whether inner, the words of a bracketed aside
// with its closing "!" or "?", is a writer's aside: one mark at its end,
// at most writerAsideMaxWords words, no digit and no capital but in "I".
func isWriterAside(inner string) bool {
	body := inner[:len(inner)-1]
	if body == "" || strings.ContainsAny(body[len(body)-1:], "!?") || lex.CountFields(body) > writerAsideMaxWords {
		return false
	}
	for _, w := range strings.FieldsFunc(body, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if w == "I" {
			continue
		}
		for _, r := range w {
			if unicode.IsUpper(r) || unicode.IsDigit(r) {
				return false
			}
		}
	}
	return true
}

// quoteOpenAt reports whether a quotation is open at byte i of s: an odd
// number of straight double marks, or more opening curly marks than
// closing ones, stand before it.
func quoteOpenAt(s string, i int) bool {
	before := s[:i]
	return strings.Count(before, `"`)%2 == 1 || strings.Count(before, "“") > strings.Count(before, "”")
}
