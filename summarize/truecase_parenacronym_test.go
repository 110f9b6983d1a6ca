package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestRaiseParenAcronyms(t *testing.T) {
	for _, tt := range []struct {
		name, para, in, want string
	}{
		{"spelled before its parentheses", "she misled the vellmark export commission ( vec ) twice.",
			"Papers show vec files were late, and she lied to the vec.", "Papers show VEC files were late, and she lied to the VEC."},
		{"tight parentheses, function word left out", "the office of tide records (otr) wrote.",
			"The otr wrote back.", "The OTR wrote back."},
		{"no head in the run", "a very early contact ( vec ) was made.",
			"Papers show vec files were late.", "Papers show vec files were late."},
		{"not right before the parentheses", "the vellmark export commission said ( vec ) twice.",
			"Papers show vec files were late.", "Papers show vec files were late."},
		{"after a number, before a name", "she misled the vellmark export commission ( vec ) twice.",
			"It took 30 vec and vec Tarrow left.", "It took 30 vec and vec Tarrow left."},
	} {
		c := &cluster{docs: []document{{paras: []string{tt.para}}}}
		sum := &chorus.Summary{Sentences: []chorus.Sentence{{Text: tt.in}}}
		c.raiseParenAcronyms(sum)
		if got := sum.Sentences[0].Text; got != tt.want {
			t.Errorf("%s: raiseParenAcronyms(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}
