package summarize

import "testing"

// TestCutNewsLabel checks that a news site's section label opening a
// sentence is cut, and prose with a colon is left.
func TestCutNewsLabel(t *testing.T) {
	for _, tc := range []struct {
		name, s, want string
	}{
		{"why it matters", "Why it matters: the tarnwick ferry carries most of the island's food.", "The tarnwick ferry carries most of the island's food."},
		{"big picture", "The big picture: velmor's council has voted against the pier three times.", "Velmor's council has voted against the pier three times."},
		{"yes but", "Yes, but: the harbour board still has to approve the plan.", "The harbour board still has to approve the plan."},
		{"curly apostrophe", "What they’re saying: ilse varga called the vote a disgrace for the town.", "Ilse varga called the vote a disgrace for the town."},
		{"too short", "Bottom line: it works.", "Bottom line: it works."},
		{"prose", "The mayor had one answer: the pier stays open all winter.", "The mayor had one answer: the pier stays open all winter."},
		{"quote", "Velmor said: \"the pier stays open all winter long.\"", "Velmor said: \"the pier stays open all winter long.\""},
		{"no colon", "Why it matters is not clear to the council of tarnwick.", "Why it matters is not clear to the council of tarnwick."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got, _ := cutNewsLabel(tc.s); got != tc.want {
				t.Errorf("cutNewsLabel(%q) = %q, want %q", tc.s, got, tc.want)
			}
		})
	}
}
