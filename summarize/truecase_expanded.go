package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the reading stage's last step, after
// raiseInitialisms, which writes an acronym in capitals when the cluster
// spells it out. The spelled-out name itself keeps the case the model
// gives its words, capitalised in part or not at all: "the national
// gridiron league (NGL)", "the Veldmark antiquities authority (VAA)",
// "the Bureau of coastal lands (BCL)". A name put before its own acronym
// in parentheses is a name, and cased text writes its words capitalised.
// raiseExpandedNames raises the lower-case words of a run that ends right
// before a parenthesised acronym in capitals whose letters are the run's
// initials, in order, every word counted or the function words of
// initialismFunction ("of", "and", "for", ...) left out and kept
// lower-case: "the national gridiron league (NGL)" → "the National
// Gridiron League (NGL)". Terms of medicine and technics are spelled out
// before their acronyms too ("magnetic resonance imaging (MRI)", "body
// mass index (BMI)") and stay lower-case: the run must hold an
// organisation's head (expandedHeads: "league", "authority", "bureau",
// "court", "act") as its last word or before a function word ("Bureau of
// coastal lands"), not inside a term ("futures commission merchant").
// A function word never stands for a letter ("denial of service (DOS)"
// is left), and "movement" is no head ("rapid eye movement (REM)").
//
// Measured against 720b3ea (letter case alone): validation 32 of 5,598
// summaries changed, all read: 32 better / 0 worse / 0 same ("the
// Federal Open Market Committee (FOMC)", "the Bureau of Land Management
// (BLM)"; one raised in part, "alcohol and tobacco Tax and Trade
// Bureau"). Train 1-38,000, a first version: 146 changed, all read: 136
// better, 10 worse; the guards above (function words, the head's place,
// "movement", the rule run after raiseOpeningAcronyms, which read "(OSHA)"
// after a capital as a name's part) were added for those ten ("Department
// For Transport", "Distributed Denial Of Service", "Futures Commission
// Merchant", "Rapid Eye Movement", "Icc chief"); this version on train
// 1-6,000: 28 changed, all read: 28 better / 0 worse. ROUGE untouched.

// expandedHeads are the words that make a spelled-out run the name of a
// body, an act or an event rather than a term.
var expandedHeads = lex.Set(
	"academy", "act", "administration", "agency", "alliance", "army", "association", "authority",
	"bank", "board", "bureau", "center", "centre", "championship", "championships", "coalition",
	"college", "command", "commission", "committee", "company", "conference", "corporation",
	"council", "court", "department", "federation", "force", "forum", "foundation", "front", "fund",
	"group", "guard", "hospital", "institute", "institution", "journal", "laboratory", "league", "ministry",
	"museum", "network", "office", "organisation", "organization", "party", "patrol",
	"police", "program", "programme", "project", "republic", "reserve", "school", "service",
	"society", "survey", "tribunal", "trust", "union", "university",
)

// raiseExpandedNames raises the spelled-out names before their acronyms
// in the sentences, voice statements and claims of sum; see the file
// comment.
func raiseExpandedNames(sum *chorus.Summary) {
	rewriteTexts(sum, raiseExpandedNamesIn)
}

// raiseExpandedNamesIn is raiseExpandedNames for one text.
func raiseExpandedNamesIn(s string) string {
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
		letters, ok := parenAcronym(s, p)
		if !ok {
			continue
		}
		starts, ok := expandedRun(s, p-2, letters)
		if !ok {
			continue
		}
		b = raiseRunStarts(b, s, starts)
	}
	if b == nil {
		return s
	}
	return string(b)
}

// raiseRunStarts raises, in b (a copy of s made at the first raise when
// b is nil), the lower-case first letter of each word of s starting at
// starts (expandedRun's), and returns b.
func raiseRunStarts(b []byte, s string, starts []int) []byte {
	for _, i := range starts {
		if 'a' <= s[i] && s[i] <= 'z' {
			if b == nil {
				b = []byte(s)
			}
			b[i] = s[i] - ('a' - 'A')
		}
	}
	return b
}

// parenAcronym returns the capitals of the acronym that opens s at p and
// closes with ")": two to eight capitals, a plural "s" after them allowed
// ("STDs").
func parenAcronym(s string, p int) (string, bool) {
	e := p
	for e < len(s) && 'A' <= s[e] && s[e] <= 'Z' {
		e++
	}
	n := e - p
	if e < len(s) && s[e] == 's' {
		e++
	}
	if n < 2 || n > 8 || e >= len(s) || s[e] != ')' {
		return "", false
	}
	return s[p : p+n], true
}

// expandedRun returns the starts of the words of the run that ends at
// s[end] (a space before the parenthesis) and spells letters by its
// initials, as raiseExpandedNames requires: words of letters (an
// apostrophe, a hyphen inside), spaced by one space, the function words
// of initialismFunction left out inside, an organisation's head among
// them. It returns the starts of the words to raise: all but the function
// words left out.
func expandedRun(s string, end int, letters string) ([]int, bool) {
	var starts []int
	head := false
	n := len(letters)
	headAt := true // a head names the run only as its last word or before a function word
	for e := end; n > 0; {
		i := e
		for i > 0 && s[i-1] != ' ' {
			i--
		}
		w := s[i:e]
		if !expandedWord(w) {
			return nil, false
		}
		lw := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"))
		switch {
		case initialismFunction[lw]:
			if n == len(letters) {
				return nil, false // "the league of (L)"
			}
			// left out, and lower-case: "Bureau of coastal lands"
			headAt = true
		case lw[0] == letters[n-1]+('a'-'A'):
			n--
			starts = append(starts, i)
			head = head || headAt && expandedHeads[lw]
			headAt = false
		default:
			return nil, false
		}
		if n == 0 {
			break
		}
		if i < 2 || s[i-1] != ' ' || s[i-2] == ' ' {
			return nil, false
		}
		e = i - 1
	}
	return starts, head
}

// expandedWord reports whether w is a word of a spelled-out name: it
// opens with an ASCII letter and holds letters, apostrophes and hyphens.
func expandedWord(w string) bool {
	if w == "" || !isASCIILetter(w[0]) {
		return false
	}
	for i := 1; i < len(w); i++ {
		if c := w[i]; !isASCIILetter(c) && c != '\'' && c != '-' && c < 0x80 {
			return false
		}
	}
	return true
}
