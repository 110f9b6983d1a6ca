package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file finds where a candidate stands in its article when its text
// is not written there byte for byte. articleAbove looks for the
// candidate's first 40 bytes in the lower-cased article; the cleaner
// respaces quotation marks and brackets ("half, \" wastberg" becomes
// "half,\" Wastberg"; "[ so i ]" becomes "[so I]") and closes a quotation
// the article opened a sentence before, so a quoted sentence was often
// not found and the rules that read the article above a sentence (an
// unnamed "the newspaper" named, outletbare.go; a bare surname named,
// articlename.go) left it as it was: "..., Ms Tarn told the newspaper."
// kept its unnamed paper though the article named it two lines above.
// When the plain search fails, articleOffset compares letters and digits
// only: the first articleOffsetLetters of them in the candidate must occur
// once in the article, and the candidate stands at the first of them.
//
// Measured against 9995f52 with outletbare.go's name forms below (a
// daily's name, a bracket, a comma before the name): validation 1 of
// 5,598 changed, better (an unnamed "told the paper" names the Swedish
// paper its article named); train 1-38,000 5 of 37,857 changed, all
// read: 4 better (two quoted sentences not found before now name the
// newspaper two lines above; a magazine's name before a bracket; a
// quotation's credit "said <surname>" given the full name its article
// wrote above, articlename.go), 1 the same ("a source says" takes its
// article's "close to the situation", sourcesbare.go).

// articleOffsetLetters is how many letters and digits of a candidate's
// opening articleOffset looks for: enough that a sentence's opening words
// are found in one place only.
const articleOffsetLetters = 40

// articleOffset returns the offset in low (a lower-cased article) of the
// letter or digit where text's opening stands when only marks and spaces
// differ, or -1 when the opening is shorter than articleOffsetLetters
// letters and digits, or found nowhere or twice.
func articleOffset(low, text string) int {
	key := make([]byte, 0, articleOffsetLetters)
	for i := 0; i < len(text) && len(key) < articleOffsetLetters; i++ {
		if c := text[i]; lex.IsASCIIAlnum(c) {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			key = append(key, c)
		}
	}
	if len(key) < articleOffsetLetters {
		return -1
	}
	var proj strings.Builder
	proj.Grow(len(low))
	for i := 0; i < len(low); i++ {
		if lex.IsASCIIAlnum(low[i]) {
			proj.WriteByte(low[i])
		}
	}
	p := proj.String()
	i := strings.Index(p, string(key))
	if i < 0 || strings.Contains(p[i+1:], string(key)) {
		return -1
	}
	// The offset in low of the projection's i-th byte: no table of every
	// offset, which a 400,000-word article would make large.
	for j := 0; j < len(low); j++ {
		if lex.IsASCIIAlnum(low[j]) {
			if i == 0 {
				return j
			}
			i--
		}
	}
	return -1
}
