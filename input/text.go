package input

import (
	"strings"

	"github.com/chorusnews/chorus"
)

// maxTitleLen is the longest first line taken for a title; a longer one is
// a paragraph of a text without title.
const maxTitleLen = 300

// parseText reads a plain-text article: the first non-empty line is the
// title and the rest the body. A text of one line, or whose first line is
// too long for a headline, has no title.
func parseText(text string) chorus.Article {
	text = strings.TrimPrefix(text, "\uFEFF")
	rest := strings.TrimLeft(text, " \t\r\n")
	first, body, _ := strings.Cut(rest, "\n")
	first = strings.TrimSpace(first)
	body = strings.TrimSpace(body)
	if body == "" || len(first) > maxTitleLen {
		return chorus.Article{Text: strings.TrimSpace(rest)}
	}
	return chorus.Article{Title: first, Text: body}
}
