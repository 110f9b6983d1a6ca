package clean

import (
	"html"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
)

// newlineMarker is how the Multi-News release writes line breaks.
const newlineMarker = "NEWLINE_CHAR"

// wireQuotes turns the quote and dash conventions of news wires into
// ordinary punctuation: “ and ” become plain double quotes, a lone
// underscore between spaces becomes an em dash.
var wireQuotes = strings.NewReplacer("``", `"`, "''", `"`, " _ ", " — ")

// Normalize repairs raw article text without removing any content: it
// reads invalid UTF-8 as chorus.ValidUTF8 says (as Windows-1252, the one
// policy of every way in), decodes HTML entities, repairs the mojibake of
// curly quotes and dashes (repairMojibake: "itâ€™s" reads "it's"), turns
// NEWLINE_CHAR markers and CR/LF into newlines and the Multi-News article
// separator "|||||" into a blank line, converts wire quotes and dashes, puts
// back the curly quotes a bad decoding turned into U+FFFD
// (repairReplacedQuotes) and the space lost beside a glued apostrophe
// (spaceGluedApostrophes), and drops control and zero-width characters.
// Tabs and other spaces are kept for collapseSpace to fold.
func Normalize(text string) string {
	// The order matters: each step may create what a later one looks for
	// (an entity decoding to a control character), never the reverse.
	text = chorus.ValidUTF8(text)
	if strings.IndexByte(text, '&') >= 0 {
		text = unescapeEntities(text)
	}
	text = repairMojibake(text) // before mapRune drops the C1 controls of "â\u0080\u0099"
	if needsMapping(text) {
		text = strings.Map(mapRune, text)
	}
	if strings.Contains(text, "``") || strings.Contains(text, "''") || strings.Contains(text, " _ ") {
		text = wireQuotes.Replace(text)
	}
	text = repairReplacedQuotes(text)
	text = spaceGluedApostrophes(text)
	if strings.Contains(text, newlineMarker) {
		text = strings.ReplaceAll(text, newlineMarker, "\n")
	}
	if strings.Contains(text, "|||||") {
		text = strings.ReplaceAll(text, "|||||", "\n\n")
	}
	return text
}

// unescapeEntities decodes HTML entities, twice at most, so that doubly
// escaped text ("&amp;#124;") comes out clean too.
func unescapeEntities(text string) string {
	for range 2 {
		u := html.UnescapeString(text)
		if u == text {
			break
		}
		text = u
	}
	return text
}

// needsMapping reports whether text holds a byte that mapRune changes: an
// ASCII control other than newline, or the lead byte of a C1 control, a
// soft hyphen, a zero-width or line-separator character, or a BOM.
func needsMapping(text string) bool {
	for i := 0; i < len(text); {
		if i+8 <= len(text) {
			if x := load8(text, i); x&swarHigh == 0 {
				// Eight ASCII bytes: a control other than newline, or DEL.
				if controlBytes(x)&^byteIs(x, '\n')|byteIs(x, 0x7F) != 0 {
					return true
				}
				i += 8
				continue
			}
		}
		// A byte of a non-ASCII rune, or the last few bytes: one at a time.
		for end := min(i+8, len(text)); i < end; i++ {
			c := text[i]
			switch {
			case c < 0x20 && c != '\n', c == 0x7F:
				return true
			case c == 0xC2 || c == 0xE2 || c == 0xEF:
				r, _ := utf8.DecodeRuneInString(text[i:])
				if mapRune(r) != r {
					return true
				}
			}
		}
	}
	return false
}

// mapRune returns the replacement of r in clean text: a space for tabs and
// other spacing controls, a newline for CR and the Unicode line and
// paragraph separators, an em dash for the horizontal bar, -1 (drop) for
// other controls, zero-width
// characters, soft hyphens and byte-order marks.
func mapRune(r rune) rune {
	switch r {
	case '\n':
		return r
	case '\r', '\u2028', '\u2029', '\u0085':
		return '\n'
	case '\t', '\v', '\f', '\u00A0':
		return ' '
	case '\u2015': // the horizontal bar some pages set for an em dash ("WASHINGTON ― ...")
		return '—'
	case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF':
		return -1
	}
	if r < 0x20 || (0x7F <= r && r < 0xA0) {
		return -1
	}
	return r
}

// collapseSpace folds every run of white space in s (newlines included)
// into one space and trims both ends.
func collapseSpace(s string) string {
	if !needsCollapse(s) {
		return s
	}
	b := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); {
		c := s[i]
		size := 1
		isSpace := c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f'
		if c >= utf8.RuneSelf {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			isSpace = unicode.IsSpace(r)
		}
		if isSpace {
			space = true
		} else {
			if space && len(b) > 0 {
				b = append(b, ' ')
			}
			space = false
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return string(b)
}

// needsCollapse reports whether s has leading, trailing or repeated white
// space, or any white space other than a plain space. Only the lead bytes
// of the Unicode spaces (U+0085, U+00A0, U+1680, U+2000–U+205F, U+3000)
// are decoded.
func needsCollapse(s string) bool {
	if s == "" {
		return false
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return true
	}
	prev := byte(0)
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			if x := load8(s, i); x&swarHigh == 0 {
				// Eight ASCII bytes: '\t' to '\r', or a space after a
				// space (the one before them included).
				sp := byteIs(x, ' ')
				if spacingControls(x) != 0 || sp&(sp<<8) != 0 || prev == ' ' && s[i] == ' ' {
					return true
				}
				prev = s[i+7]
				i += 8
				continue
			}
		}
		// A byte of a non-ASCII rune, or the last few bytes: one at a time.
		for end := min(i+8, len(s)); i < end; i++ {
			switch c := s[i]; c {
			case ' ':
				if prev == ' ' {
					return true
				}
			case '\n', '\t', '\r', '\v', '\f':
				return true
			case 0xC2, 0xE1, 0xE2, 0xE3:
				if r, _ := utf8.DecodeRuneInString(s[i:]); unicode.IsSpace(r) {
					return true
				}
			}
			prev = s[i]
		}
	}
	return false
}

func isLetterRune(r rune) bool { return unicode.IsLetter(r) }
