package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the reading stage's last step, after
// raiseInitialisms. That rule writes in capitals an acronym the cluster
// spells out in its candidate sentences, but leaves one the truecase
// model knows as a common word ("cop"), and one spelled out only in a
// sentence the reader does not keep as a candidate: "sec documents
// show", "lied to the sec". A cluster that writes the word in
// parentheses right after the run it stands for ("the vellmark export
// commission ( vec )"), in any paragraph, leaves no doubt, when that run names a body (an
// organisation's head of expandedHeads, "commission", "department",
// "agency", among its words). raiseParenAcronyms writes such a word in
// capitals wherever the summary writes it lower-case, as a word of its
// own (standsAlone) after no number ("30 sec") and before no capitalised
// word ("sec Smith").
//
// Measured against 08c0714 (letter case alone): validation 3 of 5,598
// summaries changed, all read: 3 better ("SEC documents show", "lied to
// the SEC.", "CAR officials" for a republic, "invite the COP to
// adopt"). Train 1-38,000: 10 of 37,856 changed, all read: 10 better
// ("SNAP participants", "The OFT has", "at UPS and FedEx", "the ILO
// said", "IOM toll", "former DEP employees", "Polgar and SPICE").

// raiseParenAcronyms writes, in the sentences, voice statements and
// claims of sum, the common words the cluster spells out before them in
// parentheses in capitals: "the sec" → "the SEC".
func (c *cluster) raiseParenAcronyms(sum *chorus.Summary) {
	memo := map[string]bool{}
	rewriteTexts(sum, func(s string) string {
		return recaseWords(s, func(i, j int) (string, bool) {
			w := s[i:j]
			if !acronymShaped(s, i, j) {
				return "", false
			}
			if j+2 < len(s) && s[j] == ' ' && 'A' <= s[j+1] && s[j+1] <= 'Z' {
				return "", false // before a name
			}
			if i >= 2 && s[i-1] == ' ' && '0' <= s[i-2] && s[i-2] <= '9' {
				return "", false // "30 sec"
			}
			ok, seen := memo[w]
			if !seen {
				ok = c.spellsOutBeforeParens(w)
				memo[w] = ok
			}
			if !ok {
				return "", false
			}
			return strings.ToUpper(w), true
		})
	})
}

// spellsOutBeforeParens reports whether a candidate of the cluster writes
// "( w )" or "(w)" right after a run of words whose initials spell w and
// that holds an organisation's head: "exchange commission ( sec )".
func (c *cluster) spellsOutBeforeParens(w string) bool {
	spaced, tight := "( "+w+" )", "("+w+")"
	for d := range c.docs {
		for _, t := range c.docs[d].paras {
			if parensSpell(t, w, spaced, tight) {
				return true
			}
		}
	}
	return false
}

// parensSpell reports whether the text t writes w in parentheses (spaced
// or tight) right after a run that spells it (runSpells).
func parensSpell(t, w, spaced, tight string) bool {
	for _, needle := range []string{spaced, tight} {
		for p := 0; ; {
			k := strings.Index(t[p:], needle)
			if k < 0 {
				break
			}
			if runSpells(t[:p+k], w) {
				return true
			}
			p += k + len(needle)
		}
	}
	return false
}

// runSpells reports whether the words ending before (its last word the
// one before the parenthesis) spell w by their initials, the function
// words of initialismFunction left out or counted, no other stopword
// among them, no word w itself and an organisation's head among them.
func runSpells(before string, w string) bool {
	fields := lex.SpaceFieldsShared(strings.TrimRight(before, " "))
	for _, skip := range []bool{true, false} {
		n := len(w)
		head := false
		for k := len(fields) - 1; k >= 0 && k >= len(fields)-2*len(w)-2; k-- {
			x := lex.Lower(fields[k])
			if x == "" || !lettersOnly(x) || x == w {
				break
			}
			fn := initialismFunction[x]
			if lex.IsStopword(x) && !fn {
				break
			}
			head = head || expandedHeads[x]
			if skip && fn {
				continue
			}
			n--
			if x[0] != w[n] {
				break
			}
			if n == 0 {
				if !fn && head {
					return true
				}
				break
			}
		}
	}
	return false
}
