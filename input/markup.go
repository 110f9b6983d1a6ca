package input

import (
	"strings"

	"github.com/chorusnews/chorus"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// ArticleText returns an article body that arrived inside another format
// as plain text, paragraphs separated by blank lines. It is the one way
// Chorus reads such bodies — a "text" field of a JSON file or an API
// request, a feed item's content — so that they are read alike on every
// path: invalid UTF-8 is repaired by chorus.ValidUTF8, a body that
// LooksLikeHTML goes through HTMLText (an error means binary junk), and
// any other body is kept as written, trimmed.
func ArticleText(body string) (string, error) {
	body = chorus.ValidUTF8(body)
	if !LooksLikeHTML(body) {
		return strings.TrimSpace(body), nil
	}
	text, err := HTMLText(body)
	if err != nil {
		return "", err
	}
	return strings.TrimSpace(text), nil
}

// LooksLikeHTML reports whether s holds HTML rather than plain text: a tag
// of an HTML element ("<p>", "</b>", "<br/>", "<a href=…>"), a comment or
// a doctype, or a character reference ("&amp;", "&#8217;", "&#x2014;").
// "x < y", "<3", "AT&T" and "R&D;" are plain text.
func LooksLikeHTML(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '<':
			if isTag(s[i+1:]) {
				return true
			}
		case '&':
			if isCharRef(s[i+1:]) {
				return true
			}
		}
	}
	return false
}

// hasTag reports whether s holds an HTML tag, comment or doctype. Format
// detection uses it: a character reference alone does not make a file
// HTML.
func hasTag(s string) bool {
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			return false
		}
		if isTag(s[i+1:]) {
			return true
		}
		s = s[i+1:]
	}
}

// isTag reports whether rest, the text after a '<', opens a tag of a known
// HTML element, a comment or a doctype.
func isTag(rest string) bool {
	if strings.HasPrefix(rest, "!--") || len(rest) >= 8 && strings.EqualFold(rest[:8], "!doctype") {
		return true
	}
	rest = strings.TrimPrefix(rest, "/")
	n := 0
	for n < len(rest) && n < 16 && isAlnum(rest[n]) {
		n++
	}
	if n == 0 || !isLetter(rest[0]) || n == len(rest) {
		return false
	}
	switch rest[n] {
	case '>', '/', ' ', '\t', '\n', '\r':
	default:
		return false
	}
	return atom.Lookup([]byte(strings.ToLower(rest[:n]))) != 0
}

// isCharRef reports whether rest, the text after a '&', is a character
// reference: "#" and digits, "#x" and hex digits, or the name of an HTML
// entity, ended by ';'.
func isCharRef(rest string) bool {
	end := strings.IndexByte(rest, ';')
	if end < 1 || end > 32 {
		return false
	}
	ref := rest[:end]
	if ref[0] == '#' {
		digits := ref[1:]
		hex := len(digits) > 0 && (digits[0] == 'x' || digits[0] == 'X')
		if hex {
			digits = digits[1:]
		}
		if digits == "" {
			return false
		}
		for i := 0; i < len(digits); i++ {
			c := digits[i]
			if !('0' <= c && c <= '9' || hex && ('a' <= c && c <= 'f' || 'A' <= c && c <= 'F')) {
				return false
			}
		}
		return true
	}
	for i := 0; i < len(ref); i++ {
		if !isAlnum(ref[i]) {
			return false
		}
	}
	entity := "&" + ref + ";"
	return html.UnescapeString(entity) != entity
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func isAlnum(c byte) bool { return isLetter(c) || '0' <= c && c <= '9' }
