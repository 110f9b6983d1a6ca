package clean

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// stripCredits removes parenthesised photo credits: "(AP Photo/Jane
// Doe)", "(Image: Getty)", "( jane doe / getty images )".
func stripCredits(p string) string {
	var b strings.Builder
	rest := p
	changed := false
	for {
		open := strings.IndexByte(rest, '(')
		if open < 0 {
			break
		}
		end := strings.IndexByte(rest[open:], ')')
		if end < 0 {
			break
		}
		end += open
		if isCredit(rest[open+1 : end]) {
			before := rest[:open]
			if end+1 < len(rest) && strings.IndexByte(".,;:!?", rest[end+1]) >= 0 {
				before = strings.TrimRight(before, " ")
			}
			b.WriteString(before)
			changed = true
		} else {
			b.WriteString(rest[:end+1])
		}
		rest = rest[end+1:]
	}
	if !changed {
		return p
	}
	b.WriteString(rest)
	return b.String()
}

// Credit markers: how a parenthesised photo credit starts or ends, and the
// credits that are only an agency name.
var (
	creditPrefixes = []string{"photo", "image", "picture", "credit", "courtesy", "file photo", "ap photo", "getty", "reuters/", "afp/", "video:", "pictured"}
	creditSuffixes = []string{"getty images", "/ap", "/ ap", "/reuters", "/ reuters", "/afp", "/ afp", "/getty", "photographer", "associated press", "ap photo", "shutterstock", "/ staff"}
	creditWhole    = map[string]bool{"ap": true, "reuters": true, "afp": true, "associated press": true, "getty": true, "file": true, "file photo": true}
)

// isCredit reports whether the text inside parentheses is a photo credit
// or a bare agency tag.
func isCredit(inner string) bool {
	if len(inner) > 120 {
		return false
	}
	lc := strings.TrimSpace(lex.LowerASCII(inner))
	if creditWhole[lc] {
		return true
	}
	if countWords(lc) > 10 {
		return false
	}
	for _, s := range creditPrefixes {
		if hasWordPrefix(lc, s) {
			return true
		}
	}
	for _, s := range creditSuffixes {
		if strings.HasSuffix(lc, s) {
			return true
		}
	}
	return false
}

// endsWithCredit reports whether paragraph p ends with a parenthesised
// photo credit, which marks the whole paragraph as a caption.
func endsWithCredit(p string) bool {
	if !strings.HasSuffix(p, ")") {
		return false
	}
	open := strings.LastIndexByte(p, '(')
	if open < 0 {
		return false
	}
	inner := p[open+1 : len(p)-1]
	if creditWhole[strings.TrimSpace(lex.LowerASCII(inner))] {
		return false // "(AP)" alone closes a sentence, not a caption
	}
	return isCredit(inner)
}
