package input

import (
	"strings"

	"golang.org/x/net/html"
)

// Bounds on the <blockquote>s dropPullQuotes reads: pull quotes are
// short, and bounding their number keeps a page of thousands of quotes
// linear.
const (
	minPullQuoteWords = 6
	maxPullQuoteWords = 60
	maxPullQuotes     = 50
)

// dropPullQuotes removes from go-trafilatura's result body each
// <blockquote> of minPullQuoteWords to maxPullQuoteWords words whose
// words (lower-cased, without punctuation) occur, in order, inside one
// other element of the body: a pull quote, a sentence of the story set
// again in large type beside it. go-trafilatura drops most of them by
// their class ("pullquote"), not those that only say so in another
// attribute (a blockquote of class "stylized pull-right" with
// data-shortcode-type="pullquote"); the benchmark's multiset metric
// counts the second copy as extracted wrongly. Elements are told by
// their tag name: the library builds its result from new nodes that carry
// no atom. A quotation printed once,
// or printed whole as a paragraph of its own, stays.
func dropPullQuotes(body *html.Node) {
	if body == nil {
		return
	}
	type kid struct {
		n   *html.Node
		key string // " w1 w2 … " of its words
	}
	quotes := 0
	for c := body.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.Data == "blockquote" {
			quotes++
		}
	}
	if quotes == 0 || quotes > maxPullQuotes {
		return
	}
	var kids []kid
	for c := body.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			kids = append(kids, kid{c, " " + wordKey(nodeText(c)) + " "})
		}
	}
	var drop []*html.Node
	for i, q := range kids {
		if q.n.Data != "blockquote" {
			continue
		}
		n := strings.Count(q.key, " ") - 1
		if n < minPullQuoteWords || n > maxPullQuoteWords {
			continue
		}
		for j, o := range kids {
			if j != i && len(o.key) > len(q.key) && strings.Contains(o.key, q.key) {
				drop = append(drop, q.n)
				break
			}
		}
	}
	for _, n := range drop {
		body.RemoveChild(n)
	}
}
