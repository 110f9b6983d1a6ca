package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the reading stage's last step, after the model
// passes of truecaseSummary. A lower-cased cluster's names of schools and
// counties come out raised in part: the model raises the name word it
// knows as one and leaves the head, which cased text writes lower-case
// elsewhere ("at Marlow Ridge high school", "in Tarrow county"). Cased
// news writes a county and a school after the name that heads it
// capitalised ("Tarrow County", "Marlow Ridge High School"), but not
// after a state or a country, where the words say where the place is ("a
// Kansas county", "a Vermont high school"). raiseNameHeads raises
// "county" and "high school", "middle school", "elementary school" after
// a run of one to three capitalised words that is no region of
// datelineRegionNames and no adjective of nationality ("an Irish county");
// a school only when the run follows a word that makes it the school's
// name (nameHeadBefore: "at", "from", "attended"), not a determiner, a
// count or a possessive ("a Dorset high school", "his Lowell high school"
// stay). After "the" the run is as often a town's ("the Harwick
// elementary school teacher") and is left.
//
// Measured against 720b3ea (letter case alone): validation 16 of 5,598
// summaries changed, all read: 16 better / 0 worse / 0 same ("in Broward
// County", "at Yukon High School", "attend Compton High School"). Train
// 1-6,000: 33 raised, all read: 29 right, 4 wrong or doubtful, all after
// "the" ("the Seattle Elementary School teacher", "the Parkland High
// School"), which is no longer taken; this version: 22 changed, all read:
// 22 better / 0 worse ("a Tarrant County judge", "at Glen Allen High
// School"). ROUGE untouched.

// nameHeadBefore are the words before a run of capitalised words that
// make it, with "high school" after it, a school's name.
var nameHeadBefore = lex.Set("at", "from", "of", "to", "into", "attend", "attends", "attended",
	"attending", "leave", "left", "near", "outside", "inside")

// nameHeads are the lower-case heads raiseNameHeads raises, and whether
// they are schools (nameHeadBefore required).
var nameHeads = []struct {
	head   string
	school bool
}{
	{" county", false},
	{" high school", true},
	{" middle school", true},
	{" elementary school", true},
}

// raiseNameHeads raises the heads of the names of counties and schools in
// the sentences, voice statements and claims of sum; see the file
// comment.
func raiseNameHeads(sum *chorus.Summary) {
	rewriteTexts(sum, raiseNameHeadsIn)
}

// raiseNameHeadsIn is raiseNameHeads for one text.
func raiseNameHeadsIn(s string) string {
	if !strings.Contains(s, " county") && !strings.Contains(s, " school") {
		return s
	}
	var b []byte
	for _, h := range nameHeads {
		for p := 0; ; {
			k := strings.Index(s[p:], h.head)
			if k < 0 {
				break
			}
			at := p + k
			p = at + len(h.head)
			if p < len(s) && (isAlnumASCII(s[p]) || s[p] >= 0x80 || s[p] == '-') {
				continue // "countywide", "school-age"
			}
			if !nameHeadRun(s, at, h.school) {
				continue
			}
			if b == nil {
				b = []byte(s)
			}
			for i := at; i < p; i++ {
				if s[i] == ' ' && 'a' <= s[i+1] && s[i+1] <= 'z' {
					b[i+1] -= 'a' - 'A'
				}
			}
		}
	}
	if b == nil {
		return s
	}
	return string(b)
}

// nameHeadRun reports whether the words before s[end] (a space before the
// head) are a run of one to three capitalised words that names the head,
// as raiseNameHeads requires.
func nameHeadRun(s string, end int, school bool) bool {
	var words []string
	e := end
	for {
		i := e
		for i > 0 && s[i-1] != ' ' {
			i--
		}
		w := s[i:e]
		if !nameHeadWord(w) {
			break
		}
		words = append(words, w)
		if i == 0 || len(words) > 3 {
			return false // an opening may be any word ("When Fresno high school")
		}
		e = i - 1
		if e == 0 || s[e-1] == ' ' {
			return false
		}
	}
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	var key strings.Builder
	for k := len(words) - 1; k >= 0; k-- {
		w := strings.ToLower(words[k])
		if lex.IsStopword(w) || nationalityShape(w) {
			return false
		}
		if key.Len() > 0 {
			key.WriteByte(' ')
		}
		key.WriteString(w)
	}
	if datelineRegionNames[key.String()] {
		return false
	}
	if !school {
		return true
	}
	before := strings.ToLower(s[lastSpaceBefore(s, e)+1 : e])
	return nameHeadBefore[before]
}

// lastSpaceBefore returns the index of the last space in s[:e], or -1.
func lastSpaceBefore(s string, e int) int { return strings.LastIndexByte(s[:e], ' ') }

// nameHeadWord reports whether w is a capitalised name word: a capital
// and lower-case ASCII letters after it, or a dotted abbreviation of
// them ("St.").
func nameHeadWord(w string) bool {
	w = strings.TrimSuffix(w, ".")
	if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// nationalityShape reports whether w ends as adjectives of nationality
// do ("irish", "kenyan", "chinese", "brazilian"): such a word before
// "county" says whose county it is.
func nationalityShape(w string) bool {
	return strings.HasSuffix(w, "ish") || strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "an") || strings.HasSuffix(w, "ic")
}
