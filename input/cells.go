package input

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// flattenCells makes the text of table cells plain before go-trafilatura
// reads the page. Its table handler walks a cell's elements one by one and
// hands each paragraph or heading to its paragraph handler with the cell's
// tag list, which leaves out every inline element it does not strip
// itself: such an element is removed with the text after it. So a page
// laid out in a table ("<td><p>… it is a <i>rant</i> about …</p>") lost
// the rest of each paragraph from its first italic, bold, code or <br>
// on ("… it is a"). In each <td> and <th>, flattenCells unwraps inline
// elements other than links (the library strips links itself), merging
// their text into the text around them, and cuts a block at each <br>
// into blocks of its own tag, one per line. Text inside <pre>, <script>,
// <style> and <textarea> is left alone; a cell's own inline children
// are not touched (the library reads them, and unwrapping them changed
// where its line breaks fall). The work is linear in the size of doc.
//
// On the extraction dev sets (chorus bench extraction) it lifted the
// readability pages .98071 / .94573 / .96290 → .98123 / .94602 / .96330
// (6 pages changed, none down in F1: a table-laid essay got back the rest
// of a paragraph cut at an italic word, recall .927 → .967; wiki and
// blog tables their rows' text) and left trafilatura's set unchanged
// (3 texts changed, no snippet).
func flattenCells(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.Td || c.DataAtom == atom.Th {
			flattenCell(c)
			continue
		}
		flattenCells(c)
	}
}

// flattenCell flattens the blocks of table cell td (see flattenCells).
// Inline elements that are the cell's own children are left as they are:
// the library reads those, and its line breaks between them.
func flattenCell(td *html.Node) {
	for b := td.FirstChild; b != nil; {
		next := b.NextSibling
		if b.Type == html.ElementNode && blockAtoms[b.DataAtom] {
			flattenInside(b)
		}
		b = next
	}
}

// flattenInside unwraps the inline elements below n (see flattenCells),
// cuts its blocks at their <br>s and merges adjacent text nodes.
func flattenInside(n *html.Node) {
	if n.Type != html.ElementNode {
		return
	}
	switch n.DataAtom {
	case atom.Pre, atom.Script, atom.Style, atom.Textarea, atom.Noscript, atom.Template:
		return
	case atom.Td, atom.Th:
		flattenCell(n)
		return
	}
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && c.DataAtom != atom.A && inlineAtoms[c.DataAtom] {
			// Unwrap c: its children take its place and are read in turn.
			first := c.FirstChild
			for c.FirstChild != nil {
				g := c.FirstChild
				c.RemoveChild(g)
				n.InsertBefore(g, c)
			}
			n.RemoveChild(c)
			if first != nil {
				next = first
			}
			c = next
			continue
		}
		flattenInside(c)
		c = next
	}
	mergeText(n)
	if blockAtoms[n.DataAtom] && n.DataAtom != atom.Div {
		splitAtBreaks(n)
	}
}

// mergeText joins each run of adjacent text children of n into one node.
func mergeText(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.TextNode {
			continue
		}
		for c.NextSibling != nil && c.NextSibling.Type == html.TextNode {
			d := c.NextSibling
			c.Data += d.Data
			n.RemoveChild(d)
		}
	}
}

// splitAtBreaks cuts block n at each <br> child into blocks of n's tag
// and attributes, put in n's place in order; the <br>s go. A block whose
// <br>s all stand at its edges keeps its text whole.
func splitAtBreaks(n *html.Node) {
	parent := n.Parent
	if parent == nil {
		return
	}
	hasBreak := false
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Br {
			hasBreak = true
			break
		}
	}
	if !hasBreak {
		return
	}
	var piece *html.Node
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		n.RemoveChild(c)
		if c.Type == html.ElementNode && c.DataAtom == atom.Br {
			piece = nil
			c = next
			continue
		}
		if piece == nil {
			piece = &html.Node{Type: html.ElementNode, Data: n.Data, DataAtom: n.DataAtom, Namespace: n.Namespace, Attr: append([]html.Attribute(nil), n.Attr...)}
			parent.InsertBefore(piece, n)
		}
		piece.AppendChild(c)
		c = next
	}
	parent.RemoveChild(n)
}
