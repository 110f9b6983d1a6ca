package summarize

import "testing"

// TestCutFullStoryRunIn checks that a related-stories box run into a
// sentence is cut at its label, and prose is left.
func TestCutFullStoryRunIn(t *testing.T) {
	for _, tc := range []struct {
		name, s, want string
	}{
		{"box", "Inside the harbour town retaken from the rebels: the full story divers reached the hull of the sunken ferry on Monday.", "Divers reached the hull of the sunken ferry on Monday."},
		{"prose", "The council has not told the full story, the harbour master said.", "The council has not told the full story, the harbour master said."},
		{"capital after", "Ferry news: the full story The board met on Monday to vote on it.", "Ferry news: the full story The board met on Monday to vote on it."},
		{"quoted", "\"Ferry news: the full story the board met on monday,\" she said at the pier.", "\"Ferry news: the full story the board met on monday,\" she said at the pier."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got, _ := cutFullStoryRunIn(tc.s); got != tc.want {
				t.Errorf("cutFullStoryRunIn(%q) = %q, want %q", tc.s, got, tc.want)
			}
		})
	}
}
