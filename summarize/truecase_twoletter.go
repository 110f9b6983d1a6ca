package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/truecase"
)

// This file belongs to the reading stage's last step, beside raiseUN.
// raiseAcronyms and raiseInitialisms leave two-letter words alone (units
// and fragments as often as acronyms), and a lower-cased cluster's "gm",
// "va" or "ba" stays "gm said", "the Va hospital", "Ba chief executive".
// raiseTwoLetterNames writes such a word in capitals when it is one of
// twoLetterNames and the cluster spells the name out ("general motors",
// "veterans affairs", "british airways"): the spelled name is the
// evidence that the two letters stand for it here. The word must stand
// alone (no hyphen, apostrophe or address beside it: "Jong-un", "la's")
// and is left after a number ("1:30 pm", "34 au"), as a state's
// abbreviation after a comma ("Richmond, Va."), and, for the name
// particles "la", "da" and "ai", before a capitalised word, a word the
// truecase model never saw or itself ("La Jolla", "la mirada", "da
// Vinci", "ai weiwei", "la la land").
//
// Measured against 18c2d0d with raiseGeoNames (letter case alone):
// validation 20 of 5,598 summaries changed, all read: 20 better ("GM
// said", "the VA", "BA chief executive", "SB 1445", "the PM", "LA
// police officers", "AU policy"), 0 worse. Train 1-38,000: about 110
// changed, every changed word read in its line: all better ("HK$15
// million", "NJ Transit", "the DA's office", "IU's caving club") but one
// before the doubled particle's guard ("la LA land"). Left: voices'
// roles ("Ba chief executive" as a role), "Un" opening a sentence.

// twoLetterNames are the two-letter acronyms raiseTwoLetterNames writes
// in capitals, with the names (lower-case, two words) that spell them.
var twoLetterNames = map[string][2]string{
	"gm": {"general", "motors"},
	"va": {"veterans", "affairs"},
	"pm": {"prime", "minister"},
	"ba": {"british", "airways"},
	"la": {"los", "angeles"},
	"da": {"district", "attorney"},
	"sf": {"san", "francisco"},
	"sc": {"south", "carolina"},
	"nj": {"new", "jersey"},
	"rt": {"russia", "today"},
	"au": {"african", "union"},
	"ew": {"entertainment", "weekly"},
	"ea": {"electronic", "arts"},
	"hk": {"hong", "kong"},
	"iu": {"indiana", "university"},
	"nb": {"new", "brunswick"},
	"sb": {"senate", "bill"},
	"ur": {"united", "russia"},
	"ai": {"artificial", "intelligence"},
	"ge": {"general", "electric"},
	"nz": {"new", "zealand"},
}

// twoLetterParticles are the words of twoLetterNames that open names
// written in other languages ("La Jolla", "da Silva", "ai weiwei").
var twoLetterParticles = map[string]bool{"la": true, "da": true, "ai": true}

// raiseTwoLetterNames writes, in the sentences, voice statements and
// claims of sum, the listed two-letter acronyms the cluster spells out.
func (c *cluster) raiseTwoLetterNames(sum *chorus.Summary) {
	tc := truecase.Default()
	spelled := map[string]int8{} // 1 spelled out in the cluster, -1 not
	rewriteTexts(sum, func(s string) string {
		return recaseWords(s, func(i, j int) (string, bool) {
			if j-i != 2 {
				return "", false
			}
			w := strings.ToLower(s[i:j])
			name, ok := twoLetterNames[w]
			if !ok || s[i+1] < 'a' || !twoLetterAt(s, i, j, w, tc) {
				return "", false
			}
			if spelled[w] == 0 {
				spelled[w] = -1
				if p, _ := c.pairUses(name[0], name[1]); p > 0 {
					spelled[w] = 1
				}
			}
			return strings.ToUpper(w), spelled[w] == 1
		})
	})
}

// twoLetterAt reports whether the word s[i:j], w lower-cased, stands as
// a listed acronym does (see the file's comment).
func twoLetterAt(s string, i, j int, w string, tc *truecase.Model) bool {
	if i > 0 && strings.IndexByte(" (\"“", s[i-1]) < 0 || !noAddress(s, i, j) {
		return false
	}
	rest := s[j:]
	if rest != "" && strings.IndexByte(" ,.;:)\"”$", rest[0]) < 0 && !strings.HasPrefix(rest, "'s") && !strings.HasPrefix(rest, "’s") {
		return false // "jong-un", "la's"
	}
	prev := wordBeforeAny(s, i)
	for k := 0; k < len(prev); k++ {
		if '0' <= prev[k] && prev[k] <= '9' {
			return false // "1:30 pm", "34 au"
		}
	}
	if strings.HasSuffix(prev, ",") && strings.HasPrefix(rest, ".") {
		return false // "Richmond, Va.": a state's abbreviation
	}
	if !twoLetterParticles[w] {
		return true
	}
	if strings.ToLower(strings.TrimLeft(prev, "\"“(")) == w {
		return false // "la la land"
	}
	if rest == "" || rest[0] != ' ' {
		return true
	}
	next := asciiWordAfter(s, j)
	if e := j + 1 + len(next); next == "" || next[0] < 'a' || next[0] > 'z' || next == w || e < len(s) && s[e] >= 0x80 {
		return false // "La Jolla", "la página", "la la land"
	}
	known, _ := tc.Known(next)
	return known
}
