package http

import (
	"strings"

	"github.com/chorusnews/chorus/input"
)

// mainText is the default Options.HTMLText: it reads the document with the
// input package's HTML reader (main-text extraction, navigation and scripts
// dropped) and returns the text, paragraphs separated by blank lines.
func mainText(doc string) (string, error) {
	clusters, err := input.Parse(strings.NewReader(doc), "article.html", input.Options{Format: input.FormatHTML})
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
