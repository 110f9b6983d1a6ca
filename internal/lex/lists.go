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
func IsAttributionVerb(w string) bool { return attributionVerbs[w] }

// IsQuoteVerb reports whether the lower-case word w may follow a quoted
// question or exclamation within the same sentence ("Why?" Cohen asked;
// "Stop!" she shouted): the verbs the sentence splitter looks for.
func IsQuoteVerb(w string) bool { return quoteVerbs[w] }

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
