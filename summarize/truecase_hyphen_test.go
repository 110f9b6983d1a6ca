package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestRaiseHyphenNames(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{"an opening beside the name",
			[]string{"Anna Holt-Varga sailed from Tarnwick.", "Holt-varga said the sea was calm."},
			[]string{"Anna Holt-Varga sailed from Tarnwick.", "Holt-Varga said the sea was calm."}},
		{"a particle kept at the opening",
			[]string{"Al-varga spoke first.", "Then al-Varga left the harbour."},
			[]string{"Al-Varga spoke first.", "Then al-Varga left the harbour."}},
		{"a possessive",
			[]string{"Holt-varga's boat sank.", "It was Anna Holt-Varga's."},
			[]string{"Holt-Varga's boat sank.", "It was Anna Holt-Varga's."}},
		{"no evidence",
			[]string{"Holt-varga said the sea was calm."},
			[]string{"Holt-varga said the sea was calm."}},
		{"another word",
			[]string{"Anna Holt-Varga sailed.", "A Tarnwick-based crew followed."},
			[]string{"Anna Holt-Varga sailed.", "A Tarnwick-based crew followed."}},
		{"two forms",
			[]string{"Al-Varga spoke.", "Then al-varga-Holt and AL-VARGA left.", "Al-varga stayed."},
			[]string{"Al-Varga spoke.", "Then al-varga-Holt and AL-VARGA left.", "Al-varga stayed."}},
		{"a title-cased text",
			[]string{"Anna Varga's Tarnwick-Born Sister Sails", "The Tarnwick-born sister sailed."},
			[]string{"Anna Varga's Tarnwick-Born Sister Sails", "The Tarnwick-born sister sailed."}},
		{"an address",
			[]string{"Anna Holt-Varga sailed.", "See tarnwick.org/holt-varga for more."},
			[]string{"Anna Holt-Varga sailed.", "See tarnwick.org/holt-varga for more."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var sum chorus.Summary
			for _, s := range tt.in {
				sum.Sentences = append(sum.Sentences, chorus.Sentence{Text: s})
			}
			raiseHyphenNames(&sum)
			for i, st := range sum.Sentences {
				if st.Text != tt.want[i] {
					t.Errorf("sentence %d = %q, want %q", i, st.Text, tt.want[i])
				}
			}
		})
	}
}
