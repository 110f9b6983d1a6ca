package feed

import (
	"io"
	"strings"

	"github.com/chorusnews/chorus/input"
	"golang.org/x/net/html"
)

// mainText is the default Options.HTMLText: it reads an item body with the
// input package's HTML reader and returns its text, paragraphs separated by
// blank lines.
func mainText(doc string) (string, error) {
	clusters, err := input.Parse(strings.NewReader(doc), "item.html", input.Options{Format: input.FormatHTML})
	if err != nil {
		return "", err
	}
	var parts []string
	for _, c := range clusters {
		for _, a := range c.Articles {
			if t := strings.TrimSpace(a.Text); t != "" {
				parts = append(parts, t)
			}
		}
	}
	return strings.Join(parts, "\n\n"), nil
}

// plain turns a title that may carry markup or entities into one line of
// plain text.
func plain(s string) string {
	var b strings.Builder
	z := html.NewTokenizer(strings.NewReader(s))
	for {
		switch z.Next() {
		case html.ErrorToken:
			if z.Err() != io.EOF {
				return strings.Join(strings.Fields(s), " ")
			}
			return strings.Join(strings.Fields(b.String()), " ")
		case html.TextToken:
			b.Write(z.Text())
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			b.WriteByte(' ')
		}
	}
}
