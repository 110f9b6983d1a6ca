package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

func TestRaiseLaterSurnames(t *testing.T) {
	c := &cluster{}
	for _, s := range []string{
		"councillor karen barley said the mill would close.",
		"karen barley, who founded it, wept.",
		"critics turned on barley, saying the vote came late.",
		"barley said the town would recover.",
		"tom and ada quillfeather sold the farm.",
	} {
		c.cands = append(c.cands, candidate{text: s})
	}
	for _, tt := range []struct{ in, want []string }{
		{
			[]string{"Councillor Karen Barley said the mill would close.", "Critics turned on barley, saying the vote came late."},
			[]string{"Councillor Karen Barley said the mill would close.", "Critics turned on Barley, saying the vote came late."},
		},
		{
			[]string{"Karen Barley spoke.", "Voters backed barley's plan, and barley said thanks."},
			[]string{"Karen Barley spoke.", "Voters backed Barley's plan, and Barley said thanks."},
		},
		{
			// a determiner, a number or a noun before the word: the crop
			[]string{"Karen Barley spoke.", "The barley, his barley, and two barley, were sold."},
			[]string{"Karen Barley spoke.", "The barley, his barley, and two barley, were sold."},
		},
		{
			// no given name before the capitalised word: no evidence
			[]string{"Mount Barley rose.", "Critics turned on barley, saying so."},
			[]string{"Mount Barley rose.", "Critics turned on barley, saying so."},
		},
		{
			[]string{"Karen Quillfeather sold the farm.", "The quillfeathers moved away."},
			[]string{"Karen Quillfeather sold the farm.", "The Quillfeathers moved away."},
		},
	} {
		sum := &chorus.Summary{}
		for _, s := range tt.in {
			sum.Sentences = append(sum.Sentences, chorus.Sentence{Text: s})
		}
		c.raiseLaterSurnames(sum)
		for i, st := range sum.Sentences {
			if st.Text != tt.want[i] {
				t.Errorf("raiseLaterSurnames(%q): sentence %d = %q, want %q", tt.in, i, st.Text, tt.want[i])
			}
		}
	}
}

func TestLaterPersonPlace(t *testing.T) {
	for _, tt := range []struct {
		s    string
		j    int
		want bool
	}{
		{"laced into barley, casting", 2, true},
		{"fought barley's nomination", 1, true},
		{"fought barleys' nomination", 1, true},
		{"and barley said", 1, true},
		{"the barley said", 1, false},
		{"night barley, both", 1, false},
		{"two barley, both", 1, false},
		{"into barley fields", 1, false},
	} {
		fields := lex.SpaceFields(tt.s)
		if got := laterPersonPlace(fields, tt.j); got != tt.want {
			t.Errorf("laterPersonPlace(%q, %d) = %v, want %v", tt.s, tt.j, got, tt.want)
		}
	}
}
