package summarize

import "testing"

// TestHasSlashCredit checks that a photographer's and an outlet's names
// in parentheses read as a photo's credit, and a short alternative does
// not.
func TestHasSlashCredit(t *testing.T) {
	for _, tc := range []struct {
		name, s string
		want    bool
	}{
		{"photographer and paper", "at the pier in tarnwick. ( ana roe/the tarnwick herald ) the board said", true},
		{"spaced slash", "the new ferry. ( ilse varga / velmora times ) the ferry", true},
		{"agency and photographer", "the harbour. ( harbourpix/tomas rell ) the", true},
		{"two words", "a ferry ( and/or ) a bus will run", false},
		{"alternative", "a ferry ( and/or a bus ) will run", false},
		{"pronouns", "each rider ( he/she ) must pay", false},
		{"a date", "on ( 5/4 ) the board met", false},
		{"no parenthesis", "the tarnwick herald/ana roe said", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := hasSlashCredit(tc.s); got != tc.want {
				t.Errorf("hasSlashCredit(%q) = %v, want %v", tc.s, got, tc.want)
			}
		})
	}
}
