package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the reading stage's last step, after the other
// case rules. A lower-cased cluster writes the United Nations "un", a
// word the truecaser leaves low: "the un's food agency", "a un
// Security Council resolution", "told the un". raiseUN writes it "UN"
// where it stands as a word of its own (not "un-American", "joint-un",
// "Kim Jong un", nor after a French word: "c'est un") and the cluster
// writes "united nations" or "u.n.", or an article stands before it
// ("the un", "a un", "top un") or a word of the body's after it
// (unHeads: "un security", "un experts", "un climate", "un says").
//
// Measured against a25257f (lower-cased clusters; letter case alone):
// validation 23 of 5,598 summaries changed (26 words), all read: 23
// better ("the UN's Food and Agriculture Organisation", "vetoed a UN
// Security Council resolution", "told the UN at a special session",
// "ambassador to the UN,", "UN humanitarian chief"), 0 worse. Train
// 1-6,000: 17 of 5,975 changed (21 words), all read: 17 better ("the UN
// itself has decided", "a UN agency", "the UN general assembly", "UN
// experts are demanding", "the UN said on Tuesday"), 0 worse.
// Left: the voices' roles ("Syria's un ambassador"), and "un" with no
// article, head or evidence ("according to un habitat", "call on un to").

// unHeads are the words after which "un" is the United Nations with no
// other evidence: "the un security council", "un secretary-general".
var unHeads = lex.Set("security", "secretary-general", "secretary", "general", "peacekeepers", "peacekeeping",
	"official", "officials", "agency", "agencies", "envoy", "ambassador", "climate", "sanctions", "observer", "mission",
	"team", "experts", "humanitarian", "refugee", "report", "special", "says", "said", "chief", "resolution")

// unArticles before "un" make it a noun: "the un", "a un official".
var unArticles = lex.Set("the", "a", "top")

// unNotBefore are the words before "un" that make it no acronym: "Kim
// Jong un", and French ("c'est un", "de un").
var unNotBefore = lex.Set("jong", "est", "c'est", "et", "de", "pour", "avec", "dans", "par", "sur", "une")

// raiseUN writes "UN" for the word "un" of sum's sentences, voice
// statements and claims where it is the United Nations.
func (c *cluster) raiseUN(sum *chorus.Summary) {
	named := -1 // whether the cluster names the United Nations: unknown yet
	rewriteTexts(sum, func(s string) string {
		return raiseUNIn(s, func() bool {
			if named < 0 {
				named = 0
				if c.namesUN() {
					named = 1
				}
			}
			return named == 1
		})
	})
}

// raiseUNIn is raiseUN for one text; named reports whether the cluster
// names the United Nations.
func raiseUNIn(s string, named func() bool) string {
	if !strings.Contains(s, "un") {
		return s
	}
	return recaseWords(s, func(i, j int) (string, bool) {
		if s[i:j] != "un" || !noAddress(s, i, j) || i > 0 && s[i-1] != ' ' && s[i-1] != '(' && s[i-1] != '"' {
			return "", false
		}
		if rest := s[j:]; rest != "" && strings.IndexByte(" ,.;:)", rest[0]) < 0 && !strings.HasPrefix(rest, "'s") && !strings.HasPrefix(rest, "’s") {
			return "", false // "un-american", "un.org"
		}
		if unNotBefore[strings.ToLower(wordBeforeAny(s, i))] {
			return "", false
		}
		if unHeads[strings.ToLower(asciiWordAfter(s, j))] || unArticles[strings.ToLower(wordBeforeAny(s, i))] || named() {
			return "UN", true
		}
		return "", false
	})
}

// wordBeforeAny returns the field before s[i] across one space, or "".
func wordBeforeAny(s string, i int) string {
	if i < 2 || s[i-1] != ' ' {
		return ""
	}
	k := strings.LastIndexByte(s[:i-1], ' ')
	return s[k+1 : i-1]
}

// asciiWordAfter returns the word (letters and hyphens) after s[:j]
// across one space, or "".
func asciiWordAfter(s string, j int) string {
	if j+1 >= len(s) || s[j] != ' ' {
		return ""
	}
	e := j + 1
	for e < len(s) && (isASCIILetter(s[e]) || s[e] == '-') {
		e++
	}
	return s[j+1 : e]
}

// namesUN reports whether the cluster's candidates write "united
// nations" or "u.n.".
func (c *cluster) namesUN() bool {
	if p, _ := c.pairUses("united", "nations"); p > 0 {
		return true
	}
	_, cores := c.candCores()
	for _, cs := range cores {
		for _, x := range cs {
			if x.w == "u.n" || x.w == "u.n." {
				return true
			}
		}
	}
	return false
}
