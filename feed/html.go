package feed

import (
	"io"
	"strings"

	"golang.org/x/net/html"
)

// skipped are elements whose text is never article text.
var skipped = map[string]bool{
	"script": true, "style": true, "noscript": true, "nav": true, "header": true,
	"footer": true, "aside": true, "form": true, "template": true, "svg": true,
	"iframe": true, "button": true, "figcaption": true, "head": true,
}

// blocks are elements that end a paragraph.
var blocks = map[string]bool{
	"p": true, "div": true, "br": true, "li": true, "h1": true, "h2": true, "h3": true,
	"h4": true, "h5": true, "h6": true, "blockquote": true, "section": true,
	"article": true, "tr": true, "pre": true, "ul": true, "ol": true, "table": true,
}

// stripTags is the built-in fallback for Options.HTMLText (until the input package offers one): it keeps the
// text of an HTML document, drops scripts, navigation and other page
// furniture, and separates block elements by blank lines.
func stripTags(doc string) (string, error) {
	z := html.NewTokenizer(strings.NewReader(doc))
	var (
		paras []string
		cur   strings.Builder
		skip  int
	)
	flush := func() {
		if t := strings.Join(strings.Fields(cur.String()), " "); t != "" {
			paras = append(paras, t)
		}
		cur.Reset()
	}
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			if err := z.Err(); err != io.EOF {
				return "", err
			}
			flush()
			return strings.Join(paras, "\n\n"), nil
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			tag := string(name)
			if skipped[tag] {
				if tt == html.StartTagToken {
					skip++
				}
				continue
			}
			if blocks[tag] && skip == 0 {
				flush()
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			tag := string(name)
			if skipped[tag] {
				if skip > 0 {
					skip--
				}
				continue
			}
			if blocks[tag] && skip == 0 {
				flush()
			}
		case html.TextToken:
			if skip == 0 {
				cur.Write(z.Text())
				cur.WriteByte(' ')
			}
		}
	}
}
