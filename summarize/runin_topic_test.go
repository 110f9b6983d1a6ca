package summarize

import "testing"

func TestCutTopicHeading(t *testing.T) {
	tests := []struct {
		name, in, want string
		ok             bool
	}{
		{"heading before the story's article",
			"Harbour tunnel the council voted on monday to close the harbour tunnel for three months of repairs.",
			"The council voted on monday to close the harbour tunnel for three months of repairs.", true},
		{"three-word heading restated",
			"Westvale spring fair the westvale spring fair opens on friday with a parade along the river road.",
			"The westvale spring fair opens on friday with a parade along the river road.", true},
		{"a present verb after the subject",
			"Lantern festival an old sailor lights the first lantern of the lantern festival on the tarnwick quay each year.",
			"An old sailor lights the first lantern of the lantern festival on the tarnwick quay each year.", true},
		{"a heading word the story does not restate",
			"Ferry strike talks the union said on monday that the ferry strike would go on for a second week.",
			"", false},
		{"a heading with a verb is a headline",
			"Tarnwick ferry sank the tarnwick ferry lay on the harbour floor for two days before divers reached it.",
			"", false},
		{"a subject that runs into its verb",
			"Westvale council members voted the westvale council members into a new chamber on the hill last spring.",
			"", false},
		{"no article opens the story",
			"Harbour tunnel repairs began on monday and the harbour tunnel will stay closed for three months.",
			"", false},
		{"a possessive goes on across the cut",
			"Tarnwick harbour's the tarnwick harbour master said the crews worked through the night in heavy rain.",
			"", false},
		{"too short a story",
			"Harbour tunnel the harbour tunnel closed.",
			"", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := cutTopicHeading(tt.in)
			if ok != tt.ok || ok && got != tt.want {
				t.Errorf("cutTopicHeading(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}
