package summarize

import "testing"

// TestAuxOpening checks that a sentence opening with an auxiliary and no
// subject is told from a question, a condition, a name and a whole
// sentence.
func TestAuxOpening(t *testing.T) {
	for _, tc := range []struct {
		name, s string
		want    bool
	}{
		{"modal and adverb", "Would likely not return to the tarnwick pier this year.", true},
		{"has and verb", "Has learned that the ferry board will meet on monday.", true},
		{"is and preposition", "Is on the path to a deal with the harbour board.", true},
		{"can exclusively", "Can exclusively reveal that velmor was at the pier.", true},
		{"question mark", "Is the ferry board ready to meet on monday?", false},
		{"lost question mark", "Is there a plan for the pier after all.", false},
		{"condition", "Had it rained, the pier would have closed early.", false},
		{"were condition", "Were it not for the storm, the ferry would run.", false},
		{"were to", "Were velmor to win the vote, the pier would stay open.", false},
		{"were arrested", "Were arrested at the pier on monday after the storm.", true},
		{"name will", "Will roe said the pier would open on monday.", false},
		{"name may", "May said the council had not met.", false},
		{"order", "Do not walk on the tarnwick pier after dark.", false},
		{"subject", "The board has learned that the ferry will stop.", false},
		{"short", "Is on hold.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := auxOpening(tc.s); got != tc.want {
				t.Errorf("auxOpening(%q) = %v, want %v", tc.s, got, tc.want)
			}
		})
	}
}
