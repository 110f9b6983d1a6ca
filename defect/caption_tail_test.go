package defect

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/chorusnews/chorus/internal/lex"
)

// shortDatedSceneDate is ShortDatedScene's date match as it was before
// tailFields: the expression run over the whole lower-cased sentence.
func shortDatedSceneDate(s string) []int {
	t := strings.TrimSuffix(strings.TrimRight(s, " "), ".")
	if len(t) < 12 {
		return nil
	}
	return shortSceneDate.FindStringSubmatchIndex(lex.LowerASCII(t))
}

// TestShortDateTail holds the tail read by shortDateEnd and tailFields to
// the expression over the whole sentence, on random sentences built from
// words, dates and white space of every kind.
func TestShortDateTail(t *testing.T) {
	words := []string{"Ilse", "varga", "speaks", "at", "the", "pier", "on", "Monday", "SUNDAY", "may", "May.",
		"sept.", "June", "3rd", "12", "7", "2013", "1999.", "in", ",", "Tarnwick,", "left,", "by", "é", "\xff",
		"day", "4th", "11st", "x"}
	spaces := []string{" ", " ", " ", "  ", "\t", "\n", "\r", "\f", "\v", ""}
	r := rand.New(rand.NewPCG(18, 7))
	matched := 0
	for range 200000 {
		var b strings.Builder
		for range 1 + r.IntN(9) {
			b.WriteString(words[r.IntN(len(words))])
			b.WriteString(spaces[r.IntN(len(spaces))])
		}
		if r.IntN(2) == 0 {
			b.WriteString(".")
		}
		if r.IntN(4) == 0 {
			b.WriteString(". ")
		}
		s := b.String()
		want := shortDatedSceneDate(s)
		if want != nil {
			matched++
		}
		var got []int
		if t2 := strings.TrimSuffix(strings.TrimRight(s, " "), "."); len(t2) >= 12 && shortDateEnd(t2) {
			p := tailFields(t2, 3)
			if got = shortSceneDate.FindStringSubmatchIndex(lex.LowerASCII(t2[p:])); got != nil {
				for i := range got {
					got[i] += p
				}
			}
		}
		if len(got) != len(want) {
			t.Fatalf("%q: tail %v, whole %v", s, got, want)
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("%q: tail %v, whole %v", s, got, want)
			}
		}
	}
	if matched < 1000 {
		t.Errorf("only %d of the random sentences close with a short date", matched)
	}
}

// TestFullDateTail holds the tails read for sceneDate (DatedScene) and
// endDate (datedCaption) to the expressions over the whole sentence.
func TestFullDateTail(t *testing.T) {
	words := []string{"Ilse", "varga", "at", "the", "pier", "on", "March", "may", "Sept.", "4", "21,", "9",
		"2018", "1999.", "2013", "in", "Tarnwick,", "of", "é", "\xff", "x", "june", "Oct."}
	spaces := []string{" ", " ", " ", " ", "  ", "\t", "\n", "\r", "\f", ""}
	r := rand.New(rand.NewPCG(18, 9))
	matched := [2]int{}
	for range 100000 {
		var b strings.Builder
		for range 1 + r.IntN(6) {
			b.WriteString(words[r.IntN(len(words))])
			b.WriteString(spaces[r.IntN(len(spaces))])
		}
		sp := func() string {
			if r.IntN(4) == 0 {
				return spaces[r.IntN(len(spaces))]
			}
			return " "
		}
		month := []string{"march", "Sept.", "oct", "mayday", "june"}[r.IntN(5)]
		day := []string{"4", "21,", "9", "123", "7th"}[r.IntN(5)]
		year := []string{"2018", "1999", "1850", "20"}[r.IntN(4)]
		if r.IntN(2) == 0 {
			b.WriteString(month + sp() + day + sp() + year)
		} else {
			b.WriteString(day + sp() + month + sp() + year)
		}
		if r.IntN(2) == 0 {
			b.WriteString(".")
		}
		s := lex.LowerASCII(b.String())
		for k, re := range []*regexp.Regexp{sceneDate, endDate} {
			want := re.FindStringSubmatchIndex(s)
			p := tailFields(s, 4)
			got := re.FindStringSubmatchIndex(s[p:])
			if got != nil {
				matched[k]++
				for i := range got {
					got[i] += p
				}
			}
			if !slices.Equal(got, want) {
				t.Fatalf("%s on %q: tail %v, whole %v", re, s, got, want)
			}
		}
	}
	if matched[0] < 1000 || matched[1] < 1000 {
		t.Errorf("only %v of the random sentences close with a full date", matched)
	}
}
