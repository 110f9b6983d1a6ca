package input

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A furnitureClass is a kind of page furniture recognised by the words of
// an element's class and id: the element and everything in it is left out
// of the article text.
type furnitureClass struct {
	name string
	// words are matched inside the lower-cased class names and id.
	words []string
}

// furnitureClasses are the class and id words of page furniture that
// go-trafilatura lets through: its fallback extractors (readability, DOM
// distiller) do not look at class names, and its FavorRecall focus keeps
// blocks its own rules would drop. Each kind was measured alone on both
// extraction dev sets (chorus bench extraction) and kept only when it
// helped one without hurting the other; "share"/"social", "gallery",
// "author"/"byline" and "advert"/"sponsor"/"promo" were tried and not
// taken (they cost recall: pages wrap their text in share containers,
// slideshow articles are galleries).
var furnitureClasses = []furnitureClass{
	{"comments", []string{"comment", "disqus"}},
	{"related", []string{"related", "recommend", "more-stories", "morestories", "most-popular", "mostpopular", "most-read", "mostread", "trending", "outbrain", "taboola", "read-next", "readnext", "also-like"}},
	{"newsletter", []string{"newsletter", "subscribe", "signup", "sign-up"}},
	{"caption", []string{"caption", "credit"}},
}

// shortFurnitureClasses are furniture words that also name elements
// holding article text (a story wrapped in an "author-content" block): an
// element is pruned for them only when its text is shorter than
// maxShortFurniture letters. Bylines and author boxes this way lifted
// trafilatura's set (F1 .936 → .938, without leaked .074 → .071) at a
// cost of .0002 on the readability pages, whose gold keeps the bylines
// of one page's list of teasers; share bars, adverts and galleries the
// same way changed neither set and were left out.
var shortFurnitureClasses = []furnitureClass{
	{"byline", []string{"byline", "author"}},
}

// maxShortFurniture is the most letters an element pruned for
// shortFurnitureClasses may hold.
const maxShortFurniture = 300

// galleryClasses are the class words of photo galleries and slideshows.
// A gallery is pruned only when it is inline (inlineGallery): on a
// slideshow page the gallery is the story. Inline galleries lifted the
// readability pages' precision .963 → .969 (F1 .956 → .959) and left
// trafilatura's set unchanged; pruning every gallery cost that set .004.
var galleryClasses = []furnitureClass{
	{"gallery", []string{"gallery", "slideshow", "carousel"}},
}

// minArticleBesideGallery is how many letters of its own the article
// around a gallery must hold for the gallery to be inline.
const minArticleBesideGallery = 2500

// inlineGallery reports whether gallery n lies inside an article (an
// <article>, <main> or itemprop="articleBody" element) that holds at
// least minArticleBesideGallery letters outside all its galleries.
func inlineGallery(n *html.Node, lengths map[*html.Node]int) bool {
	for a := n.Parent; a != nil; a = a.Parent {
		if a.Type != html.ElementNode {
			continue
		}
		if a.DataAtom == atom.Article || a.DataAtom == atom.Main || isArticleBody(a) {
			return lengths[a]-galleryLetters(a, lengths) >= minArticleBesideGallery
		}
	}
	return false
}

// galleryLetters counts the letters of the galleries below n (the
// outermost ones: a gallery inside a gallery is counted once).
func galleryLetters(n *html.Node, lengths map[*html.Node]int) int {
	total := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if classKind(c, galleryClasses) != "" {
			total += lengths[c]
		} else {
			total += galleryLetters(c, lengths)
		}
	}
	return total
}

// isArticleBody reports whether n is marked itemprop="articleBody".
func isArticleBody(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key == "itemprop" && strings.EqualFold(a.Val, "articleBody") {
			return true
		}
	}
	return false
}

// notFurniture are class words that contain a furniture word but name
// article content ("commentary" holds "comment").
var notFurniture = []string{"commentary"}

// pruneFurniture marks the page furniture of doc with the hidden
// attribute, which go-trafilatura's PruneSelector (hiddenSelector) then
// removes before it looks for the main text; the page's metadata is read
// before that and still sees the whole page. An element is never marked
// when it is, or holds, the article itself: <html>, <body>, <main>,
// <article>, an <h1>, or an itemprop="articleBody".
func pruneFurniture(doc *html.Node) {
	lengths := map[*html.Node]int{}
	textLengths(doc, lengths)
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			kind := classKind(n, furnitureClasses)
			if kind == "" && lengths[n] < maxShortFurniture {
				kind = classKind(n, shortFurnitureClasses)
			}
			if kind == "" && classKind(n, galleryClasses) != "" && inlineGallery(n, lengths) {
				kind = "gallery"
			}
			if kind != "" && !holdsArticle(n) {
				n.Attr = append(n.Attr, html.Attribute{Key: "hidden"})
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
}

// classKind returns the name of the first of classes whose words the
// element's class names or id hold, or "".
func classKind(n *html.Node, classes []furnitureClass) string {
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Main, atom.Article, atom.Head:
		return ""
	}
	var names []string
	for _, a := range n.Attr {
		if a.Key == "class" || a.Key == "id" {
			names = append(names, strings.Fields(strings.ToLower(a.Val))...)
		}
	}
	for _, name := range names {
		skip := false
		for _, w := range notFurniture {
			if strings.Contains(name, w) {
				skip = true
			}
		}
		if skip {
			continue
		}
		for _, fc := range classes {
			for _, w := range fc.words {
				if strings.Contains(name, w) {
					return fc.name
				}
			}
		}
	}
	return ""
}

// holdsArticle reports whether n is or contains the article: an
// <article>, <main> or <h1>, or an element marked itemprop="articleBody".
func holdsArticle(n *html.Node) bool {
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.Article, atom.Main, atom.H1, atom.Body, atom.Html:
			return true
		}
		if isArticleBody(n) {
			return true
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if holdsArticle(c) {
			return true
		}
	}
	return false
}

// hasAttr reports whether element n has the attribute key.
func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// textLengths fills lengths with the number of non-space characters of
// the text of n and of every element below it (script and style left
// out), and returns n's.
func textLengths(n *html.Node, lengths map[*html.Node]int) int {
	switch n.Type {
	case html.TextNode:
		c := 0
		for _, r := range n.Data {
			if r > ' ' {
				c++
			}
		}
		return c
	case html.ElementNode:
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Template:
			return 0
		}
	}
	total := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		total += textLengths(c, lengths)
	}
	if n.Type == html.ElementNode {
		lengths[n] = total
	}
	return total
}
