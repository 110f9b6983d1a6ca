package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// pairHalfSpacedQuotes attaches the one free-standing mark of a single
// quotation whose other mark is already attached: an opening mark after a
// space ("on 'Tonight Live ' and" → "on 'Tonight Live' and") or a closing
// mark before a space or punctuation ("the ' Quiet Hours' star" → "the
// 'Quiet Hours' star"). It acts only when s holds exactly one free-standing
// mark ("' "), the attached mark on the other side is the nearest single
// mark to it, and at most singleQuoteMaxWords words lie between them.
func pairHalfSpacedQuotes(s string) string {
	const gap = " ' "
	padded := " " + s + " "
	if strings.Count(padded, gap) != 1 {
		return s
	}
	at := strings.Index(padded, gap) + 1 // the free-standing mark
	// An attached opening mark before it: the closing mark is spaced.
	if open := outerMark(padded, at-1, -1); open > 0 && openingAt(padded, open) {
		if inner := padded[open+1 : at-1]; quotedSpan(inner) {
			out := padded[:at-1] + padded[at:]
			return out[1 : len(out)-1]
		}
	}
	// An attached closing mark after it: the opening mark is spaced, unless
	// the word before it drops its g ("growin ' and").
	if w := strings.ToLower(apostropheWordBefore(padded, at-1)); len(w) >= 4 && strings.HasSuffix(w, "in") {
		return s
	}
	if close := outerMark(padded, at+1, 1); close > 0 {
		if closingAt(padded, close) {
			if inner := padded[at+2 : close]; quotedSpan(inner) {
				out := padded[:at+1] + padded[at+2:]
				return out[1 : len(out)-1]
			}
		}
	}
	return s
}

// outerMark returns the index of the first single mark of padded that is
// not inside a word ("handmaid's"), walking from from by step (-1 or 1),
// or -1.
func outerMark(padded string, from, step int) int {
	for i := from; i > 0 && i+1 < len(padded); i += step {
		if padded[i] == '\'' && !(isASCIILetter(padded[i-1]) && isASCIILetter(padded[i+1])) {
			return i
		}
	}
	return -1
}

// openingAt reports whether the mark at i of padded opens a quotation: a
// space or a double quote before it and a letter or digit after it.
func openingAt(padded string, i int) bool {
	return (padded[i-1] == ' ' || padded[i-1] == '"') && i+1 < len(padded) &&
		(isASCIILetter(padded[i+1]) || clockDigit(padded[i+1]))
}

// closingAt reports whether the mark at i of padded closes a quotation: a
// letter, digit or sentence punctuation before it and a space or
// punctuation after it.
func closingAt(padded string, i int) bool {
	b, a := padded[i-1], padded[i+1]
	return (isASCIILetter(b) || clockDigit(b) || b == '.' || b == ',' || b == '!' || b == '?') &&
		(a == ' ' || a == ',' || a == '.' || a == ';' || a == ':' || a == '"')
}

// quotedSpan reports whether inner can be what a single quotation holds:
// one to singleQuoteMaxWords words, no double quote, and its apostrophes
// only inside words ("the handmaid's tale").
func quotedSpan(inner string) bool {
	inner = strings.TrimSpace(inner)
	if inner == "" || strings.ContainsRune(inner, '"') || lex.CountFields(inner) > singleQuoteMaxWords {
		return false
	}
	for i := 0; i < len(inner); i++ {
		if inner[i] == '\'' && (i == 0 || i+1 == len(inner) || !isASCIILetter(inner[i-1]) || !isASCIILetter(inner[i+1])) {
			return false
		}
	}
	return true
}
