package summarize

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/chorusnews/chorus/internal/lex"
)

// The byte tests read before a rule's words and regexps (fieldsAtMost,
// stubMarks, hasCenturyYear) must keep every string the full test keeps.
func TestPrefiltersAgree(t *testing.T) {
	parts := []string{"a", "Said", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "\u0085", "“", "”", "\"", ":", ";",
		"?", "!", "(", ")", "\xe2", "\x80", "\x9c", "\xe2\x80", ",", ".", "3", "3rd", "march", "MAR.", "Sept", "jan",
		"2016", "1999", "20", "19", "friday,", "|", "-", "—", "é"}
	rng := rand.New(rand.NewSource(29))
	stamps := 0
	for range 200000 {
		var b strings.Builder
		for range rng.Intn(40) {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		s := b.String()
		for _, n := range []int{0, 1, 2, 5, 16} {
			if got, want := fieldsAtMost(s, n), len(strings.Fields(s)) <= n; got != want {
				t.Fatalf("fieldsAtMost(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
		if got, want := stubMarks(s), strings.ContainsAny(s, "\"“”:;?!()"); got != want {
			t.Fatalf("stubMarks(%q) = %v, want %v", s, got, want)
		}
		head := "Headline words here " + s
		if rng.Intn(2) == 0 { // a date of titleStamp's, its parts dropped or cased at random
			date := []string{" ", "Friday, ", "march ", "3", "rd", ",", " ", "2016", " |", " "}
			if rng.Intn(2) == 0 {
				date = []string{" ", "sunday ", "12", " ", "Sept.", ",", " ", "1999", ":", " "}
			}
			var d strings.Builder
			for _, p := range date {
				switch rng.Intn(8) {
				case 0:
				case 1:
					d.WriteString(strings.ToUpper(p))
				case 2:
					d.WriteString(parts[rng.Intn(len(parts))])
				default:
					d.WriteString(p)
				}
			}
			head = "Headline words here" + d.String() + s
		}
		if titleStamp.MatchString(lex.LowerASCII(head)) {
			stamps++
			if !hasCenturyYear(head) {
				t.Fatalf("hasCenturyYear(%q) = false, titleStamp matches", head)
			}
		}
	}
	if stamps < 1000 {
		t.Fatalf("titleStamp matched %d strings: too few to test hasCenturyYear", stamps)
	}
}
