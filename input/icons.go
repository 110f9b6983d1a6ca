package input

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxIconName is the longest glyph name of an icon font, in bytes.
const maxIconName = 25

// clearIconNames empties the icons of an icon font (Material Icons and
// the like: <i class="material-icons">bookmark_border</i>), whose text is
// the name of a glyph that the font draws as a picture: a page saved
// without its fonts shows "bookmark_border Save" where a reader saw a
// picture and "Save". An icon is an <i> or <span> with no child element,
// a class or id token icon or icons (or a material-icons /
// material-symbols class), and text of one lower-case word of letters,
// digits and '_' (maxIconName bytes at most). The element stays, empty,
// so that the page's structure, which go-trafilatura scores, is the same
// (hiding the icons instead changed which block it took on two
// trafilatura pages). On the dev sets (chorus bench extraction) it
// changes one trafilatura page (three glyph names before a German news
// page's save, listen and comment labels) and neither set's figures.
// The work is linear in the size of doc.
func clearIconNames(n *html.Node) {
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Head, atom.Template:
			return
		case atom.I, atom.Span:
			if isIcon(n) {
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					c.Data = ""
				}
				return
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		clearIconNames(c)
	}
}

// isIcon reports whether the <i> or <span> n is an icon whose text is a
// glyph name (see clearIconNames).
func isIcon(n *html.Node) bool {
	var text string
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.TextNode {
			return false
		}
		text += c.Data
	}
	text = strings.TrimSpace(text)
	if text == "" || len(text) > maxIconName || strings.TrimFunc(text, isGlyphNameRune) != "" {
		return false
	}
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		for _, name := range strings.Fields(strings.ToLower(a.Val)) {
			if strings.HasPrefix(name, "material-icons") || strings.HasPrefix(name, "material-symbols") || hasToken(name, []string{"icon", "icons"}) {
				return true
			}
		}
	}
	return false
}

// isGlyphNameRune reports whether r may be part of a glyph name: a
// lower-case ASCII letter, a digit or '_'.
func isGlyphNameRune(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_'
}
