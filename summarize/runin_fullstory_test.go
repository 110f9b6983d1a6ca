package summarize

import "testing"

// TestCutFullStoryRunIn checks that a related-stories box run into a
// sentence is cut at its label, and prose is left.
func TestCutFullStoryRunIn(t *testing.T) {
	for _, tc := range []struct {
		name, s, want string
	}{
		{"box", "Inside the harbour town retaken from the rebels: the full story the bodies found in the harbour were taken to Oldbridge.", "The bodies found in the harbour were taken to Oldbridge."},
		{"prose", "Her fans are not getting the full story, though, her manager said.", "Her fans are not getting the full story, though, her manager said."},
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
