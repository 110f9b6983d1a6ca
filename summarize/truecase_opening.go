package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/truecase"
)

// This file belongs to the reading stage's last step, after
// truecaseSummary. Multi-News capitalises a sentence's first letter
// alone, so an acronym that opens a sentence reads "Hbo", "Espn", "Kfc";
// the truecaser raises it there only on strong evidence from cased text,
// as an opening word may be a name ("Abby", "Bo"). When the same summary
// writes the word in capitals where no sentence opens ("... aired on
// HBO"), that is the evidence: raiseOpeningAcronyms writes the opening
// the same way ("Hbo said" → "HBO said").
//
// Multi-News validation (5,599 default summaries): 12 change, all read:
// 11 better, 1 the same (a blogger's initials, "CB"). Train 1-38,000
// (37,865): 53 change, all read: 52 better, 1 worse ("ABBY", a name the
// truecaser wrote in capitals elsewhere in the summary).

// openingAcronymMax is the most letters of an opening word
// raiseOpeningAcronyms raises.
const openingAcronymMax = 6

// raiseOpeningAcronyms writes in capitals a word of two to
// openingAcronymMax letters that opens a sentence, voice statement or
// claim of sum in title case ("Hbo"), when sum writes it in capitals
// where no sentence opens, never after a capitalised word but a
// stopword (not "Peter WALD", "Ms. PAC": the truecaser's own slips) nor
// before a capitalised word ("ABBY Sunderland") or, for two letters, a
// lower-case word that is no common one ("BO xilai"), and
// it is neither a listed given name ("Bo") nor a word the truecase model
// knows cased text mostly writes lower-case ("Us").
func raiseOpeningAcronyms(sum *chorus.Summary) {
	tc := truecase.Default()
	caps := map[string]bool{} // false: once written as a part of a name
	note := func(s string) {
		fields := strings.Fields(s)
		for i, f := range fields {
			w := lex.TrimPunct(f, `.,;:!?"“”'‘’()`)
			if i == 0 || len(w) < 2 || len(w) > openingAcronymMax || !allUpperASCII(w) {
				continue
			}
			prev := lex.TrimPunct(fields[i-1], `.,;:!?"“”'‘’()`)
			named := titleWord(prev) && !lex.IsStopword(lex.Lower(prev))
			if i+1 < len(fields) && w == f {
				// "RI Jong Chol", "ABBY Sunderland"; for two letters "BO
				// xilai": a name's part before another
				next := fields[i+1]
				named = named || titleWord(next) || len(w) == 2 && 'a' <= next[0] && next[0] <= 'z' && !tc.Common(lex.TrimPunct(next, `.,;:!?"“”'‘’()`))
			}
			caps[w] = !named && caps[w] || !named && !hasKey(caps, w)
		}
	}
	rewriteTexts(sum, func(s string) string { note(s); return s })
	if len(caps) == 0 {
		return
	}
	rewriteTexts(sum, func(s string) string {
		lead := len(s) - len(strings.TrimLeft(s, `"“'‘(`))
		end := lead
		for end < len(s) && ('a' <= s[end] && s[end] <= 'z' || end == lead && 'A' <= s[end] && s[end] <= 'Z') {
			end++
		}
		w := s[lead:end]
		if len(w) < 2 || end < len(s) && (s[end] == '-' || s[end] == '\'' || s[end] >= 0x80 || '0' <= s[end] && s[end] <= '9' || 'A' <= s[end] && s[end] <= 'Z') {
			return s
		}
		if len(w) == 2 && end+1 < len(s) && s[end] == ' ' && 'a' <= s[end+1] && s[end+1] <= 'z' {
			next, _, _ := strings.Cut(s[end+1:], " ")
			if !tc.Common(lex.TrimPunct(next, `.,;:!?"“”'‘’()`)) {
				return s // "Ri sol ju": a surname before a given name
			}
		}
		up := strings.ToUpper(w)
		if low := strings.ToLower(w); !caps[up] || tc.MostlyLower(low) || lex.IsGivenName(low) {
			return s
		}
		return s[:lead] + up + s[end:]
	})
}

// titleWord reports whether w opens with an upper-case ASCII letter and
// holds a lower-case one ("Peter", "Ms.").
func titleWord(w string) bool {
	return w != "" && isUpperASCII(w[0]) && strings.ContainsAny(w, "abcdefghijklmnopqrstuvwxyz")
}

// hasKey reports whether m holds the key k.
func hasKey(m map[string]bool, k string) bool { _, ok := m[k]; return ok }
