package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the reading stage's last step, after the names are
// raised. In a lower-cased cluster a name of several words is at times
// raised in part: the rules raise the word that is a name alone
// ("Americans", "Warner", "Fargo", "President" before a name) and the
// truecase model, which holds no pair for the whole, leaves its neighbour
// as the common word it mostly is: "native Americans", "time Warner",
// "wells Fargo", "occupy Wall Street", "vice President Mike Pence".
// raiseHalfNames writes every word of such a span capitalised when the
// span is a name of halfNames and the summary already writes one of its
// words, but not all, capitalised: the capital written is the evidence
// that the span stands as the name here, the table that the whole is one.
// A span that no word of is raised is left as it is ("a good morning").
//
// The titles of halfTitles are raised only before a capitalised word, a
// name ("attorney General Jeff Sessions" -> "Attorney General Jeff
// Sessions"; "the vice President of sales" is left), and "time Warner"
// not after a word that makes "time" a noun ("by the time Warner
// arrived").
//
// Measured against 6cfaca0 with truecase_storm.go (letter case alone):
// validation 43 of 5,598 summaries changed, all read: 40 better ("Native
// Americans", "Time Warner", "Good Morning America", "Occupy Wall
// Street", "U.S. District Judge"), 0 worse, 3 same (a company's or
// college's "senior Vice President <name>", where an editor writes the
// title lower-case);
// train 1-8,000 51 changed, all read: 51 better, 0 worse.

// halfNames are the names, lower-cased, whose words raiseHalfNames
// writes capitalised together.
var halfNames = [][]string{
	{"good", "morning", "america"},
	{"occupy", "wall", "street"},
	{"video", "music", "awards"},
	{"federal", "election", "commission"},
	{"second", "world", "war"},
	{"first", "world", "war"},
	{"wells", "fargo"},
	{"time", "warner"},
	{"native", "americans"},
	{"native", "american"},
	{"wake", "forest"},
	{"pacific", "palisades"},
	{"great", "barrier", "reef"},
	{"sky", "news"},
}

// halfTitles are the titles of two words raised together before a name.
var halfTitles = [][]string{
	{"vice", "president"},
	{"attorney", "general"},
	{"district", "judge"},
}

// timeNouns are the words before "time" that make it the common noun.
var timeNouns = lex.Set("the", "a", "this", "that", "same", "any", "every", "each", "first", "last", "next", "some", "what", "by", "no", "one", "long", "full", "part")

// raiseHalfNames raises the half-raised names of the sentences, voice
// statements and claims of sum.
func raiseHalfNames(sum *chorus.Summary) {
	rewriteTexts(sum, raiseHalfNamesIn)
}

// raiseHalfNamesIn is raiseHalfNames for one text.
func raiseHalfNamesIn(s string) string {
	fields := lex.SpaceFields(s)
	changed := false
	for j := range fields {
		for _, name := range halfNames {
			if raiseHalfAt(fields, j, name, false) {
				changed = true
			}
		}
		for _, name := range halfTitles {
			if raiseHalfAt(fields, j, name, true) {
				changed = true
			}
		}
	}
	if !changed {
		return s
	}
	return strings.Join(fields, " ")
}

// raiseHalfAt raises the words of name at fields[j:] when they spell it
// there, one of them capitalised and one lower-case, and reports whether
// it did; a title (title) only before a capitalised word.
func raiseHalfAt(fields []string, j int, name []string, title bool) bool {
	end := j + len(name)
	if end > len(fields) {
		return false
	}
	first := lex.TrimLeftPunct(fields[j], "\"'(“‘")
	lead := len(fields[j]) - len(first) // an opening quotation mark: "\"good morning America\""
	if !strings.EqualFold(first, name[0]) {
		return false
	}
	capital, lower := false, false
	for k, w := range name {
		f := fields[j+k]
		if k == 0 {
			f = first
		}
		if k == len(name)-1 {
			f = strings.TrimSuffix(strings.TrimSuffix(lex.TrimRightPunct(f, ",.;:)\"'"), "'s"), "’s")
		} else if lex.TrimRightPunct(f, ",.;:)\"'") != f {
			return false // punctuation inside: no one name
		}
		if !strings.EqualFold(f, w) {
			return false
		}
		switch {
		case f[0] >= 'A' && f[0] <= 'Z':
			capital = true
		case f[0] >= 'a' && f[0] <= 'z':
			lower = true
		}
	}
	if !capital || !lower {
		return false
	}
	if title && (end >= len(fields) || !laterNameUpper(fields[end]) || lex.TrimRightPunct(fields[end-1], ",.;:") != fields[end-1]) {
		return false
	}
	if name[0] == "time" && j > 0 && timeNouns[lex.Lower(fields[j-1])] {
		return false
	}
	fields[j] = fields[j][:lead] + lex.UpperFirst(first)
	for k := j + 1; k < end; k++ {
		fields[k] = lex.UpperFirst(fields[k])
	}
	return true
}
