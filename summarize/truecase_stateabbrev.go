package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
)

// This file belongs to the reading stage's last step, after the other
// case rules. A lower-cased cluster writes a state's or a province's
// short form after its town in lower case ("in Kirkland, wash.,"), and
// the truecase model raises those it knows as names ("Calif.", "Fla.")
// but leaves those that are common words too ("wash.", "mass.",
// "miss.", "ill.", "la.", "ark.") or that it never saw ("mich.",
// "ont."). raiseStateAbbrevs writes such a short form with a capital
// when it is one of datelineRegionNames' short forms with one stop, it
// follows a capitalised word and a comma ("of Tarnwick, wash."; a
// text's first word only before a form that is no word of address:
// not "Thanks, miss."), and nothing but
// punctuation or "-based" follows its stop ("Velmora, colo.-based").
//
// datelineRegionNames gained the provinces' "ont.", "que.", "alta.",
// "sask." for it (no other rule's output moved on validation or dev).
//
// Measured against 92b5240 (lower-cased clusters; letter case alone):
// validation 13 of 5,598 summaries changed (15 words), all read: 13
// better ("Kirkland, Wash.", "Gulfport, Miss.", "Angola, La.",
// "Marquette, Mich.", "Burlington, Ont.", "Longmont, Colo.-based"), 0
// worse, 0 the same. Train 1-38,000: 74 of 37,856 changed, all read: 74
// better ("Baton Rouge, La.", "Oak Brook, Ill.-based", "Natick, Mass.",
// "Rawdon, Que."), 0 worse.
// Left: a town the truecaser left low ("Fort devens, mass.",
// "diamondhead, miss."), "Monmouth, or." (the short form "or." is a
// stopword too), "VT." (raised whole by the model).

// raiseStateAbbrevs raises, in the sentences, voice statements and
// claims of sum, a state's short form after "<Town>, ".
func raiseStateAbbrevs(sum *chorus.Summary) { rewriteTexts(sum, raiseStateAbbrevsIn) }

// raiseStateAbbrevsIn is raiseStateAbbrevs for one text.
func raiseStateAbbrevsIn(s string) string {
	if !strings.Contains(s, ", ") {
		return s
	}
	var b []byte
	for i := strings.Index(s, ", "); i >= 0; {
		k := i + 2
		if k < len(s) && 'a' <= s[k] && s[k] <= 'z' {
			if n := stateAbbrevAt(s, k); n > 0 && townBefore(s, i, s[k:k+n] != "miss.") {
				if b == nil {
					b = []byte(s)
				}
				b[k] -= 'a' - 'A'
			}
		}
		next := strings.Index(s[k:], ", ")
		if next < 0 {
			break
		}
		i = k + next
	}
	if b == nil {
		return s
	}
	return string(b)
}

// townBefore reports whether the word that ends at s[i] (a comma) is
// capitalised and, unless first is true, is not the text's first word
// ("Thanks, miss." opens on no town).
func townBefore(s string, i int, first bool) bool {
	k := i
	for k > 0 && (isASCIILetter(s[k-1]) || s[k-1] == '-' || s[k-1] == '.' || s[k-1] == '\'') {
		k--
	}
	if k == i || s[k] < 'A' || s[k] > 'Z' {
		return false
	}
	if k == 0 || strings.TrimSpace(s[:k]) == "" {
		return first
	}
	return s[k-1] == ' '
}

// stateAbbrevAt returns the length of the state's short form that opens
// at s[k] ("wash." in "wash., police"), or 0 when none does or a letter
// or digit follows its stop other than "-based".
func stateAbbrevAt(s string, k int) int {
	e := k
	for e < len(s) && 'a' <= s[e] && s[e] <= 'z' {
		e++
	}
	if e == k || e >= len(s) || s[e] != '.' {
		return 0
	}
	key := s[k : e+1]
	if !datelineRegionNames[key] {
		return 0
	}
	rest := s[e+1:]
	if rest == "" || strings.HasPrefix(rest, "-based") {
		return len(key)
	}
	if c := rest[0]; isAlnumASCII(c) || c == '.' || c == '-' || c >= 0x80 {
		return 0
	}
	return len(key)
}
