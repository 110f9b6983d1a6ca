package summarize

import (
	"regexp"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the reading stage's last step, after the other
// case rules. A lower-cased cluster writes the numeral of a monarch, a
// pope, a war or a sequel in lower case ("pope benedict xvi", "henry
// viii"), and the truecaser raises it as a name's word, with a capital
// on its first letter alone ("Benedict Xvi", "Gregory Xii", "Henry
// Viii"), or leaves it low after a name it raises ("King Arno vi").
// raiseRomanNumerals writes such a numeral in capitals ("Benedict XVI",
// "King Arno VI", "Tarnwick Bowl XLIX") when it follows a capitalised
// word that is no stopword ("the Iv line", "In ii" are left): a
// numeral of I, V, X and, after an X, L, of two letters or more. It
// leaves "xi" and the words that open with an L ("President Xi", "Anna
// Li", "Liv"), which are names far more often, and the single letters
// ("Batman v Superman", "Generation x", "Nectanebo i" beside the pronoun).
//
// Measured against a05bce2: validation 7 of 5,599 summaries changed,
// every one of the 10 words changed read: 10 right ("Pope Benedict XVI",
// "Gregory XII", "King Carl XVI Gustaf", "King Felipe VI", "George VI",
// "James Carter IV", "Anthony Derlunas II" as a voice's name); 7
// summaries better. Train 1-38,000: 50 of 37,861 summaries changed, all
// 60 words changed read: 60 right ("Henry VIII's printer", "Pope Leo IX",
// "John XXIII", "Pius XIII", "King Mohammed VI", "Halley VI Research
// station", a mascot "Tech XX", voices' "Manuel Gonzales III", "Dave
// Archambault II"); 50 better. ROUGE of the Fill summaries is untouched:
// they are not truecased.
//
// Not tried: "Pope Leo x", "Malcolm x", "Nectanebo i" (single letters,
// 4 on train), beside "Batman v Superman" and the pronoun; "President xi
// jinping", a name left low, not a numeral.

// romanNumeral matches a Roman numeral of two letters or more from 2 to
// 49 in one case, as the word's lower-case form.
var romanNumeral = regexp.MustCompile(`^(xl|x{0,3})(ix|iv|v?i{0,3})$`)

// romanLeft are the numerals left as they stand: names more often.
var romanLeft = lex.Set("xi")

// raiseRomanNumerals writes the Roman numerals after a name in the
// sentences, voice statements and claims of sum, and in its voices'
// names, in capitals.
func raiseRomanNumerals(sum *chorus.Summary) {
	rewriteTexts(sum, raiseRomanNumeralsIn)
	for i := range sum.Voices {
		sum.Voices[i].Name = raiseRomanNumeralsIn(sum.Voices[i].Name)
	}
}

// raiseRomanNumeralsIn is raiseRomanNumerals for one text.
func raiseRomanNumeralsIn(s string) string {
	return recaseWords(s, func(i, j int) (string, bool) {
		w := s[i:j]
		if j-i < 2 || j-i > 6 || strings.Trim(w, "ivxlIVXL") != "" || w == strings.ToUpper(w) {
			return "", false
		}
		key := strings.ToLower(w)
		if w[1:] != key[1:] || !romanNumeral.MatchString(key) || romanLeft[key] || !noAddress(s, i, j) {
			return "", false // "xVi" is written in no case rule's way
		}
		if j < len(s) && s[j] == '-' {
			return "", false
		}
		if !afterName(s, i) {
			return "", false
		}
		return strings.ToUpper(w), true
	})
}

// afterName reports whether the word that opens at s[i] follows a
// capitalised word of letters that is no stopword, with one space
// between: "Benedict xvi", not "the Iv" or "In ii".
func afterName(s string, i int) bool {
	if i < 2 || s[i-1] != ' ' {
		return false
	}
	k := i - 1
	for k > 0 && isASCIILetter(s[k-1]) {
		k--
	}
	p := s[k : i-1]
	if len(p) < 2 || p[0] < 'A' || p[0] > 'Z' || k > 0 && (isAlnumASCII(s[k-1]) || strings.IndexByte(".@#/\\_-", s[k-1]) >= 0) {
		return false
	}
	return !lex.IsStopword(strings.ToLower(p))
}
