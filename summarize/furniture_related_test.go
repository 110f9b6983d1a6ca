package summarize

import "testing"

// TestCutRelatedCount checks that a related-links counter opening a
// sentence is cut, and a link's title or prose is left.
func TestCutRelatedCount(t *testing.T) {
	for _, tc := range []struct {
		name, s, want string
	}{
		{"quote", "2 related \"we are not leaving the pier,\" velmor said.", "\"We are not leaving the pier,\" velmor said."},
		{"preposition", "1 related in a letter to the board, velmor asked for a vote.", "In a letter to the board, velmor asked for a vote."},
		{"link title", "1 related ferry captain on the night of the storm.", "1 related ferry captain on the night of the storm."},
		{"short", "3 related \"no,\" she said.", "3 related \"no,\" she said."},
		{"prose", "Some 12 related cases were heard in tarnwick on monday.", "Some 12 related cases were heard in tarnwick on monday."},
		{"figure", "120 related \"we are not leaving the pier,\" velmor said.", "120 related \"we are not leaving the pier,\" velmor said."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got, _ := cutRelatedCount(tc.s); got != tc.want {
				t.Errorf("cutRelatedCount(%q) = %q, want %q", tc.s, got, tc.want)
			}
		})
	}
}
