package defect

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus/internal/lex"
)

// photoCaptionLowered is the opening of PhotoCaption as it read before
// opensAbove: the head lower-cased whole, its words read from that.
func photoCaptionLowered(s string) (above bool, words []string, lower string) {
	lower = strings.ToLower(s[:min(len(s), 200)])
	above = strings.HasPrefix(lower, "above, ") || strings.HasPrefix(lower, "above: ")
	return above, lex.LetterWords(lower, 14), lower
}

// TestLowerKeepsLetters proves what PhotoCaption's words rest on: a rune
// lower-cases to a letter exactly when it is one, and no rune outside
// ASCII lower-cases to a byte of "above, " or "above: ".
func TestLowerKeepsLetters(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		l := unicode.ToLower(r)
		if unicode.IsLetter(r) != unicode.IsLetter(l) {
			t.Errorf("%U is a letter: %v; its lower case %U: %v", r, unicode.IsLetter(r), l, unicode.IsLetter(l))
		}
		if r >= utf8.RuneSelf && l < utf8.RuneSelf && strings.ContainsRune("above,: ", l) {
			t.Errorf("%U lower-cases to %q", r, l)
		}
	}
}

func TestPhotoCaptionReadsAsLowered(t *testing.T) {
	cases := []string{
		"Above, the mayor of Wendham greets voters.",
		"ABOVE: a ferry leaves Port Aldous at dawn",
		"above , not a caption opening",
		"Abovè, a near miss",
		"In this Jan. 4 photo, a crane lifts beams over Tarrow Bridge.",
		"In this undated picture-alliance photo, two riders cross the dunes.",
		"FILE - In this photo provided by the Harlow Trust, a kestrel rests.",
		"This image made from video shows İlse Varga at a rally in Kłodzko.",
		"Ösel Brannock, left, is seen outside the court on Monday.",
		"Dana Pruitt attends the Lantern Gala in Corvey on Friday night.",
		"bad \xff\xfe bytes İİ \u212Aelvin ſong " + strings.Repeat("Word ", 60),
		strings.Repeat("x", 199) + "é and more words here to read",
	}
	r := rand.New(rand.NewPCG(7, 9))
	alphabet := []string{"In", "this", "photo", "This", "image", " ", " ", ",", "Above", "ABOVE", ":", "É", "İ", "\u212A", "ſ", "\xff", "-", "seen", "is", "attends", "gala", "picture-", "Ⅰ", "Ⓐ"}
	for range 5000 {
		var b strings.Builder
		for range r.IntN(40) {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
			if r.IntN(2) == 0 {
				b.WriteByte(' ')
			}
		}
		cases = append(cases, b.String())
	}
	for _, s := range cases {
		above, words, _ := photoCaptionLowered(s)
		head := s[:min(len(s), 200)]
		if got := opensAbove(head); got != above {
			t.Errorf("opensAbove(%q) = %v, want %v", head, got, above)
		}
		if got := lex.LetterWords(head, 14); strings.Join(got, "|") != strings.Join(words, "|") {
			t.Errorf("LetterWords(%q) = %q, want %q", head, got, words)
		}
	}
}
