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

// wordPunct is the punctuation trimmed from a word's ends before it is
// read.
const wordPunct = `.,;:!?"“”'‘’()`

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
	for _, s := range evidenceTexts(sum) {
		fields := lex.SpaceFieldsShared(s)
		for i, f := range fields {
			w := lex.TrimPunct(f, wordPunct)
			if i == 0 || len(w) < 2 || len(w) > openingAcronymMax || !allUpperASCII(w) {
				continue
			}
			prev := lex.TrimPunct(fields[i-1], wordPunct)
			named := titleWord(prev) && !lex.IsStopword(lex.Lower(prev))
			if i+1 < len(fields) && w == f {
				// "RI Jong Chol", "ABBY Sunderland"; for two letters "BO
				// xilai": a name's part before another
				next := fields[i+1]
				named = named || titleWord(next) || len(w) == 2 && 'a' <= next[0] && next[0] <= 'z' && !tc.Common(lex.TrimPunct(next, wordPunct))
			}
			if _, seen := caps[w]; named || !seen {
				caps[w] = !named
			}
		}
	}
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
			if !tc.Common(lex.TrimPunct(next, wordPunct)) {
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

// usNouns are the words after which an opening "Us" is the country:
// "Us President ...", "Us navy ...", "Us officials ...".
var usNouns = map[string]bool{
	"president": true, "secretary": true, "state": true, "senator": true, "senators": true,
	"defense": true, "attorney": true, "attorneys": true, "ambassador": true, "embassy": true,
	"navy": true, "army": true, "military": true, "troops": true, "forces": true, "soldiers": true,
	"officials": true, "official": true, "government": true, "authorities": true, "federal": true,
	"national": true, "border": true, "aid": true, "patent": true, "media": true, "actor": true,
	"swimmer": true, "programmer": true, "politicians": true, "economist": true, "lawmakers": true,
	"intelligence": true, "prosecutors": true, "investigators": true, "district": true,
	"envoy": true, "diplomats": true, "citizen": true, "citizens": true, "marines": true,
	"president-elect": true, "vice": true, "house": true, "senate": true, "congress": true,
	"supreme": true, "justice": true, "treasury": true, "commerce": true, "trade": true,
	"economy": true, "dollar": true, "stocks": true, "drone": true, "drones": true,
}

// raiseOpeningUS writes an opening "Us" before a word of usNouns as
// "US", the country ("Us President Barack Obama" → "US President Barack
// Obama"), in a sentence, voice statement or claim of sum: Multi-News
// writes the country "us" and capitalises its first letter alone at an
// opening, where the truecaser cannot tell it from the pronoun. "Us
// Weekly" and "Us and them" are left.
//
// Multi-News validation (5,599 default summaries): 7 change (3 sentences,
// 4 voice statements), all read: 7 better; train 1-38,000 (37,865): 34
// change (16 sentences, 18 voice statements), all read: 34 better.
func raiseOpeningUS(sum *chorus.Summary) {
	rewriteTexts(sum, func(s string) string {
		rest, ok := strings.CutPrefix(s, "Us ")
		if !ok {
			return s
		}
		next, _, _ := strings.Cut(rest, " ")
		if !usNouns[lex.Lower(lex.TrimPunct(next, wordPunct))] {
			return s
		}
		return "US " + rest
	})
}
