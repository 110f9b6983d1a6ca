package lex

import (
	_ "embed"
	"strings"
)

//go:embed speechverbs.txt
var speechVerbList string

//go:embed agencies.txt
var agencyList string

// Sections of the embedded speech-verb list, built once: the unions the
// two tests below ask for, so that each looks a word up once.
var (
	attributionVerbs = Set(append(Section(speechVerbList, "reporting"), Section(speechVerbList, "stating")...)...)
	quoteVerbs       = Set(append(Section(speechVerbList, "reporting"), Section(speechVerbList, "manner")...)...)
)

// IsAttributionVerb reports whether the lower-case word w attributes a
// statement to its speaker ("said", "added", "argued"): the verbs the
// summarizer looks for beside a quote.
func IsAttributionVerb(w string) bool { return attributionShapes.may(w) && attributionVerbs[w] }

// IsQuoteVerb reports whether the lower-case word w may follow a quoted
// question or exclamation within the same sentence ("Why?" Cohen asked;
// "Stop!" she shouted): the verbs the sentence splitter looks for.
func IsQuoteVerb(w string) bool { return quoteShapes.may(w) && quoteVerbs[w] }

// Shapes of the words of each verb set, so that most words are turned
// away before a map lookup.
var (
	attributionShapes = shapesOf(attributionVerbs)
	quoteShapes       = shapesOf(quoteVerbs)
)

// wordShapes has bit n of entry shapeKey(w) set for each word w of a set
// n bytes long (n < 32): its first and last bytes, its length.
type wordShapes [1 << 10]uint32

// shapeKey returns the five low bits of the first and last bytes of w
// (those of a lower-case letter tell it from the others).
func shapeKey(w string) int { return int(w[0]&31)<<5 | int(w[len(w)-1]&31) }

// shapesOf returns the shapes of the words of set, which must all be
// shorter than 32 bytes and not empty.
func shapesOf(set map[string]bool) *wordShapes {
	var s wordShapes
	for w := range set {
		s[shapeKey(w)] |= 1 << len(w)
	}
	return &s
}

// may reports whether w has the shape of a word of the set: false means
// the set does not hold w.
func (s *wordShapes) may(w string) bool {
	return len(w) > 0 && len(w) < 32 && s[shapeKey(w)]>>len(w)&1 != 0
}

// Agencies returns the lower-case names of the news agencies and
// broadcasters whose name in parentheses tags a wire dateline ("(AP)",
// "(CNN)"), in the order of the embedded list. The caller owns the slice.
func Agencies() []string {
	return append(Section(agencyList, "wire"), Section(agencyList, "other")...)
}

// WireAgencies returns the agencies of Agencies whose tag is cut, with the
// text before it, wherever it stands in a sentence's first words.
func WireAgencies() []string { return Section(agencyList, "wire") }

// Section returns the words of the "[name]" section of an embedded word
// list: its lines up to the next section, trimmed, without blank lines and
// "#" comments.
func Section(list, name string) []string {
	var out []string
	in := false
	for line := range strings.Lines(list) {
		w := strings.TrimSpace(line)
		switch {
		case w == "" || strings.HasPrefix(w, "#"):
		case strings.HasPrefix(w, "[") && strings.HasSuffix(w, "]"):
			in = w[1:len(w)-1] == name
		case in:
			out = append(out, w)
		}
	}
	return out
}

// Set returns words as a set.
func Set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
