package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// wrapMinLen is the shortest line taken for a hard-wrapped line of a
// longer paragraph when the next line starts with a capital.
const wrapMinLen = 50

// splitParagraphs cuts normalized text into raw paragraphs. Blank lines
// always separate paragraphs. Inside a block of consecutive lines, a line
// is joined to the next when it looks hard-wrapped: it does not end with
// sentence or list punctuation, and either the next line starts in lower
// case or the line is long. Other line breaks separate paragraphs, so that
// captions, headings and link lists written one per line stay apart from
// the body.
func splitParagraphs(text string) []string {
	var out []string
	var cur strings.Builder
	var prev string // the previous non-blank line of the block, trimmed
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, cur.String())
			cur.Reset()
		}
		prev = ""
	}
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		if line == "" {
			flush()
			continue
		}
		if prev != "" && !joins(prev, line) {
			flush()
		}
		if cur.Len() > 0 {
			cur.WriteByte(' ')
		}
		cur.WriteString(line)
		prev = line
	}
	flush()
	return out
}

// joins reports whether line next continues the paragraph whose last line
// is prev.
func joins(prev, next string) bool {
	if endsSentence(prev) || strings.HasSuffix(prev, ":") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next)
	if unicode.IsLower(r) {
		return true
	}
	return len(prev) >= wrapMinLen && !startsListItem(next)
}

// endsSentence reports whether s ends with sentence punctuation, possibly
// followed by closing quotes or brackets.
func endsSentence(s string) bool {
	for len(s) > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		switch r {
		case '"', '\'', '”', '’', ')', ']', '»':
			s = s[:len(s)-size]
			continue
		case '.', '!', '?', '…':
			return true
		}
		return false
	}
	return false
}

// startsListItem reports whether a line opens with a bullet or dash.
func startsListItem(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	switch r {
	case '•', '*', '-', '–', '—', '·', '►', '▶':
		return true
	}
	return false
}
