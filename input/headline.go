package input

import "strings"

// maxHeadlineWords is the longest paragraph, in words, that dropHeadline
// takes for the page's headline.
const maxHeadlineWords = 40

// dropHeadline drops the page's headline from the top of the text: a
// paragraph before the first paragraph of prose (proseSpan) whose words
// are those of one of the page's titles (og:title, JSON-LD headline,
// <title>), the title's site-name tail allowed ("… - BBC News"), or
// that holds the title whole with little beside it. The headline is the
// page's title, not its article body.
func dropHeadline(text string, titles ...string) string {
	var tws [][]string
	for _, t := range titles {
		if w := words(t); len(w) >= 2 {
			tws = append(tws, w)
		}
	}
	if len(tws) == 0 {
		return text
	}
	paras := strings.Split(text, "\n\n")
	first, _ := proseSpan(paras, true)
	if first < 0 {
		first, _ = proseSpan(paras, false)
	}
	if first <= 0 {
		return text
	}
	keep := paras[:0]
	for i, p := range paras {
		if i < first && isHeadline(words(p), tws) {
			continue
		}
		keep = append(keep, p)
	}
	return strings.Join(keep, "\n\n")
}

// isHeadline reports whether the paragraph's words pw are a headline for
// one of the titles' words tws: pw inside a title, covering most of it,
// or a title inside pw, covering most of pw.
func isHeadline(pw []string, tws [][]string) bool {
	if len(pw) < 2 || len(pw) > maxHeadlineWords {
		return false
	}
	for _, tw := range tws {
		if contains(tw, pw) && 5*len(pw) >= 3*len(tw) {
			return true
		}
		if contains(pw, tw) && 5*len(tw) >= 4*len(pw) {
			return true
		}
	}
	return false
}

// contains reports whether the words sub occur in order, one after
// another, inside w.
func contains(w, sub []string) bool {
	if len(sub) == 0 || len(sub) > len(w) {
		return false
	}
	return strings.Contains(" "+strings.Join(w, " ")+" ", " "+strings.Join(sub, " ")+" ")
}
