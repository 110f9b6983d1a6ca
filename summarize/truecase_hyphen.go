package summarize

import (
	"slices"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/truecase"
)

// This file belongs to the reading stage's last step, after the other
// case rules. A hyphened name in a lower-cased cluster is raised where a
// rule or the truecase model reads it as a name ("Anna Holt-Varga said")
// and left half raised where it opens a sentence, which Multi-News opens
// with a capital on the first part alone ("Holt-varga told the court").
// raiseHyphenNames writes a hyphened word of the summary whose parts after
// the first are lower-case as the summary writes the same word elsewhere
// with a capital on a later part: "Holt-varga" beside "Anna Holt-Varga"
// reads "Holt-Varga", "Al-varga" beside "al-Varga" reads "Al-Varga" (the
// opening capital is kept). Only the case of the later parts changes; a
// word the summary writes in two such forms is left, and so is one whose
// later part the truecase model knows as a word mostly written in lower
// case: a title-cased text writes "Kenya-Born", "Years-Long",
// "Twenty-Year-Old", which are no names.
//
// Measured against 8bad6d4 (with raiseDotted): validation 17 of 5,599
// summaries changed, every one of the 19 words changed read: 19 right
// ("Day-Lewis instills", "Strauss-Kahn was arrested", "Al-Awlaki",
// "Haqq-Misra", "Winston-Salem", "Jean-Marc Ayrault", "Asian-American",
// "Pro-Russian"), 17 summaries better. Train 1-38,000: 78 of 37,862
// summaries changed (89 words), 40 drawn and read (47 words): 46 right
// ("Newton-John", "Agence France-Presse", "Zeta-Jones", "Diaz-Canel",
// "Merriam-Webster", "Un-American"), 1 the same ("Col-Gen Kartapolov");
// 39 better, 1 the same. ROUGE of the Fill summaries is untouched: they
// are not truecased.
//
// Tried and not kept: evidence in any form the summary writes, a
// title-cased line too: 4 of 23 words wrong on validation ("years-Long",
// "Twenty-Year-Old", "Kenya-Born", "Rep-Elect"), hence laterCommon. Not
// tried: a hyphened surname the summary writes nowhere with a capital on
// its later part ("Margaret Campbell-brown" alone); after a given name
// validation holds few (4: "Linda Kosuda-bigazzi", "Alec Douglas-home"),
// and they would have to be told from "Kim Jong-un", which keeps its case.

// raiseHyphenNames raises the later parts of the hyphened words in the
// sentences, voice statements and claims of sum that the summary writes
// elsewhere with a capital on a later part.
func raiseHyphenNames(sum *chorus.Summary) {
	forms := make(map[string]string)
	tc := truecase.Default()
	seen := func(s string) {
		eachHyphened(s, func(i, j int) {
			w := s[i:j]
			if !laterCapital(w) || laterCommon(tc, w) {
				return
			}
			key := strings.ToLower(w)
			f, ok := forms[key]
			if !ok {
				forms[key] = w
			} else if h := strings.IndexByte(w, '-'); f != "" && f[h:] != w[h:] {
				forms[key] = "" // two forms: no evidence
			}
		})
	}
	for _, t := range evidenceTexts(sum) {
		seen(t)
	}
	for _, v := range sum.Voices {
		seen(v.Name)
	}
	if len(forms) == 0 {
		return
	}
	rewriteTexts(sum, func(s string) string { return raiseHyphenNamesIn(s, forms) })
}

// raiseHyphenNamesIn is raiseHyphenNames for one text, with the forms
// the summary writes (by lower-case word; "" for a word written in two).
func raiseHyphenNamesIn(s string, forms map[string]string) string {
	var b []byte
	eachHyphened(s, func(i, j int) {
		w := s[i:j]
		f := forms[strings.ToLower(w)]
		if f == "" || laterCapital(w) {
			return
		}
		h := strings.IndexByte(w, '-')
		if b == nil {
			b = []byte(s)
		}
		copy(b[i+h:j], f[h:]) // the first part as written: "Al-" at an opening
	})
	if b == nil {
		return s
	}
	return string(b)
}

// laterCommon reports whether a part of the hyphened word w after the
// first is a word cased text writes mostly in lower case: "Kenya-Born",
// "Years-Long" in a title-cased text are no names' evidence.
func laterCommon(tc *truecase.Model, w string) bool {
	parts := strings.Split(strings.ToLower(w), "-")
	return slices.ContainsFunc(parts[1:], tc.MostlyLower)
}

// laterCapital reports whether a part of the hyphened word w after the
// first opens with a capital ("Day-Lewis", "al-Varga").
func laterCapital(w string) bool {
	parts := strings.Split(w, "-")
	return slices.ContainsFunc(parts[1:], func(p string) bool { return p != "" && 'A' <= p[0] && p[0] <= 'Z' })
}

// eachHyphened calls fn with the bounds of each word of ASCII letters
// and hyphens in s that holds a hyphen between letters and stands as a
// word of its own (no address, no letter beyond ASCII beside it).
func eachHyphened(s string, fn func(i, j int)) {
	for i := 0; i < len(s); {
		if !isASCIILetter(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && (isASCIILetter(s[j]) || s[j] == '-' && j+1 < len(s) && isASCIILetter(s[j+1])) {
			j++
		}
		if strings.IndexByte(s[i:j], '-') > 0 && noAddress(s, i, j) && !(j < len(s) && isAlnumASCII(s[j])) {
			fn(i, j)
		}
		i = j
	}
}
