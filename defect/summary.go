package defect

import "strings"

// InSummary returns the classes of each sentence of a summary read in
// order. Furniture and fragments are judged as by Detect. A dangling
// reference or an unattributed quote counts only when the summary does not
// resolve it: follows[i] reports whether, in its source, sentence i comes
// right after summary sentence i-1, so that what it leans on was just read;
// a quote is also resolved by a previous summary sentence that names a
// speaker. follows may be nil (no sentence follows its source predecessor).
func InSummary(sentences []string, follows []bool) []Set {
	out := make([]Set, len(sentences))
	for i, s := range sentences {
		set := Detect(s, Context{Position: i})
		resolved := i > 0 && i < len(follows) && follows[i]
		if set.Has(DanglingReference) && resolved {
			set &^= 1 << DanglingReference
		}
		if set.Has(UnattributedQuote) && (resolved || i > 0 && NamesSpeaker(sentences[i-1])) {
			set &^= 1 << UnattributedQuote
		}
		out[i] = set
	}
	return out
}

// NamesSpeaker reports whether s attributes words to a named speaker
// ("Ruth Calder said ...", "..., according to the state engineer"), so that
// a quote right after it has its speaker.
func NamesSpeaker(s string) bool {
	s = quoteMarks.Replace(strings.Join(strings.Fields(s), " "))
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
