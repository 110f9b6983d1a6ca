package dispute

import (
	"slices"
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file names who makes a denial: the speaker package voices
// credits, or the subject before the verb of denial.

// denier returns who makes the denial at verb v: the speaker package
// voices credits, else the subject before the verb when it names someone
// ("Today, Cain denied", "The ferry company denied", "Mr. Caporella, a
// chief executive, and the company have denied"), as the sentence spells
// it; "" for a pronoun.
func denier(s sentence, v int) string {
	if who := s.speakerOf(); who != "" {
		return who
	}
	if v+1 < len(s.orig) && s.orig[v+1] == "," || strings.HasSuffix(strings.TrimSpace(origAt(s, v)), ":") {
		return "" // "the passage she disputes:": no denial of a claim
	}
	// The clauses before the verb, split at commas: [from, to) of each.
	var segs [][2]int
	start := 0
	for i := 0; i <= v; i++ {
		if i == v || s.words[i] == "," {
			segs = append(segs, [2]int{start, i})
			start = i + 1
		}
	}
	head := segs[0]
	from, to := segs[len(segs)-1][0], segs[len(segs)-1][1]
	if from == to && len(segs) >= 2 {
		from, to = head[0], head[1] // "The lawyer, Natalia Veselnitskaya, denies"
	}
	for to > from && adverbs[s.words[to-1]] {
		to--
	}
	// "on Tuesday" between subject and verb.
	if to > from && weekdays[s.words[to-1]] {
		to--
		if to > from && (s.words[to-1] == "on" || s.words[to-1] == "last") {
			to--
		}
	}
	if to-from > 1 && s.words[from] == "but" {
		from++
	}
	if to-from == 0 {
		return ""
	}
	name := s.orig[from:to]
	if s.words[from] == "and" && len(segs) >= 2 && head[1] > head[0] {
		// "X, a ..., and Y": X and Y.
		name = append(append([]string{}, s.orig[head[0]:head[1]]...), name...)
	}
	if pronouns[strings.ToLower(name[0])] {
		return ""
	}
	if len(name) > 6 {
		return ""
	}
	return lex.UpperFirst(strings.Join(name, " "))
}

// origAt returns the raw field of the sentence text that holds word i, or
// "" when the text does not line up with its words.
func origAt(s sentence, i int) string {
	n := 0
	for _, f := range strings.Fields(s.text) {
		if strings.Trim(f, ".,;:!?\"'“”‘’()[]") == "" {
			continue
		}
		if n == i-commasBefore(s.words, i) {
			return f
		}
		n++
	}
	return ""
}

// commasBefore counts the "," words before word i.
func commasBefore(ws []string, i int) int {
	n := 0
	for _, w := range ws[:i] {
		if w == "," {
			n++
		}
	}
	return n
}

// weekdays name a day a denial was made on.
var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "week": true}

// adverbs come between a subject and its verb of denial.
var adverbs = map[string]bool{"have": true, "has": true, "had": true, "also": true, "strongly": true, "flatly": true,
	"vehemently": true, "repeatedly": true, "firmly": true, "categorically": true, "publicly": true, "later": true,
	"quickly": true, "swiftly": true, "previously": true, "since": true, "immediately": true, "emphatically": true}

// pronouns cannot be shown as a speaker.
var pronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "i": true, "you": true,
	"this": true, "that": true, "who": true, "which": true, "both": true, "but": true, "and": true}

// pronounLed reports a sentence that opens with a pronoun and names no
// speaker: it does not stand alone beside another claim.
func pronounLed(c sentence) bool {
	return len(c.words) > 0 && pronouns[c.words[0]] && c.speakerOf() == ""
}

// sameSpeaker reports whether two speaker names share a word of a name
// ("Christopher Wray", "FBI director Christopher A. Wray").
func sameSpeaker(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(a)) {
		if len(w) > 2 && slices.Contains(strings.Fields(strings.ToLower(b)), w) {
			return true
		}
	}
	return false
}

// lowerArticle lower-cases a leading article for use inside a phrase
// ("denied by the ferry company").
func lowerArticle(name string) string {
	for _, a := range []string{"The ", "A ", "An "} {
		if rest, ok := strings.CutPrefix(name, a); ok {
			return strings.ToLower(a) + rest
		}
	}
	return name
}
