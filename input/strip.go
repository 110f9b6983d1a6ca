package input

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// skipped are elements whose content is never article text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Aside: true,
	atom.Form: true, atom.Button: true, atom.Select: true, atom.Svg: true,
	atom.Iframe: true, atom.Figcaption: true, atom.Head: true,
}

// blocks are elements that end a paragraph.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.Li: true, atom.Ul: true,
	atom.Ol: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Tr: true, atom.Table: true,
	atom.Article: true, atom.Section: true, atom.Blockquote: true,
	atom.Pre: true, atom.Hr: true, atom.Main: true, atom.Figure: true,
	atom.Dd: true, atom.Dt: true,
}

// cells are elements that separate words without ending a paragraph: a
// table row's cells stay on one line ("Release Date 4.2.3 April 2014"),
// not glued together ("ReleaseDate4.2.3April").
var cells = map[atom.Atom]bool{atom.Td: true, atom.Th: true, atom.Caption: true}

// maxSkipDepth bounds the nesting of skipped elements that is tracked, so
// that unclosed tags in broken markup cannot hide the rest of the page.
const maxSkipDepth = 64

// stripTags returns the <title> and the visible text of an HTML document
// or fragment, with block elements turned into blank lines and script,
// style, navigation and similar elements dropped. It never fails: broken
// markup yields whatever text the tokenizer recovers.
func stripTags(doc string) (title, text string) {
	z := html.NewTokenizer(strings.NewReader(doc))
	var b, t strings.Builder
	skip := 0
	inTitle := false
	for {
		switch z.Next() {
		case html.ErrorToken:
			return strings.Join(strings.Fields(t.String()), " "), tidy(b.String())
		case html.StartTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch {
			case a == atom.Title:
				inTitle = true
			case skipped[a] && skip < maxSkipDepth:
				skip++
			case blocks[a]:
				b.WriteString("\n\n")
			case cells[a]:
				b.WriteByte(' ')
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch {
			case a == atom.Title:
				inTitle = false
			case skipped[a] && skip > 0:
				skip--
			case blocks[a]:
				b.WriteString("\n\n")
			case cells[a]:
				b.WriteByte(' ')
			}
		case html.SelfClosingTagToken:
			name, _ := z.TagName()
			if blocks[atom.Lookup(name)] {
				b.WriteString("\n\n")
			}
		case html.TextToken:
			switch {
			case inTitle:
				t.Write(z.Text())
			case skip == 0:
				b.Write(z.Text())
			}
		}
	}
}

// tidy folds the white space of text: paragraphs (separated by blank
// lines) become single lines with single spaces, joined by one blank line.
func tidy(text string) string {
	var paras []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			paras = append(paras, strings.Join(cur, " "))
			cur = cur[:0]
		}
	}
	for line := range strings.Lines(text) {
		f := strings.Fields(line)
		if len(f) == 0 {
			flush()
			continue
		}
		cur = append(cur, f...)
	}
	flush()
	return strings.Join(paras, "\n\n")
}
