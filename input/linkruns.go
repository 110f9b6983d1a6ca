package input

import (
	"strings"

	"golang.org/x/net/html"
)

// maxAnchorLetters is the longest link text, in bytes, that linkTexts
// records: a link longer than a headline is not a line of a menu or of a
// list of teasers, and the bound keeps the set small on huge pages.
const maxAnchorLetters = 300

// maxAnchors is the most link texts linkTexts records on one page.
const maxAnchors = 20_000

// linkTexts returns the texts of the page's links (<a href>), each as
// linkKey writes it: what a line of the extracted text is compared with
// to tell whether it was a link on the page.
func linkTexts(doc *html.Node) map[string]bool {
	return nodeKeys(doc, maxAnchors, func(n *html.Node) (string, bool) {
		if n.Type != html.ElementNode || n.Data != "a" || attr(n, "href") == "" {
			return "", false
		}
		if t := nodeText(n); len(t) <= maxAnchorLetters {
			return linkKey(t), true
		}
		return "", true
	})
}

// nodeKeys walks doc and records, for each node key matches (its second
// result), the key it returns when not empty, without looking inside that
// node; it stops once limit keys are recorded.
func nodeKeys(doc *html.Node, limit int, key func(n *html.Node) (string, bool)) map[string]bool {
	out := map[string]bool{}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if len(out) >= limit {
			return
		}
		if k, ok := key(n); ok {
			if k != "" {
				out[k] = true
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return out
}

// attr returns the value of n's attribute key, "" when it has none.
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// linkKey is s lower-cased with its letters and digits only, words
// separated by one space: a link's text and the line extraction made of
// it compare equal whatever punctuation, spacing or marks surround them.
func linkKey(s string) string { return strings.Join(words(s), " ") }

// minRunLinks is the fewest link lines that make a run of links at the
// text's edges (dropLinkRuns): one linked line alone may be the
// article's own last line or a linked headline.
const minRunLinks = 2

// maxKickerWords is the longest linked line, in words, that
// dropLinkRuns drops alone above the article: a section's name over the
// headline ("Opinion", "World news"; a three-word line may be a linked
// headline).
const maxKickerWords = 2

// maxRunLabelWords is the longest line, in words, that may stand between
// the link lines of a run at the text's end: a label over a list of
// headlines ("Editors' Recommendations:", "Headlines", "Sponsored").
const maxRunLabelWords = 4

// dropLinkRuns removes the runs of lines that were links on the page
// (links: linkTexts) at the text's edges, outside its paragraphs of prose
// (proseSpan): after the last, a list of headlines of other stories ("…
// - October 10, 2020" allowed after each), with the labels among them;
// before the first, a menu (languages, sections, a table of contents)
// when it opens the text. A run needs minRunLinks link lines, so a lone
// linked headline or a closing "Read the report" stays, except a linked
// section name of at most maxKickerWords words opening the text
// ("Opinion": the readability pages .98047 → .98048, quanta-1; it drops
// three such lines on trafilatura's set, no snippet); inside the
// article nothing is dropped. This is boilerpipe's rule that a block made
// only of link text outside the main content is boilerplate, taken where
// go-trafilatura's recall focus lets those lists through.
func dropLinkRuns(text string, links map[string]bool) string {
	if len(links) == 0 {
		return text
	}
	paras := strings.Split(text, "\n\n")
	first, last := proseSpan(paras, true)
	if first < 0 {
		return text
	}
	end, n := len(paras), 0
	for i := len(paras) - 1; i > last; i-- {
		p := paras[i]
		switch {
		case isLinkLine(p, links, 2):
			n++
			end = i
		case isRunLabel(p):
			end = i
		default:
			i = last // stop: prose-like text ends the run
		}
	}
	if n < minRunLinks {
		end = len(paras)
	}
	start, n := 0, 0
	for start < first && isLinkLine(paras[start], links, 1) {
		start++
		n++
	}
	if n < minRunLinks && !(n == 1 && len(words(paras[0])) <= maxKickerWords) {
		start = 0
	}
	if start == 0 && end == len(paras) {
		return text
	}
	return strings.Join(paras[start:end], "\n\n")
}

// isLinkLine reports whether the line p, of at least minWords words, is
// the text of one of the page's links, alone or followed by a date after
// a dash or bar ("Headline - October 9, 2020").
func isLinkLine(p string, links map[string]bool, minWords int) bool {
	w := words(p)
	if len(w) < minWords {
		return false
	}
	if links[strings.Join(w, " ")] {
		return true
	}
	for _, sep := range []string{" - ", " – ", " — ", " | "} {
		i := strings.LastIndex(p, sep)
		if i < 0 {
			continue
		}
		head, tail := p[:i], p[i+len(sep):]
		if hw := words(head); len(hw) >= minWords && isDateLine(words(tail)) && links[strings.Join(hw, " ")] {
			return true
		}
	}
	return false
}

// isRunLabel reports whether p is a short label that may stand inside a
// run of links at the text's end: at most maxRunLabelWords words that do
// not end a sentence, or end with a colon.
func isRunLabel(p string) bool {
	w := words(p)
	if len(w) == 0 || len(w) > maxRunLabelWords {
		return false
	}
	t := strings.TrimSpace(p)
	return strings.HasSuffix(t, ":") || !endsSentence(t)
}
