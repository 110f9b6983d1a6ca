package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
)

// This file belongs to the reading stage's last step, before
// raiseExpandedNames. A lower-cased cluster writes an acronym in
// parentheses in lower case ("the vellmark export commission (vec)"),
// and neither the truecase model nor raiseParenAcronyms (which leaves a
// word right after "(" alone) raises it there, though the summary may
// write it in capitals elsewhere ("... found by VEC."). raiseParenLower
// writes such a word in capitals inside its parentheses when the summary
// writes it in capitals elsewhere (three to eight letters), or when the
// run of words before it spells its initials and names a body
// (expandedRun): "the vellmark export commission (VEC)". raiseExpandedNames,
// run after it, then raises that run.
//
// Measured against 666dcbd with lowerAwardNouns (letter case alone):
// validation 20 of 5,598 summaries changed, all read: 20 better / 0
// worse ("the Federal Emergency Management Agency (FEMA)", "the World
// Health Organization (WHO)", "search (GIMPS)" beside "by GIMPS"; the
// run left lower-case where it holds no head: "postal service (USPS)").
// Train 1-23,700 (the run stopped there): 78 changed, 40 read: 40 better
// / 0 worse ("Office of Fair Trading (OFT)", "(AQAP)", "(DACA)").

// raiseParenLower raises the lower-case acronyms in parentheses of the
// sentences, voice statements and claims of sum; see the file comment.
func raiseParenLower(sum *chorus.Summary) {
	var caps map[string]bool // the summary's words in capitals, read once
	rewriteTexts(sum, func(s string) string {
		if !strings.Contains(s, " (") {
			return s
		}
		var b []byte
		for p := 0; ; {
			k := strings.Index(s[p:], " (")
			if k < 0 {
				break
			}
			p += k + 2
			e := p
			for e < len(s) && 'a' <= s[e] && s[e] <= 'z' {
				e++
			}
			n := e - p
			if n < 2 || n > 8 || e >= len(s) || s[e] != ')' {
				continue
			}
			up := strings.ToUpper(s[p:e])
			ok := false
			if _, spelled := expandedRun(s, p-2, up); spelled {
				ok = true
			} else if n >= 3 {
				if caps == nil {
					caps = summaryCapitalWords(sum)
				}
				ok = caps[up]
			}
			if !ok {
				continue
			}
			if b == nil {
				b = []byte(s)
			}
			copy(b[p:e], up)
		}
		if b == nil {
			return s
		}
		return string(b)
	})
}

// summaryCapitalWords returns the words of sum's sentences, voice
// statements and claims written all in capitals, of three letters or
// more.
func summaryCapitalWords(sum *chorus.Summary) map[string]bool {
	out := map[string]bool{}
	for _, t := range evidenceTexts(sum) {
		recaseWords(t, func(i, j int) (string, bool) {
			if w := t[i:j]; len(w) >= 3 && allUpperASCII(w) {
				out[w] = true
			}
			return "", false
		})
	}
	return out
}
