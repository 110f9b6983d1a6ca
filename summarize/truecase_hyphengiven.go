package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/truecase"
	"github.com/chorusnews/chorus/voices"
)

// This file belongs to the reading stage's last step, after the other
// case rules and before raiseHyphenNames. The truecaser raises a given
// name it knows ("Rory", "Bashar", "Kim") and leaves the hyphened word
// after it low when it knows no part of it: "Rory cellan-jones", "Bashar
// al-assad", "Kim ki-jong". raiseHyphenAfterName writes such a word as a
// name when it follows a capitalised word inside the sentence and every
// part of it is a word the model does not know as mostly lower-case nor
// as a common word, of two letters at least with a vowel, and no
// stopword, role, point of the compass, day or month: "Rory
// Cellan-Jones", "Bashar al-Assad" (the particle "al" or "el" stays low),
// and after a Korean or Chinese family name the first part alone, as
// those names are written: "Kim Ki-jong", "Tsai Ing-wen". A part ending
// like a common noun or verb (givenEndings: "whistle-blower") must be a
// word cased text writes with a capital more often than not, and the
// last may be no suffix of a compound ("-ish", "-style"); a rhyming or
// chiming pair ("fender-bender", "ping-pong") is no name. A word after a
// people's word ("a Russian whistle-blower") is left.
//
// raiseArticleNames, run after the title rules, raises a hyphened word
// that opens with an Arabic article (nameArticles) wherever it stands,
// its later parts as above: "linked to al-Qaida", "Al-Shabab said".
//
// Measured against 6cfaca0 (letter case alone): validation 45 of 5,598
// summaries changed, every word read: 45 better, 0 worse ("Nicola
// Fuchs-Schundeln", "Yitzhak Ben-Zvi", "Jo Seong-jin", "the Spartanburg
// Herald-Journal", "Saad al-Hariri", "members of al-Qaida", "newspaper
// al-Watan"; 6 still half a name: "Syrian president bashar al-Assad",
// "ansar al-Sharia"). Train: raiseHyphenAfterName 80 of 37,856 changed
// (88 words), all read: 80 better ("Kim Ki-jong", "Tsai Ing-wen",
// "Ileana Ros-Lehtinen", "Abdul-Jabbar", "Prayuth Chan-Ocha"; "Hong
// Kong-zhuhai-macau" half, and "Bosley and nance-Holt" where
// raiseHyphenNames copies the later capital to a mention after a
// lower-case word); raiseArticleNames 230 of 37,856 changed (127 on lines 1-20,870),
// 40 drawn and read: 40 better ("al-Qaeda militants", "Eid al-Adha",
// "Al-Aqsa", "as-Safir"; half: "bashar al-Assad", "tamim bin hamad
// al-Thani"), 0 worse. Tried first: raiseArticleNames before the title
// rules: "President Bashar al-Assad" read "President bashar al-Assad"
// (8 summaries on validation), as a raised last word stops raiseTitledNames.
//
// Left: a hyphened name after a lower-case word ("and nance-holt"), a
// part the model knows as a common word ("Kim il-sung", "Wang
// ching-yu"), the lower-case words before an article's word ("bashar").

// raiseHyphenAfterName raises the hyphened words after a capitalised word
// in the sentences, voice statements and claims of sum that read as
// names (hyphenNameForm).
func raiseHyphenAfterName(sum *chorus.Summary) {
	tc := truecase.Default()
	rewriteTexts(sum, func(s string) string { return raiseHyphenNamesAfter(s, tc, false) })
}

// raiseArticleNames raises the hyphened words of sum that open with an
// Arabic article wherever they stand ("linked to al-Qaida"). It runs
// after raiseTitledNames, which writes a whole name of such words after a
// title ("president Bashar al-Assad"), and which a raised last word alone
// would stop ("president bashar al-Assad").
func raiseArticleNames(sum *chorus.Summary) {
	tc := truecase.Default()
	rewriteTexts(sum, func(s string) string { return raiseHyphenNamesAfter(s, tc, true) })
}

// raiseHyphenNamesAfter is raiseHyphenAfterName for one text, or with
// articles raiseArticleNames.
func raiseHyphenNamesAfter(s string, tc *truecase.Model, articles bool) string {
	if strings.IndexByte(s, '-') < 0 {
		return s
	}
	var b []byte
	eachHyphened(s, func(i, j int) {
		w := s[i:j]
		prev, ok := nameBeforeHyphen(s, i)
		if articles {
			ok = articleOpened(w)
		} else if 'A' <= w[0] && w[0] <= 'Z' {
			return // "Holt-varga" is raiseHyphenNames's
		}
		if !ok {
			return
		}
		form, ok := hyphenNameForm(tc, lex.LowerASCII(w), asianFamilyNames[lex.Lower(prev)])
		if !ok || w[1:] != lex.LowerASCII(w[1:]) {
			return
		}
		if b == nil {
			b = []byte(s)
		}
		copy(b[i:j], form)
		if 'A' <= w[0] && w[0] <= 'Z' {
			b[i] = w[0] // "Al-" at an opening
		}
	})
	if b == nil {
		return s
	}
	return string(b)
}

// articleOpened reports whether the hyphened word w opens with an Arabic
// article ("al-", "el-", nameArticles), which makes it a name wherever it
// stands: "linked to al-qaida", "Al-shabab fighters".
func articleOpened(w string) bool {
	h := strings.IndexByte(w, '-')
	return h > 0 && nameArticles[lex.LowerASCII(w[:h])]
}

// nameBeforeHyphen returns the word before the word at s[i:] when it is
// a capitalised word of letters alone ("Rory"), not the text's first word
// nor one after a sentence's end, a colon or a quotation mark, and no
// people's word ("Russian").
func nameBeforeHyphen(s string, i int) (string, bool) {
	if i < 2 || s[i-1] != ' ' {
		return "", false
	}
	k := strings.LastIndexByte(s[:i-1], ' ') + 1
	if k < 2 {
		return "", false // the text's first word: capitalised as an opening
	}
	prev := s[k : i-1]
	if len(prev) < 2 || prev[0] < 'A' || prev[0] > 'Z' || !lettersOnly(prev) || strings.ToLower(prev[1:]) != prev[1:] {
		return "", false
	}
	if strings.IndexByte(".!?:\"“", s[k-2]) >= 0 {
		return "", false
	}
	if truecase.PeopleWord(lex.Lower(prev)) {
		return "", false // "a Russian whistle-blower"
	}
	return prev, true
}

// hyphenNameForm returns the lower-case hyphened word w written as a name
// ("cellan-jones" -> "Cellan-Jones", "al-assad" -> "al-Assad"; with asian
// the first part alone: "ki-jong" -> "Ki-jong"), and whether w reads as
// one: see raiseHyphenAfterName.
func hyphenNameForm(tc *truecase.Model, w string, asian bool) (string, bool) {
	if strings.ToLower(w) != w {
		return "", false
	}
	parts := strings.Split(w, "-")
	if chime(parts) {
		return "", false
	}
	b := []byte(w)
	at, raised := 0, false
	for n, p := range parts {
		switch {
		case n == 0 && len(parts) > 1 && nameArticles[p]:
			// "al-Assad": the particle stays low
		case !hyphenNamePart(tc, p, n == len(parts)-1):
			return "", false
		case !asian || !raised || len(parts) > 2:
			b[at] -= 'a' - 'A'
			raised = true
		}
		at += len(p) + 1
	}
	return string(b), raised
}

// hyphenNamePart reports whether p, a part of a hyphened word (its last
// when last), may be a part of a name (raiseHyphenAfterName).
func hyphenNamePart(tc *truecase.Model, p string, last bool) bool {
	if len(p) < 2 || !strings.ContainsAny(p, "aeiouy") {
		return false // "cr-v", "proton-m"
	}
	if tc.Common(p) || tc.MostlyLower(p) || lex.IsStopword(p) || voices.IsRoleWord(p) || roleWords[p] || givenCompass[p] || givenDates[p] {
		return false
	}
	if last && hyphenSuffixes[p] {
		return false // "Roth-ish"
	}
	for _, e := range givenEndings {
		if strings.HasSuffix(p, e) {
			_, capital := tc.Known(p)
			return capital // "whistle-blower" is left, "Smith-Baker" raised
		}
	}
	return true
}

// chime reports whether the parts of a hyphened word of two rhyme or
// chime as a compound does: the same length and one letter apart
// ("ping-pong"), or the same last four letters after another opening
// ("fender-bender").
func chime(parts []string) bool {
	if len(parts) != 2 {
		return false
	}
	a, b := parts[0], parts[1]
	if len(a) == len(b) {
		d := 0
		for i := range len(a) {
			if a[i] != b[i] {
				d++
			}
		}
		if d <= 1 {
			return true
		}
	}
	return len(a) > 4 && len(b) > 4 && a[len(a)-4:] == b[len(b)-4:]
}

// hyphenSuffixes are the last parts of compounds, not of names:
// "Roth-ish", "Tarnwick-style".
var hyphenSuffixes = lex.Set("ish", "esque", "like", "style", "based", "born", "bred", "era", "led", "backed", "themed", "type", "size", "sized", "free", "wide", "area", "made")

// asianFamilyNames are Korean, Chinese and Taiwanese family names after
// which a hyphened given name has its first part alone capitalised
// ("Kim Ki-jong", "Tsai Ing-wen").
var asianFamilyNames = lex.Set(
	"kim", "lee", "park", "choi", "chung", "jung", "kang", "cho", "jo", "yoon", "yun", "jang", "lim",
	"han", "oh", "seo", "shin", "kwon", "hwang", "ahn", "yoo", "hong", "moon", "ban", "roh", "jeon", "ko",
	"wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma",
	"zhu", "hu", "guo", "lin", "luo", "liang", "song", "zheng", "xie", "tang", "deng", "peng", "xiao",
	"tsai", "lai", "liao", "chang", "chiang", "hsu", "kuo", "tseng", "chou", "lu", "ho", "ye", "yu")
