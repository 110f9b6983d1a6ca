package input

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// minNoscriptLetters is the fewest letters of text a <noscript> must hold
// for openNoscript to open it: an article, not a "JavaScript is required"
// notice or a tracking pixel.
const minNoscriptLetters = 500

// openNoscript turns the <noscript> elements of doc that hold an article's
// worth of text (minNoscriptLetters) into <div>s holding their markup
// parsed, as a browser without scripts shows them. The parser, like a
// browser with scripts, keeps a noscript's content as raw text, which
// go-trafilatura's fallback extractors then take for text, tags and all
// ("<p>Over the past ..."); pages that render their article from a script
// template keep the article only there. Shorter noscripts are left to
// go-trafilatura, which drops them.
func openNoscript(doc *html.Node) {
	var found []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Noscript {
			found = append(found, n)
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	for _, n := range found {
		var raw strings.Builder
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.TextNode {
				raw.WriteString(c.Data)
			}
		}
		if !strings.Contains(raw.String(), "<") || n.Parent == nil {
			continue
		}
		ctx := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
		nodes, err := html.ParseFragment(strings.NewReader(raw.String()), ctx)
		if err != nil {
			continue
		}
		div := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
		for _, c := range nodes {
			div.AppendChild(c)
		}
		if letters(div) < minNoscriptLetters {
			continue
		}
		n.Parent.InsertBefore(div, n)
		n.Parent.RemoveChild(n)
	}
}

// letters counts the non-space characters of the text below n, outside
// scripts and styles.
func letters(n *html.Node) int {
	switch {
	case n.Type == html.TextNode:
		c := 0
		for _, r := range n.Data {
			if r > ' ' {
				c++
			}
		}
		return c
	case n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style):
		return 0
	}
	c := 0
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		c += letters(k)
	}
	return c
}
