package input

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/net/html"
)

// dropLeadCopy removes the first element of go-trafilatura's result body
// when the body holds it again further on, after a heading: the copy is
// left over from the library's selector loop (extractContent), which keeps
// what a first content selector found when it is a single element and
// appends what the next selector finds, the article with its header (the
// headline, often a standfirst) and that same element inside it. A page
// then shows its standfirst, its opening paragraph or its whole <br>-set
// body twice, and the benchmark's metric counts every shingle of the
// second copy as extracted wrongly. The first child is dropped only when
// its words (lower-cased, without punctuation) are those of one later child
// of the body, and of no other, and a heading (<h1> … <h6>) stands between
// the two; a page that repeats a paragraph on purpose (a readability
// synthetic page prints one under each of its five headings) keeps them all.
func dropLeadCopy(body *html.Node) {
	if body == nil {
		return
	}
	var kids []*html.Node
	for c := body.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			kids = append(kids, c)
		}
	}
	if len(kids) < 3 {
		return
	}
	first := wordKey(nodeText(kids[0]))
	if first == "" {
		return
	}
	copies, heading, copied := 0, false, false
	for _, k := range kids[1:] {
		if wordKey(nodeText(k)) == first {
			copies++
			copied = copied || heading
		}
		heading = heading || slices.Contains(headingTags, k.Data)
	}
	if copies == 1 && copied {
		body.RemoveChild(kids[0])
	}
}

// headingTags are the heading elements' tag names (go-trafilatura builds
// its result from new nodes that carry no atom).
var headingTags = []string{"h1", "h2", "h3", "h4", "h5", "h6"}

// wordKey returns the words of s as words finds them, joined by single
// spaces, built in one pass.
func wordKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	gap := false
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsNumber(r) {
			gap = b.Len() > 0
			continue
		}
		if gap {
			b.WriteByte(' ')
			gap = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}
