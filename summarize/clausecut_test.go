package summarize

import "testing"

// TestStateCutClause checks the opening clauses the splitter ended at a
// state's abbreviation.
func TestStateCutClause(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"After the storm in tarnwick, fla.", true},
		{"As ferry pilots began gathering at the pier in velmora, n.c.", true},
		{"At least 14 fans were hurt at a concert in tarnwick, okla.", false},
		{"After the storm, the pier in tarnwick, fla.", false},
		{"When the mayor spoke in velmora, france.", false},
		{"The ferry docked in tarnwick, fla.", false},
	} {
		if got := stateCutClause(tc.s); got != tc.want {
			t.Errorf("stateCutClause(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
