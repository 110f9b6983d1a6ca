package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/truecase"
)

// This file belongs to the reading stage's last step, after
// truecaseSummary. Multi-News writes every source in lower case, and the
// truecase model, learned from a few hundred cased documents, does not
// know many acronyms: a summary read "the gossip site tmz", "an nypd
// officer", "the rnc", "flight mh370", "cbd oil". A word with no vowel
// cannot be an English word, and a short one the model has not seen
// written lower-case is an acronym; so are short letters run into digits.
// raiseAcronyms writes them in capitals: "tmz" → "TMZ", "Nypd said" →
// "NYPD said", "mh370" → "MH370", "mp3s" → "MP3s".
//
// The sources give no evidence of their own here: every Multi-News
// source (validation and train 1-38,000 alike, all 43,000 clusters read)
// is lower-cased but for the letter after a full stop, so the forms other
// articles use are the same lower-case forms.
//
// Measured against 25beb9c: validation 261 of 5,599 summaries changed,
// every one of the 378 words changed read: 373 right ("TMZ", "MSNBC",
// "NYPD", "RCMP", "MH370", "WLS-TV", "DVDs"), 5 wrong, one summary each
// ("io9" → "IO9", "djs" → "DJS", "mds" → "MDS", "ncds" → "NCDS", "gtlds"
// → "GTLDS": plurals whose stem the model does not know); train 1-38,000
// 2,044 of 37,863 changed, 40 changed words drawn and read: 38 right, 1
// wrong ("m5s" → "M5s", a party's acronym read as a plural), 1 the same
// (a redaction "Xxxxx" → "XXXXX"). One more drawn summary lost two
// surnames: raiseSpokenSurnames read "NYPD Detective Patrick Cherry" in
// pairs from "Detective" and no longer saw "Patrick Cherry"; it reads
// overlapping pairs since (spokensurname.go). ROUGE of the Fill summaries
// is untouched: they are not truecased.
//
// Tried and not kept: two-letter words ("bn", "ds", "pf", "ks": units and
// fragments as often as acronyms); a plural "s" after any stem the model
// knows in capitals ("nws" → "NWs", "nhs" → "NHs", "dps" → "DPs": the
// stems were states' abbreviations), now three letters of stem at least;
// "y" anywhere ("nymph" → "NYMPH").

// acronymSkip are vowelless words that are no acronyms: units, ordinal
// endings, titles and their abbreviations, interjections.
var acronymSkip = lex.Set(
	"st", "nd", "rd", "th", "mm", "cm", "km", "kg", "mg", "ml", "lb", "lbs", "ft", "sq",
	"mph", "kph", "kmh", "hr", "hrs", "yr", "yrs", "hwy", "pm", "vs", "mr", "mrs", "ms",
	"dr", "jr", "sr", "sgt", "cpl", "cmdr", "pvt", "lt", "ct", "pct", "pts", "blvd",
	"shh", "hmm", "hm", "pst", "psst", "brr", "grr", "tsk", "nth", "pfft", "mmm", "zzz",
	"bn", "mn", "tn", "gm", "kw", "kwh", "mw", "gb", "mb", "kb", "tb", "ghz", "mhz",
	"cdr", "spc", "snr", "ppl", "plz", "pls", "thx", "tmrw", "btw", "tbh", "smh", "glhf",
)

// acronymLetters reports whether the lower-case word w, of ASCII letters
// alone, is an acronym by its shape: three to five letters without a
// vowel ("y" only after an opening "n" of four letters at most: "nypd",
// "nyc", not "nymph"), no skipped word (acronymSkip), and not a word the
// truecase model knows cased text writes mostly in lower case.
func acronymLetters(tc *truecase.Model, w string) bool {
	if len(w) < 3 || len(w) > 5 || acronymSkip[w] || strings.HasPrefix(w, "ny") && len(w) > 4 {
		return false
	}
	for i := 0; i < len(w); i++ {
		switch b := w[i]; {
		case b < 'a' || b > 'z':
			return false
		case strings.IndexByte("aeiou", b) >= 0:
			return false
		case b == 'y' && !(i == 1 && w[0] == 'n'):
			return false
		}
	}
	if known, capital := tc.Known(w); known && !capital {
		return false
	}
	return true
}

// acronymDigits returns w, a lower-case word of ASCII letters and digits
// that opens with a letter and holds a digit, in capitals when it is an
// acronym run into a number ("mh370", "mi6", "h7n9", "cbs2"): each run
// of letters at most three long, and the letters all consonants or two
// at most, but for a lone "e" (an article number, "e95839") and "no"
// ("world no1"). A plural "s" after a digit stays ("mp3s" → "MP3s"). ok
// is false for any other word ("tree1", "lahti2017", "one57").
func acronymDigits(w string) (up string, ok bool) {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return "", false
	}
	body, plural := w, ""
	if n := len(w); n > 2 && w[n-1] == 's' && '0' <= w[n-2] && w[n-2] <= '9' {
		body, plural = w[:n-1], "s"
	}
	letters, run, digits, vowel := 0, 0, 0, false
	for i := 0; i < len(body); i++ {
		b := body[i]
		switch {
		case 'a' <= b && b <= 'z':
			letters++
			run++
			if run > 3 {
				return "", false
			}
			vowel = vowel || strings.IndexByte("aeiouy", b) >= 0
		case '0' <= b && b <= '9':
			digits++
			run = 0
		default:
			return "", false
		}
	}
	if digits == 0 || vowel && letters > 2 || body[0] == 'e' && letters == 1 || strings.HasPrefix(body, "no") && letters == 2 {
		return "", false // "e95839": a journal's article number; "no1"
	}
	return strings.ToUpper(body) + plural, true
}

// raiseAcronyms writes the acronyms of the sentences, voice statements and
// claims of sum in capitals (acronymLetters, acronymDigits): a lower-case
// word, or a title-case one that opens the text or a quotation ("Tmz
// reported"). A word inside an address ("tmz.com", "@nypd", "#mlb",
// "/cbd/") is left.
func raiseAcronyms(sum *chorus.Summary) {
	tc := truecase.Default()
	rewriteTexts(sum, func(s string) string { return raiseAcronymsIn(tc, s) })
}

// raiseAcronymsIn is raiseAcronyms for one text.
func raiseAcronymsIn(tc *truecase.Model, s string) string {
	return recaseWords(s, func(i, j int) (string, bool) {
		up, ok := acronymAt(tc, s, i, j)
		if !ok || up == s[i:j] {
			return "", false
		}
		if strings.HasPrefix(s[j:], "-tv") && (j+3 == len(s) || !isAlnumASCII(s[j+3])) {
			up += "-TV" // a station: "wls-tv" → "WLS-TV"
		}
		return up, true
	})
}

// recaseWords returns s with each word of ASCII letters and digits s[i:j]
// written as at(i, j) gives it, when ok: the same letters in another case
// (at may also give the case of what follows the word, as far as its
// string goes). s itself when no word changes.
func recaseWords(s string, at func(i, j int) (string, bool)) string {
	var b []byte
	for i := 0; i < len(s); {
		if !isAlnumASCII(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isAlnumASCII(s[j]) {
			j++
		}
		if up, ok := at(i, j); ok {
			if b == nil {
				b = []byte(s)
			}
			copy(b[i:], up)
		}
		i = j
	}
	if b == nil {
		return s
	}
	return string(b)
}

// acronymAt returns the capitals of the word s[i:j] when it is an acronym
// standing as a word of its own.
func acronymAt(tc *truecase.Model, s string, i, j int) (string, bool) {
	if i > 0 && s[i-1] >= 0x80 || j < len(s) && s[j] >= 0x80 {
		return "", false // part of a word with a letter beyond ASCII ("grünberg")
	}
	if i > 0 && strings.IndexByte("@#/.\\_*=", s[i-1]) >= 0 {
		return "", false
	}
	if j < len(s) && strings.IndexByte("@/\\_*=", s[j]) >= 0 || j+1 < len(s) && s[j] == '.' && isAlnumASCII(s[j+1]) {
		return "", false
	}
	w := s[i:j]
	if isUpperASCII(w[0]) {
		// "Tmz reported": the opening capital Multi-News writes.
		if len(w) < 2 || !wordOpensText(s, i) || !lowerAlnumASCII(w[1:]) {
			return "", false
		}
		w = strings.ToLower(w)
	}
	if !lowerAlnumASCII(w) {
		return "", false
	}
	if up, ok := acronymDigits(w); ok {
		return up, true
	}
	if acronymLetters(tc, w) {
		if stem, ok := strings.CutSuffix(w, "s"); ok && len(stem) >= 3 {
			if known, capital := tc.Known(stem); known && capital {
				return strings.ToUpper(stem) + "s", true // "dvds" → "DVDs"
			}
		}
		return strings.ToUpper(w), true
	}
	if contractionHead(s[j:]) || hyphenJoined(s, i, j) || afterInitial(s, i) {
		return "", false // "didn't"; "al-yawm", "haqq-misra"; "W. axl rose"
	}
	return spelledAcronym(tc, w)
}

// wordOpensText reports whether the word at s[i] opens the text or a
// quotation in it.
func wordOpensText(s string, i int) bool {
	k := i
	for k > 0 && strings.IndexByte(`"'(`, s[k-1]) >= 0 {
		k--
	}
	if k == 0 {
		return true
	}
	return k < i && s[k-1] == ' ' || strings.HasSuffix(s[:i], "“")
}

// isAlnumASCII reports whether b is an ASCII letter or digit.
func isAlnumASCII(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9'
}

// lowerAlnumASCII reports whether s is made of lower-case ASCII letters
// and digits alone.
func lowerAlnumASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if b := s[i]; !('a' <= b && b <= 'z' || '0' <= b && b <= '9') {
			return false
		}
	}
	return true
}
