package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// cutDatedDateline returns s without a dated dateline that opens it with
// no outlet after it, and true: one to three words of a place, the last
// ending in a comma, a month and a day, a lone dash and a lower-case word
// ("Tarnwick, April 2 - the council ..."). In lower-cased text the
// cleaner cuts such a dateline at a paragraph's start; after a byline cut
// from the same paragraph ("by <writer> tarnwick, april 2 (reuters) - the
// council ...") it is left at the sentence's front. At least
// wireDatelineMinRest words of story must follow. s and false otherwise.
// Measured against 916d091: validation 0 changed; train 1-38,000 4
// changed, all read: 4 better / 0 worse / 0 same (the story's first
// words now open the sentence).
func cutDatedDateline(s string) (string, bool) {
	if len(s) < 20 || !hasDashOrBarSum(s[:min(len(s), 60)]) {
		return s, false
	}
	f := lex.SpaceFieldsShared(s[:min(len(s), 200)])
	i := 0
	for ; i < len(f) && i < 3; i++ {
		if !datelineWord(f[i]) || isMonth(lex.Lower(strings.TrimRight(f[i], ".,"))) {
			return s, false
		}
		if strings.HasSuffix(f[i], ",") {
			break
		}
	}
	if i >= 3 || i+3 >= len(f) || !strings.HasSuffix(f[i], ",") {
		return s, false
	}
	if !isMonth(lex.Lower(strings.TrimRight(f[i+1], "."))) {
		return s, false
	}
	day := f[i+2]
	if strings.Trim(day, "0123456789") != "" || len(day) > 2 || !dashAlone(f[i+3]) {
		return s, false
	}
	if i+4 >= len(f) || f[i+4] == "" || f[i+4][0] < 'a' || f[i+4][0] > 'z' {
		return s, false
	}
	rest := afterFields(s, i+4)
	if countWords(rest) < wireDatelineMinRest {
		return s, false
	}
	return lex.UpperFirst(rest), true
}

// hasDashOrBarSum reports whether s holds a dash: "-", "–", "—".
func hasDashOrBarSum(s string) bool {
	return strings.Contains(s, " - ") || strings.Contains(s, " – ") || strings.Contains(s, " — ") || strings.Contains(s, " -- ")
}
