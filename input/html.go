package input

import (
	"fmt"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// minExtracted is the shortest main text taken from go-trafilatura. Below
// it, the page is small enough for the tag stripper, which does not mix the
// page title into the text as trafilatura's baseline extractor does.
const minExtracted = 250

// parseHTML extracts the article of an HTML page with go-trafilatura: main
// text without navigation, ads and comments, plus title, site name, URL
// and date. When extraction fails or finds no text, a plain tag stripper
// takes over.
func parseHTML(page string) chorus.Article {
	res, err := extract(page)
	if err == nil && res != nil && len(strings.TrimSpace(res.ContentText)) >= minExtracted {
		text := strings.TrimSpace(res.ContentText)
		if res.ContentNode != nil {
			// The node keeps the paragraph structure that ContentText flattens.
			var b strings.Builder
			if html.Render(&b, res.ContentNode) == nil {
				if _, t := stripTags(b.String()); t != "" {
					text = t
				}
			}
		}
		m := res.Metadata
		source := m.Sitename
		if source == "" {
			source = m.Hostname
		}
		return chorus.Article{
			Title:     strings.TrimSpace(m.Title),
			Source:    strings.TrimSpace(source),
			URL:       m.URL,
			Published: m.Date.UTC(),
			Text:      text,
		}
	}
	title, text := stripTags(page)
	if text == "" && res != nil {
		text = strings.TrimSpace(res.ContentText)
	}
	return chorus.Article{Title: title, Text: text}
}

// maxTreeSize bounds the number of elements go-trafilatura accepts; larger
// pages go to the tag stripper.
const maxTreeSize = 50_000

// extract runs go-trafilatura on page. A panic inside the library is
// turned into an error, so that odd markup falls back to the tag stripper
// instead of crashing the caller.
func extract(page string) (res *trafilatura.ExtractResult, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, err = nil, fmt.Errorf("trafilatura: %v", r)
		}
	}()
	return trafilatura.Extract(strings.NewReader(page), trafilatura.Options{
		EnableFallback:  true,
		ExcludeComments: true,
		Deduplicate:     true,
		MaxTreeSize:     maxTreeSize,
	})
}

// htmlText returns the text of an HTML fragment or page found inside
// another format (a JSON "text" field): a whole page goes through
// parseHTML, a fragment through the tag stripper.
func htmlText(s string) string {
	lower := strings.ToLower(s)
	if strings.Contains(lower, "<html") || strings.Contains(lower, "<body") {
		return parseHTML(s).Text
	}
	_, text := stripTags(s)
	return text
}

// HTMLText returns the main text of an HTML page or fragment, paragraphs
// separated by blank lines: a whole page goes through main-text extraction
// (navigation, ads and comments dropped), a fragment such as a feed item
// body through a tag stripper. Binary junk is rejected with an EINVALID
// error; invalid UTF-8 is read as chorus.ValidUTF8 says. Use ArticleText
// for a body that may or may not be HTML.
func HTMLText(doc string) (string, error) {
	if isBinary([]byte(doc)) {
		return "", chorus.Errorf(chorus.EINVALID, "HTML document looks like binary data")
	}
	return htmlText(chorus.ValidUTF8(doc)), nil
}
