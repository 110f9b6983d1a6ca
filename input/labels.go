package input

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// relatedLabels are the labels, lower-cased and without end punctuation,
// that head a block of links to other pages ("You may also like", "More on
// this story"); relatedLabelPrefixes open such labels ("More from
// Sport", "More in Business").
var (
	relatedLabels = map[string]bool{
		"related": true, "related stories": true, "related articles": true, "related content": true,
		"related coverage": true, "related links": true, "related posts": true, "related news": true,
		"related reading": true, "more related stories": true, "more stories": true, "more news": true,
		"more on this story": true, "more on this topic": true, "more on this": true, "more like this": true,
		"read more": true, "read next": true, "read this next": true, "up next": true, "what to read next": true,
		"you may also like": true, "you might also like": true, "you may like": true, "you might like": true,
		"you may be interested in": true, "you might be interested in": true, "we recommend": true,
		"recommended": true, "recommended for you": true, "recommended stories": true, "recommended articles": true,
		"most read": true, "most popular": true, "most viewed": true, "most shared": true, "popular": true,
		"popular stories": true, "popular posts": true, "trending": true, "trending now": true,
		"trending stories": true, "don't miss": true, "don’t miss": true, "also read": true, "read also": true,
		"other stories": true, "latest news": true, "latest stories": true, "latest posts": true,
		"top stories": true, "editor's picks": true, "editor’s picks": true, "editors' picks": true,
		"in case you missed it": true, "around the web": true, "from the web": true,
		"sponsored stories": true, "promoted stories": true, "recent posts": true, "recent stories": true,
	}
	relatedLabelPrefixes = []string{"more from ", "more in ", "more stories from ", "latest from ", "more about "}
)

// maxMoreLabelWords is the longest weak related label ("More Sixers",
// "More on the election:", "More games news"), in words.
const maxMoreLabelWords = 4

// isMoreLabel reports whether text, an element's whole text, is a weak
// label of related links: "More" and one to three words after it, which a
// subheading of the story may also be ("More trouble ahead"), so that
// pruneLabelled marks it only when a block of links follows it, and
// dropFurniture never drops it alone.
func isMoreLabel(text string) bool {
	w := strings.Fields(strings.ToLower(strings.TrimRight(strings.TrimSpace(text), ":.!?»›>→ ")))
	return len(w) >= 2 && len(w) <= maxMoreLabelWords && w[0] == "more"
}

// maxLabelWords is the longest related label, in words.
const maxLabelWords = 6

// isRelatedLabel reports whether text, an element's whole text, is a label
// of related links (relatedLabels, relatedLabelPrefixes). dropFurniture
// also drops such a label left alone as a paragraph of the text (its
// links loaded by a script, or dropped by go-trafilatura): both dev sets
// unchanged.
func isRelatedLabel(text string) bool {
	w := strings.Fields(strings.ToLower(text))
	if len(w) == 0 || len(w) > maxLabelWords {
		return false
	}
	s := strings.TrimRight(strings.Join(w, " "), ":.!?»›>→ ")
	if relatedLabels[s] {
		return true
	}
	for _, p := range relatedLabelPrefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// pruneLabelled marks with the hidden attribute the blocks of links that
// a related label heads ("You may also like" over a list of headlines)
// and the label itself. The label is an element whose whole text is a
// related label (isRelatedLabel); wrappers that hold nothing else are
// climbed, up to maxLabelClimb, until it has following siblings. The
// siblings after it are marked while each is mostly links or a list of
// teasers (isLinkBlock); the label is marked when at least one was, or
// when nothing follows it. A label followed by prose is not marked, so
// the prose stays (the label line alone is dropped from the text by
// dropFurniture). No element that is or holds the article is marked, and
// marked elements are not searched again, so the work stays linear in the
// size of the page.
func (p *pruner) pruneLabelled(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if hasAttr(c, "hidden") {
			continue // marked after an earlier label
		}
		f := p.nodes[c]
		if f.letters > 0 && f.letters <= maxLabelLetters {
			if t := nodeText(c); isRelatedLabel(t) {
				p.pruneAfterLabel(c, false)
				continue
			} else if isMoreLabel(t) {
				p.pruneAfterLabel(c, true)
				continue
			}
		}
		p.pruneLabelled(c)
	}
}

// maxLabelLetters is the most letters a label element holds;
// maxLabelClimb how many wrappers pruneLabelled climbs from it.
const (
	maxLabelLetters = 60
	maxLabelClimb   = 3
)

// pruneAfterLabel marks the link blocks after the label element l, and l.
// A label inline in a short line whose other text is a link ("<em>Read
// more</em>: <a>…</a>") marks that whole line (inlineLinkLine). A weak
// label (isMoreLabel) is marked only with the links it heads.
func (p *pruner) pruneAfterLabel(l *html.Node, weak bool) {
	if line := p.inlineLinkLine(l); line != nil && !weak {
		setHidden(line)
		return
	}
	letters := p.nodes[l].letters
	for range maxLabelClimb {
		if nextWithText(l, p) != nil || l.Parent == nil || l.Parent.Type != html.ElementNode {
			break
		}
		if pf := p.nodes[l.Parent]; pf.letters != letters || pf.holdsArticle {
			break
		}
		l = l.Parent
	}
	marked, any := 0, false
	for s := nextWithText(l, p); s != nil; s = nextWithText(s, p) {
		any = true
		f := p.nodes[s]
		if !f.isLinkBlock() || f.holdsArticle {
			break
		}
		setHidden(s)
		marked++
	}
	if (marked > 0 || !any && !weak) && !p.nodes[l].holdsArticle {
		setHidden(l)
	}
}

// inlineLabelTags are the inline elements a related label is set in
// inside a line of text.
var inlineLabelTags = map[atom.Atom]bool{
	atom.Em: true, atom.I: true, atom.Strong: true, atom.B: true, atom.Span: true, atom.Mark: true, atom.U: true,
}

// inlineLinkLine returns the line (l's parent, a paragraph or list item)
// that the related label l opens inline when the rest of that line is
// mostly (60%) a link to another page and the line holds at most
// maxTeaserLetters letters: "<p><em>Read more</em>: <a href=…>Harbour vote
// opens</a></p>", whose label alone pruneAfterLabel would otherwise mark,
// leaving the headline as a line of the text. It returns nil otherwise.
func (p *pruner) inlineLinkLine(l *html.Node) *html.Node {
	line := l.Parent
	if !inlineLabelTags[l.DataAtom] || line == nil || line.Type != html.ElementNode ||
		line.DataAtom != atom.P && line.DataAtom != atom.Li && line.DataAtom != atom.Div {
		return nil
	}
	lf, pf := p.nodes[l], p.nodes[line]
	rest, restLinks := pf.letters-lf.letters, pf.linkLetters-lf.linkLetters
	if pf.holdsArticle || pf.letters > maxTeaserLetters || rest <= 0 || restLinks*10 < rest*6 {
		return nil
	}
	return line
}

// nextWithText returns the next element sibling of n that holds letters,
// or nil; a text node with letters between them ends the search.
func nextWithText(n *html.Node, p *pruner) *html.Node {
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		switch s.Type {
		case html.TextNode:
			if strings.TrimSpace(s.Data) != "" {
				return nil
			}
		case html.ElementNode:
			if p.nodes[s].letters > 0 {
				return s
			}
		}
	}
	return nil
}

// isLinkBlock reports whether an element with facts f is mostly (60%) the
// text of links to other pages, a list of teasers, or cards of teasers
// (linked headings with a line of standfirst each, at most
// maxTeaserLetters letters a card): the cards left the dev sets unchanged
// and are kept for TestPruneLabelled's invented page.
func (f nodeFacts) isLinkBlock() bool {
	return f.letters > 0 && f.linkLetters*10 >= f.letters*6 || f.isTeaserList() ||
		f.teaserItems > 0 && f.letters <= f.teaserItems*maxTeaserLetters || f.isTeaser() && f.letters <= maxTeaserLetters
}

// setHidden adds the hidden attribute to n unless it has it.
func setHidden(n *html.Node) {
	if !hasAttr(n, "hidden") {
		n.Attr = append(n.Attr, html.Attribute{Key: "hidden"})
	}
}

// nodeText returns the text below n, scripts and styles left out.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.Data {
			case "script", "style", "noscript", "template":
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		b.WriteByte(' ')
	}
	walk(n)
	return b.String()
}
