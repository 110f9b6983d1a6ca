package voices

import "testing"

// TestPossessorRole checks how a role opening with "his" or "her" is
// completed from the person the sentence names, or dropped.
func TestPossessorRole(t *testing.T) {
	tests := []struct {
		name  string
		sents []string
		at    int
		role  string
		want  string
	}{
		{"her from the same sentence", []string{`ana lind was charged , said paul orvani , her attorney .`}, 0, "her attorney", "Ana Lind's attorney"},
		{"his from the sentence before", []string{`thomas veldt was charged on monday .`, `the charge is false , said paul orvani , his attorney .`}, 1, "his attorney", "Thomas Veldt's attorney"},
		{"his is no woman", []string{`ana lind was charged , said paul orvani , his attorney .`}, 0, "his attorney", ""},
		{"two people", []string{`ana lind and tomas veldt were charged , said paul orvani , their attorney .`}, 0, "their attorney", ""},
		{"lower-cased words that are no name", []string{`harbour works stopped , said paul orvani , his attorney .`}, 0, "his attorney", ""},
		{"the speaker's own name run into a verb", []string{`paul orvani announced it , said paul orvani , his attorney .`}, 0, "his attorney", ""},
		{"no one named", []string{`the charge is false , said paul orvani , his attorney .`}, 0, "his attorney", ""},
		{"other role", []string{`the charge is false , said paul orvani , the mayor .`}, 0, "the mayor", "the mayor"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			art := read(tt.sents)
			if got := possessorRole(tt.role, tt.sents, []int{tt.at}, "orvani", art.named, art.cased); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
