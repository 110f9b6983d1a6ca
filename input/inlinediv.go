package input

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// inlineLine is one line of an inline-only <div>: its text as the page
// shows it (white space collapsed) and as words (see words), joined by
// single spaces and padded with one space each side.
type inlineLine struct {
	text, key string
	div, at   int // the div's number in the page, the line's number in the div
}

// minInlineWords and maxInlineWords bound the words of a line of an
// inline-only <div> that rejoinInlineDivs restores: longer lines are not
// a paragraph (a page's whole text set in one div), and bounding them
// keeps the look-ups linear.
const (
	minInlineWords = 6
	maxInlineWords = 300
)

// inlineDivLines returns the lines of the page's inline-only <div>s: a
// <div> of inline elements (<a>, <em>, <strong>, <span> …) and text,
// no block inside (isInlineOnly), its lines split at <br>.
// go-trafilatura reads such a div as its elements' texts and tails: it
// loses the text before the first element and cuts the rest into one
// paragraph per element ("said the bridge" / "would be finished …"), so
// rejoinInlineDivs puts the lines back together after extraction. Lines
// of fewer than minInlineWords words, and lines at least half of whose
// words are links (breadcrumbs, pingbacks), or that do not end a
// sentence (a heading and its tail, a label and a number) are left out.
// Linear in the size of
// doc.
func inlineDivLines(doc *html.Node) []inlineLine {
	var out []inlineLine
	div := 0
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Div && isInlineOnly(n) {
			var b strings.Builder
			linked, at := 0, 0 // words inside links on the line; lines so far
			flush := func() {
				t := strings.Join(strings.Fields(b.String()), " ")
				b.Reset()
				w := words(t)
				if len(w) >= minInlineWords && len(w) <= maxInlineWords && 2*linked < len(w) && endsSentence(t) {
					out = append(out, inlineLine{text: t, key: " " + strings.Join(w, " ") + " ", div: div, at: at})
				}
				if len(w) > 0 {
					at++
				}
				linked = 0
			}
			var text func(n *html.Node, inLink bool)
			text = func(n *html.Node, inLink bool) {
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					switch {
					case c.Type == html.TextNode:
						b.WriteString(c.Data)
						if inLink {
							linked += len(words(c.Data))
						}
					case c.Type == html.ElementNode && c.DataAtom == atom.Br:
						flush()
					case c.Type == html.ElementNode && !isInvisible(c):
						text(c, inLink || c.DataAtom == atom.A)
					}
				}
			}
			text(n, false)
			flush()
			div++
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return out
}

// isInlineOnly reports whether div n holds text of its own (a text child
// with a letter or digit) beside at least one element, or two elements
// or more, and no block element (blockAtoms, list items, table cells,
// images) below it.
func isInlineOnly(n *html.Node) bool {
	ownText, elems, brs := false, 0, 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			ownText = ownText || strings.IndexFunc(c.Data, isWordRune) >= 0
		case c.Type == html.ElementNode && c.DataAtom == atom.Br:
			brs++
		case c.Type == html.ElementNode && !isInvisible(c):
			elems++
		}
	}
	if !(ownText && elems+brs > 0 || elems >= 2) {
		return false
	}
	var block func(*html.Node) bool
	block = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && (blockAtoms[c.DataAtom] || c.DataAtom == atom.Li || c.DataAtom == atom.Td || c.DataAtom == atom.Img || isInvisible(c) || block(c)) {
				return true
			}
		}
		return false
	}
	return !block(n)
}

// maxInlineCandidates bounds the lines a paragraph's first words are
// looked up in: words that open more lines than this are too common to
// place a fragment.
const maxInlineCandidates = 8

// rejoinInlineDivs replaces each run of paragraphs of text (separated by
// blank lines) that are pieces of one line of an inline-only <div>
// (lines, see inlineDivLines) with the whole line: the pieces in the
// line's order, the first of at least three words, each but the last cut
// inside a sentence (whole sentences are paragraphs of their own), two
// pieces or more, or one shorter than the line that opens in lower case
// (the tail of a sentence whose head was lost). A paragraph that is itself
// a whole line, or pieces of a line that text already holds whole, stay
// as they are. Where a div first shows in text (a line whole or in
// pieces), its lines before that one that text lacks are put back first:
// go-trafilatura drops the text a div holds before its first element or
// <br> ("The mayor said …<br>The council agreed with <b>the plan</b>").
// Lines are found through an index of their word trigrams and are at
// most maxInlineWords long, so the work is linear in the text and the
// lines.
func rejoinInlineDivs(text string, lines []inlineLine) string {
	if len(lines) == 0 {
		return text
	}
	index := map[string][]int{}
	for i, l := range lines {
		w := strings.Fields(l.key)
		seen := map[string]bool{}
		for j := 0; j+3 <= len(w); j++ {
			k := strings.Join(w[j:j+3], " ")
			if seen[k] || len(index[k]) > maxInlineCandidates {
				continue
			}
			seen[k] = true
			index[k] = append(index[k], i)
		}
	}
	paras := strings.Split(text, "\n\n")
	keys := make([]string, len(paras))
	for i, p := range paras {
		if w := words(p); len(w) > 0 {
			keys[i] = " " + strings.Join(w, " ") + " "
		}
	}
	present := map[string]bool{} // the paragraphs' keys: a line already whole in text is not restored
	for _, k := range keys {
		present[k] = true
	}
	var out []string
	changed := false
	seenDiv := map[int]bool{} // the divs a paragraph of text came from
	for i := 0; i < len(paras); i++ {
		w := strings.Fields(keys[i])
		if len(w) < 3 {
			out = append(out, paras[i])
			continue
		}
		cands := index[strings.Join(w[:3], " ")]
		best, end := -1, i
		whole := -1 // the line paragraph i is, whole
		if k := slices.IndexFunc(cands, func(li int) bool { return lines[li].key == keys[i] }); k >= 0 {
			whole = cands[k]
		}
		if len(cands) <= maxInlineCandidates && whole < 0 {
			for _, li := range cands {
				l := lines[li]
				pos := strings.Index(l.key, keys[i])
				if pos < 0 {
					continue
				}
				// Take the following pieces of the same line, in order.
				j, at, covered := i+1, pos+len(keys[i])-1, len(keys[i])-1
				for j < len(paras) && keys[j] != "" && !endsSentence(paras[j-1]) {
					k := strings.Index(l.key[at:], keys[j])
					if k < 0 {
						break
					}
					at += k + len(keys[j]) - 1
					covered += len(keys[j]) - 1
					j++
				}
				if (j-i > 1 || covered+1 < len(l.key) && startsLower(paras[i])) && j > end && !present[l.key] {
					best, end = li, j
				}
			}
		}
		anchor := best
		if anchor < 0 {
			anchor = whole
		}
		if anchor >= 0 && !seenDiv[lines[anchor].div] {
			// The div's first line in the text: put back the lines
			// before it that go-trafilatura lost (the div's own text).
			seenDiv[lines[anchor].div] = true
			first := anchor
			for first > 0 && lines[first-1].div == lines[anchor].div {
				first--
			}
			for _, l := range lines[first:anchor] {
				if !present[l.key] {
					out = append(out, l.text)
					present[l.key] = true
					changed = true
				}
			}
		}
		if best < 0 {
			out = append(out, paras[i])
			continue
		}
		out = append(out, lines[best].text)
		present[lines[best].key] = true
		i = end - 1
		changed = true
	}
	if !changed {
		return text
	}
	return strings.Join(out, "\n\n")
}

// startsLower reports whether p's first letter is lower-case.
func startsLower(p string) bool {
	for _, r := range p {
		if unicode.IsLetter(r) {
			return unicode.IsLower(r)
		}
	}
	return false
}
