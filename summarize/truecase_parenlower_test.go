package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestRaiseParenLower(t *testing.T) {
	for _, tt := range []struct {
		name, in, want string
	}{
		{"spelled by a body's run", "She sat on the vellmark export commission (vec) for years.",
			"She sat on the vellmark export commission (VEC) for years."},
		{"in capitals elsewhere", "They joined the grand orbit tally (gortal) in May. GORTAL pays nothing.",
			"They joined the grand orbit tally (GORTAL) in May. GORTAL pays nothing."},
		{"a term, no head, not elsewhere", "It uses rapid tide sensing (rts) at sea.",
			"It uses rapid tide sensing (rts) at sea."},
		{"a word in parentheses", "He said nothing (again) to the press.",
			"He said nothing (again) to the press."},
		{"two letters only by the run", "They left the tide board (tb) and TB clinics.",
			"They left the tide board (TB) and TB clinics."},
	} {
		sum := &chorus.Summary{Sentences: []chorus.Sentence{{Text: tt.in}}}
		raiseParenLower(sum)
		if got := sum.Sentences[0].Text; got != tt.want {
			t.Errorf("%s: raiseParenLower(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
	// The capitals elsewhere may stand in another sentence.
	sum := &chorus.Summary{Sentences: []chorus.Sentence{{Text: "Fees rose at the orbit tally (ots)."}, {Text: "OTS denied it."}}}
	raiseParenLower(sum)
	if got, want := sum.Sentences[0].Text, "Fees rose at the orbit tally (OTS)."; got != want {
		t.Errorf("raiseParenLower across sentences = %q, want %q", got, want)
	}
}
