package sentence

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file holds what keeps a sentence going after an ambiguous
// abbreviation that the capital after it would otherwise end (ends,
// acronymGoesOn): Multi-News capitalises the word after every period, so
// "... Westvale Ferry Co. And sold ..." and "... at 9 p.m. When the storm ..."
// read as two sentences unless the word tells otherwise.

// abbrContinuers are the sentence starters that, after any ambiguous
// abbreviation, go on with its sentence: a conjunction joining a second
// name or clause ("Roe Bros. And Doe Inc."), "of" and the relative words
// ("... of Westvale, Tenn. Who built ..."), "only" ("... left at 6
// p.m. Only to turn back ..."). In a sample of Multi-News validation and
// train summaries, every sentence split there (17) was a fragment.
var abbrContinuers = map[string]bool{"and": true, "or": true, "nor": true, "of": true, "who": true,
	"whose": true, "whom": true, "where": true, "only": true}

// clockContinuers are the starters that, after a clock time ("10 p.m."),
// mostly go on with its sentence: "... about 9 p.m. When the storm
// hit" and "... at 6 a.m. Today" are one sentence each.
var clockContinuers = map[string]bool{"when": true, "as": true, "today": true, "tonight": true}

// thatOpensBefore are the verbs after which a "That" following a clock
// time opens a sentence of its own ("That was ...") rather than a clause
// going on with it ("... said at 4 p.m. That the ferry had sunk").
var thatOpensBefore = map[string]bool{"was": true, "is": true, "will": true, "would": true, "could": true,
	"may": true, "might": true, "s": true}

// isClock reports whether word, the text before a period, is "a.m" or
// "p.m" in any case.
func isClock(word string) bool {
	return len(word) == 3 && word[1] == '.' && (word[2] == 'm' || word[2] == 'M') &&
		(word[0] == 'a' || word[0] == 'A' || word[0] == 'p' || word[0] == 'P')
}

// skipWord returns the index of the word after the one that starts at k.
func skipWord(text string, k int) int {
	for k < len(text) && !isSpace(text[k]) {
		if text[k] == '\'' { // "That's"
			return k + 1
		}
		if strings.HasPrefix(text[k:], "’") {
			return k + len("’")
		}
		k++
	}
	k, _ = skipSpace(text, k)
	return k
}

// parenGoesOn reports whether the parenthesis that opens at k, after an
// ambiguous abbreviation's period (a clock time's when clock is set: see
// clockParen), goes on with the sentence: it closes within parenMaxBytes,
// holds no credit (parenCredits), and the text after it goes on in lower
// case or with a comma or stop ("... at 9 p.m. ( 0100 gmt ) on monday",
// "... Westvale Corp. ( WFC ) rose"). A dateline's credit ("Westvale, Ore.
// (AP) — ...") is followed by a dash and parts as before.
func parenGoesOn(text string, k int, clock bool) bool {
	end := min(len(text), k+parenMaxBytes)
	j := strings.IndexByte(text[k+1:end], ')')
	if j < 0 {
		return false
	}
	inner := text[k+1 : k+1+j]
	if lex.ContainsAny(inner, "(\n") {
		return false
	}
	li := lex.Lower(inner)
	if clock && !clockParen(li) {
		return false
	}
	for _, w := range parenCredits {
		if strings.Contains(li, w) {
			return false
		}
	}
	a := skipSpaceNoNewline(text, k+2+j)
	if a >= len(text) {
		return false
	}
	c := text[a]
	return 'a' <= c && c <= 'z' || c == ',' || c == ';' || c == '.'
}

// parenAbbr reports whether a parenthesis after the ambiguous
// abbreviation word may go on with its sentence (parenGoesOn): after a
// company's ("Westvale Corp. ( WFC )"), a name's suffix ("John Roe Jr.
// ( D-Ill. )") or "U.S.", "U.K.", "U.N." ("in the u.s. ( and abroad ) to
// ..."); clock times are clockParen's. After a place (a state, "D.C.",
// "Ave.") it is mostly a dateline's or a photo's credit ("Westvale, Va.
// (Jane Roe for the Gazette) the ...") and parts as before.
func parenAbbr(word string) bool {
	var buf [maxWordLen]byte
	lw, _ := lowerASCII(&buf, word)
	return parenAbbrs[lw]
}

// clockParen reports whether the lower-cased parenthesis inner, after a
// clock time, gives the time elsewhere ("( 0100 gmt )", "( 4:30 p.m. et
// )"): a time zone or another clock time. A date or credit ("Update 4:05
// p.m. (june 2) the ...") is a stamp's.
func clockParen(inner string) bool {
	for _, f := range lex.SpaceFieldsShared(inner) {
		f = strings.Trim(f, ".,;:")
		if timeZones[f] || f == "a.m" || f == "p.m" {
			return true
		}
	}
	return false
}

// timeZones are the zone names clockParen knows.
var timeZones = lex.Set("gmt", "utc", "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt",
	"bst", "cet", "cest", "ist", "jst", "local", "time")

// parenAbbrs are the abbreviations of parenAbbr besides clock times.
var parenAbbrs = map[string]bool{"inc": true, "co": true, "corp": true, "cos": true, "ltd": true, "plc": true,
	"llc": true, "llp": true, "bros": true, "jr": true, "sr": true, "u.s": true, "u.k": true, "u.n": true}

// parenMaxBytes bounds the parenthesis parenGoesOn reads.
const parenMaxBytes = 80

// parenCredits mark a photo or video credit in parentheses.
var parenCredits = []string{"photo", "image", "credit", "getty", "video", "file"}

// contractionEnd reports whether w, the word before the period at i, is
// the letter of a contraction ("isn't.", "I'd.", "I'm."), also as
// Multi-News tokenizes it ("isn ' t."): no initial.
func contractionEnd(text string, i int, w string) bool {
	if len(w) != 1 || !strings.ContainsRune("tdmTDM", rune(w[0])) {
		return false
	}
	return letterApostrophe(strings.TrimSuffix(text[:i-1], " "), true)
}
