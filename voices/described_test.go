package voices

import (
	"strings"
	"testing"
)

// TestDescribedSpeakers checks that in lower-cased text the words after
// "the" that are no title or possessive describe the speaker, with the
// name words after them: the phrase names no one, unless it ends on a
// given name and a surname. A phrase whose words may be a proper name, by
// the truecase model, is read as before ("*": any one name).
func TestDescribedSpeakers(t *testing.T) {
	tests := []struct {
		name, sentence, want string
	}{
		{"common words", "The big old water tank said on monday it would burst by spring.", ""},
		{"an age", "The 26-year-old garden tool shed said the roof had leaked for a week.", ""},
		{"a person after a description", "The first guest maria olsen said she had waited two hours at the gate.", "Maria Olsen"},
		{"named", "A young baker named maria olsen said she had waited two hours at the gate.", "Maria Olsen"},
		{"an age and a person", "The 43-year-old maria olsen said she had heard two shots from the yard.", "Maria Olsen"},
		{"a state, then a person", "The united nations maria olsen said the convoy had reached the town by noon.", "Maria Olsen"},
		{"title before the name", "The harbour police chief anton varga said the ferry had turned far too late.", "Anton Varga"},
		{"a body", "The united nations said the convoy had reached the town by noon.", "United Nations"},
		{"a possible proper name kept", "The tarnwick rovers left back said the pitch had been too wet to play on.", "*"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Read([]string{tt.sentence})
			var got []string
			for _, a := range d.Attributions() {
				if a.Name != "" {
					got = append(got, a.Name)
				}
			}
			switch {
			case tt.want == "*" && len(got) == 1:
			case tt.want == "" && len(got) == 0:
			case tt.want != "" && tt.want != "*" && len(got) == 1 && strings.EqualFold(got[0], tt.want):
			default:
				t.Errorf("speaker of %q = %q, want %q", tt.sentence, got, tt.want)
			}
		})
	}
}

// TestDescribedRole checks that a speaker named after "named" keeps the
// description before it as a role.
func TestDescribedRole(t *testing.T) {
	d := Read([]string{"A young baker named maria olsen said she had waited two hours at the gate."})
	atts := d.Attributions()
	if len(atts) != 1 || atts[0].Role != "A young baker" {
		t.Errorf("attributions = %+v, want one with role %q", atts, "A young baker")
	}
}
