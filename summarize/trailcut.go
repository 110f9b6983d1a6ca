package summarize

import "strings"

// A sentence the page cut short and closed with an ellipsis: a teaser
// or a link's text ("The council says the ferry will stop running from
// ...", "Velmor was fined and told to..."), or a quotation whose words
// run on past the cut ("\"We will not rest until the harbour...").
// Such a piece is not a sentence a summary can print; a quotation closed
// after its ellipsis ("... at the time...\"") is the speaker's own trailing
// off and stays.

// cutOffTrail reports whether s ends in an ellipsis ("..." or "…")
// after a word, with no closing quotation mark or bracket after it. Four
// dots ("... in the spring....") are a full stop and an ellipsis: the
// sentence is whole.
func cutOffTrail(s string) bool {
	t := strings.TrimRight(s, " ")
	var rest string
	switch {
	case strings.HasSuffix(t, "...."):
		return false
	case strings.HasSuffix(t, "..."):
		rest = strings.TrimRight(t, ".")
	case strings.HasSuffix(t, "…"):
		rest = strings.TrimSuffix(t, "…")
	default:
		return false
	}
	rest = strings.TrimRight(rest, " ")
	return rest != "" && isASCIILetter(rest[len(rest)-1])
}

// dropCutTrails leaves out of picked, a reader's summary in reading
// order, each sentence after the first whose text, its style ellipsis
// closed (closeEllipsis), still ends in an ellipsis after a word
// (cutOffTrail): the page cut it there. The opening sentence stays.
func (c *cluster) dropCutTrails(picked []int) []int {
	if len(picked) < 2 {
		return picked
	}
	out := picked[:1:1]
	for _, f := range picked[1:] {
		if cutOffTrail(closeEllipsis(c.cands[c.facts[f].rep].text)) {
			continue
		}
		out = append(out, f)
	}
	return out
}
