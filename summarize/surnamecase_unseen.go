package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/truecase"
)

// This file belongs to the reading stage's last step, after
// caseSurnamesAfterListedGiven. The truecaser raises the first word of a
// name it knows ("Chen", "Kim", "Lee") and leaves the word after it low
// when the model never saw that word in cased text: a Chinese or Korean
// given name after the family name ("Chen guangcheng", "Park geun-hye",
// "Kim il-sung") or a rare surname after a given name ("Kim kardashian",
// "Lee unkrich"). caseUnseenNameWords writes such a word with a capital
// (on its first letter alone, "Kim Il-sung", or after an Arabic article,
// raiseNameWord) when the word before it,
// written with a capital, is a listed given name (lex.IsGivenName) or a
// common East Asian family name (familyFirst), no article or possessive
// stands before that ("the Park rangers"), the model knows no part of
// the word, it ends like no common noun or verb (givenEndings: "Scott
// chatted") nor is a plural of one ("Park rangers"), and the cluster writes the pair twice at least and the word
// after that first word in four of five of its uses.
//
// Measured against f4cce61 (lower-cased clusters; letter case alone):
// validation 5 of 5,598 summaries changed, all read: 5 better ("Xi
// Jinping", "Chen Guangcheng", "Chen Guangfu", "Wang Lijun", "Zhou
// Yongkang"). Train 1-38,000: 18 changed, all read: 17 better ("Park
// Geun-hye", "Lee Seok-ki", "Hu Jintao", "Li Quan", "Feng Jianmei"), 1
// the same ("Kim Hak song": a third word left low); a school's name cut
// at a slash ("Power/st.") is left by the letters-only test. Left: a
// surname the cluster writes after two given names ("Kim kardashian",
// "Khloe kardashian"), a name of three words.

// familyFirst are common Chinese and Korean family names, which news
// writes before the given name.
var familyFirst = lex.Set("chen", "wang", "zhang", "li", "liu", "yang", "huang", "zhao", "wu", "zhou",
	"xu", "zhu", "hu", "guo", "lin", "luo", "gao", "zheng", "liang", "xie", "tang", "feng", "deng",
	"cao", "peng", "zeng", "xiao", "tian", "dong", "pan", "yuan", "cai", "jiang", "du", "cheng",
	"wei", "lu", "ding", "shen", "yao", "jin", "xi", "bo", "lee", "kim", "park", "choi", "jung",
	"kang", "cho", "yoon", "jang", "lim", "shin", "moon", "ahn", "ko", "ri")

// caseUnseenNameWords raises, in the sentences, voice statements and
// claims of sum, the unseen name word after a given or family name.
func (c *cluster) caseUnseenNameWords(sum *chorus.Summary) {
	tc := truecase.Default()
	rewriteTexts(sum, func(s string) string { return c.unseenNameWordsIn(s, tc) })
}

// unseenNameWordsIn is caseUnseenNameWords for one text.
func (c *cluster) unseenNameWordsIn(s string, tc *truecase.Model) string {
	return raiseAfterCapital(s, func(fields []string, j int) (string, bool) {
		f, g := fields[j], fields[j-1]
		if strings.IndexByte(g, '-') >= 0 {
			return "", false // "Chen" as the whole field
		}
		first := lex.Lower(g)
		if !lex.IsGivenName(first) && !familyFirst[first] {
			return "", false
		}
		if j >= 2 && notBeforeGiven[lex.Lower(fields[j-2])] {
			return "", false // "the Park rangers"
		}
		core, _ := lowerCore(f)
		if !strings.HasPrefix(f, core) || !lettersOnly(core) || !unseenNameWord(core, tc) || noSurnameWord(core) || commonPlural(core, tc) {
			return "", false
		}
		if pairs, uses := c.pairUsesAfter(first, core); pairs < listedPairMin || 5*pairs < 4*uses {
			return "", false
		}
		b := []byte(f)
		raiseNameWord(b, 0, len(core)) // "al-sistani" reads "al-Sistani"
		return string(b), true
	})
}

// commonPlural reports whether w is the plural of a common noun, or a
// verb's form in "s", the model knows or that ends like one ("rangers",
// "chatters").
func commonPlural(w string, tc *truecase.Model) bool {
	stem, ok := strings.CutSuffix(w, "s")
	if !ok || len(stem) < 3 {
		return false
	}
	known, _ := tc.Known(stem)
	return known || commonEnding(stem)
}

// pairUsesAfter returns how often the cluster's candidates write the
// lower-case word a right before b (no stop or comma between) and how
// often they write b.
func (c *cluster) pairUsesAfter(a, b string) (pairs, uses int) {
	_, cores := c.candCores()
	for _, cs := range cores {
		for k, x := range cs {
			if x.w != b {
				continue
			}
			uses++
			if k > 0 && !cs[k-1].punct && cs[k-1].w == a {
				pairs++
			}
		}
	}
	return pairs, uses
}
