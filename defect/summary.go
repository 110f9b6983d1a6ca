package defect

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// InSummary returns the classes of each sentence of a summary read in
// order. Furniture and fragments are judged as by Detect. A dangling
// reference or an unattributed quote counts only when the summary does not
// resolve it: follows[i] reports whether, in its source, sentence i comes
// right after summary sentence i-1, so that what it leans on was just read;
// an opening "the X" is also resolved by an earlier summary sentence that
// names X ("The storm ..." after a lead about the storm), and a quote by a
// previous summary sentence that names a speaker. follows may be nil (no
// sentence follows its source predecessor).
func InSummary(sentences []string, follows []bool) []Set {
	out := make([]Set, len(sentences))
	seen := make(map[string]bool)
	for i, s := range sentences {
		set := Detect(s, Context{Position: i})
		resolved := i > 0 && i < len(follows) && follows[i]
		if set.Has(DanglingReference) && (resolved || namedBefore(s, seen)) {
			set &^= 1 << DanglingReference
		}
		if set.Has(UnattributedQuote) && (resolved || i > 0 && NamesSpeaker(sentences[i-1])) {
			set &^= 1 << UnattributedQuote
		}
		out[i] = set
		for _, w := range Words(s, 200) {
			seen[NameKey(w)] = true
		}
	}
	return out
}

// namedBefore reports whether s leans back only through an opening "the
// X" (it would not dangle with a name in its place) and one of the two
// words after "the" was in an earlier sentence (seen holds their words,
// see NameKey).
func namedBefore(s string, seen map[string]bool) bool {
	for _, w := range DefiniteHeads(s) {
		if seen[w] {
			return true
		}
	}
	return false
}

// DefiniteHeads returns what an earlier sentence must name for s to be
// understood when s leans back only through an opening "the X" ("The
// council voted ..."; with a name in its place it would not dangle): the
// content words among the two after "the", folded by NameKey. It returns
// nil when s does not open so, or leans back otherwise too. InSummary
// counts such a sentence resolved when an earlier summary sentence holds
// one of these words; the summarizer selects and orders by the same rule.
// A definite that says which one it means ("The number of deaths rose")
// does not lean back: nil.
func DefiniteHeads(s string) []string {
	lead := strings.TrimLeft(s, " ([•*·-–—")
	rest, ok := strings.CutPrefix(lead, "The ")
	if !ok {
		rest, ok = strings.CutPrefix(lead, "the ")
	}
	if !ok || Dangles("Name "+rest) || !Dangles(s) {
		return nil
	}
	var out []string
	for _, w := range Words(rest, 2) {
		if !lex.IsStopword(w) {
			out = append(out, NameKey(w))
		}
	}
	return out
}

// NameKey folds a lower-case word as DefiniteHeads does: a plural "s" is
// dropped, so that "storms" names "storm".
func NameKey(w string) string {
	if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return w[:len(w)-1]
	}
	return w
}

// NamesSpeaker reports whether s attributes words to a named speaker
// ("Ruth Calder said ...", "..., according to the state engineer"), so that
// a quote right after it has its speaker.
func NamesSpeaker(s string) bool {
	s = straightQuotes(collapse(s))
	// Only the unquoted text names a speaker.
	parts := strings.Split(s, `"`)
	var outside []string
	for i, p := range parts {
		if i%2 == 0 {
			outside = append(outside, p)
		}
	}
	named, _ := speakerOf(Words(strings.Join(outside, " | "), 200))
	return named
}
