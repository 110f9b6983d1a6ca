// Package porter is the original 1980 Porter suffix-stripping stemmer in the
// exact variant that ROUGE-1.5.5 runs under its -m flag. It sits in the
// evaluation half of Chorus: rouge stems candidate and reference tokens with
// it before counting n-grams.
//
// The variant differs from Martin Porter's published ANSI C reference in small
// ways that change scores, so it is reproduced rule for rule:
//
//   - the word is expected in lower case; an initial "y" is treated as a
//     consonant (upper-cased during stemming, lower-cased at the end);
//   - words shorter than 3 bytes are returned unchanged;
//   - step 2 has "bli" → "ble" and "logi" → "log" (the later Porter
//     revisions), not "abli" → "able";
//   - step 4 first tries the suffixes al, ance, ence, er, ic, able, ible, ant,
//     ement, ou, ism, ate, iti, ous, ive and ize, then, independently, "ment",
//     then "ent" or else "sion"/"tion", each removed when the remaining stem
//     has measure m > 1 (the 2004 change by Chin-Yew Lin).
//
// The conditions are the same regular expressions as the Perl original, so
// Stem agrees with it on every input, not only on English words.
package porter

import "regexp"

// The pieces the Perl original builds its conditions from.
const (
	cons   = `[^aeiou]`          // a consonant (anything but a, e, i, o, u)
	vowel  = `[aeiouy]`          // a vowel
	conSeq = cons + `[^aeiouy]*` // a consonant sequence
	vowSeq = vowel + `[aeiou]*`  // a vowel sequence
	mGT0   = `^(` + conSeq + `)?` + vowSeq + conSeq
	mEQ1   = `^(` + conSeq + `)?` + vowSeq + conSeq + `(` + vowSeq + `)?$`
	mGT1   = `^(` + conSeq + `)?` + vowSeq + conSeq + vowSeq + conSeq
	hasV   = `^(` + conSeq + `)?` + vowel
	cvc    = `^` + conSeq + vowel + `[^aeiouwxy]$`
)

var (
	reMGT0 = regexp.MustCompile(mGT0)
	reMEQ1 = regexp.MustCompile(mEQ1)
	reMGT1 = regexp.MustCompile(mGT1)
	reHasV = regexp.MustCompile(hasV)
	reCVC  = regexp.MustCompile(cvc)

	reStep1aIES = regexp.MustCompile(`(ss|i)es$`)
	reStep1aS   = regexp.MustCompile(`([^s])s$`)
	reStep1bEED = regexp.MustCompile(`eed$`)
	reStep1bED  = regexp.MustCompile(`(ed|ing)$`)
	reStep1bE   = regexp.MustCompile(`(at|bl|iz)$`)
	reStep2     = regexp.MustCompile(`(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$`)
	reStep3     = regexp.MustCompile(`(icate|ative|alize|iciti|ical|ful|ness)$`)
	reStep4     = regexp.MustCompile(`(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$`)
	reStep4ION  = regexp.MustCompile(`(s|t)(ion)$`)
)

var step2 = map[string]string{
	"ational": "ate", "tional": "tion", "enci": "ence", "anci": "ance", "izer": "ize",
	"bli": "ble", "alli": "al", "entli": "ent", "eli": "e", "ousli": "ous",
	"ization": "ize", "ation": "ate", "ator": "ate", "alism": "al", "iveness": "ive",
	"fulness": "ful", "ousness": "ous", "aliti": "al", "iviti": "ive", "biliti": "ble",
	"logi": "log",
}

var step3 = map[string]string{
	"icate": "ic", "ative": "", "alize": "al", "iciti": "ic", "ical": "ic", "ful": "", "ness": "",
}

// suffix reports whether re matches w; if so it returns the text before the
// match and the first submatch.
func suffix(re *regexp.Regexp, w string) (pre, group string, ok bool) {
	loc := re.FindStringSubmatchIndex(w)
	if loc == nil {
		return "", "", false
	}
	if len(loc) >= 4 && loc[2] >= 0 {
		group = w[loc[2]:loc[3]]
	}
	return w[:loc[0]], group, true
}

// hasSuffix is strings.HasSuffix, kept local to read like the rules.
func hasSuffix(w, s string) bool { return len(w) >= len(s) && w[len(w)-len(s):] == s }

// doubleCons reports whether w ends in a doubled letter other than a vowel,
// y, l, s or z (the Perl rule /([^aeiouylsz])\1$/).
func doubleCons(w string) bool {
	n := len(w)
	if n < 2 || w[n-1] != w[n-2] {
		return false
	}
	switch w[n-1] {
	case 'a', 'e', 'i', 'o', 'u', 'y', 'l', 's', 'z':
		return false
	}
	return true
}

// Stem returns the stem of the lower-case word w.
func Stem(w string) string {
	if len(w) < 3 {
		return w
	}
	initialY := w[0] == 'y'
	if initialY {
		w = "Y" + w[1:]
	}

	// Step 1a.
	if pre, g, ok := suffix(reStep1aIES, w); ok {
		w = pre + g
	} else if pre, g, ok := suffix(reStep1aS, w); ok {
		w = pre + g
	}

	// Step 1b.
	if hasSuffix(w, "eed") {
		if reMGT0.MatchString(w[:len(w)-3]) {
			w = w[:len(w)-1]
		}
	} else if pre, _, ok := suffix(reStep1bED, w); ok && reHasV.MatchString(pre) {
		w = pre
		switch {
		case reStep1bE.MatchString(w):
			w += "e"
		case doubleCons(w):
			w = w[:len(w)-1]
		case reCVC.MatchString(w):
			w += "e"
		}
	}

	// Step 1c.
	if hasSuffix(w, "y") {
		if pre := w[:len(w)-1]; reHasV.MatchString(pre) {
			w = pre + "i"
		}
	}

	// Step 2.
	if pre, g, ok := suffix(reStep2, w); ok && reMGT0.MatchString(pre) {
		w = pre + step2[g]
	}

	// Step 3.
	if pre, g, ok := suffix(reStep3, w); ok && reMGT0.MatchString(pre) {
		w = pre + step3[g]
	}

	// Step 4, with ROUGE's separate "ment" and "ent" passes.
	if pre, _, ok := suffix(reStep4, w); ok && reMGT1.MatchString(pre) {
		w = pre
	}
	if hasSuffix(w, "ment") {
		if pre := w[:len(w)-4]; reMGT1.MatchString(pre) {
			w = pre
		}
	}
	if hasSuffix(w, "ent") {
		if pre := w[:len(w)-3]; reMGT1.MatchString(pre) {
			w = pre
		}
	} else if pre, g, ok := suffix(reStep4ION, w); ok {
		if stem := pre + g; reMGT1.MatchString(stem) {
			w = stem
		}
	}

	// Step 5.
	if hasSuffix(w, "e") {
		pre := w[:len(w)-1]
		if reMGT1.MatchString(pre) || (reMEQ1.MatchString(pre) && !reCVC.MatchString(pre)) {
			w = pre
		}
	}
	if hasSuffix(w, "ll") && reMGT1.MatchString(w) {
		w = w[:len(w)-1]
	}

	if initialY && len(w) > 0 && w[0] == 'Y' {
		w = "y" + w[1:]
	}
	return w
}
