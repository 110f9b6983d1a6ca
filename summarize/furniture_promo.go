package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// visitPromoBytes bounds the section name of cutVisitPromo.
const visitPromoBytes = 40

// cutVisitPromo returns s without a section's "for more, visit" box run
// into it: "Gazette health for more, visit gazette health the ferry line
// ..." reads "The ferry line ...". The words before "for more, visit"
// (visitPromoBytes bytes at most) must stand again right after it, and
// minWords words must follow; otherwise s is returned as it is.
func cutVisitPromo(s string) string {
	const marker = " for more, visit "
	head := s[:min(len(s), visitPromoBytes+len(marker))]
	if !commaV(head) {
		return s // the lower-cased head cannot hold the marker
	}
	i := strings.Index(lex.Lower(head), marker)
	if i <= 0 {
		return s
	}
	name, rest := s[:i], s[i+len(marker):]
	if len(rest) <= len(name) || !strings.EqualFold(rest[:len(name)], name) || rest[len(name)] != ' ' {
		return s
	}
	rest = strings.TrimSpace(rest[len(name):])
	if countWords(rest) < minWords {
		return s
	}
	return lex.UpperFirst(rest)
}

// commaV reports whether s holds ", v" or ", V": what strings.ToLower(s)
// must hold to hold ", visit", since no rune but these lower-cases to
// ',', ' ' or 'v'.
func commaV(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		if s[i] == ',' && s[i+1] == ' ' && s[i+2]|0x20 == 'v' {
			return true
		}
	}
	return false
}
