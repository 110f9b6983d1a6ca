package summarize

import (
	"testing"

	"github.com/chorusnews/chorus/truecase"
)

func TestRaiseGivenNamesIn(t *testing.T) {
	// The cluster: "anna" before "varga" 3 times of 3, "harbour" before
	// "varga" 2 times of 9, "eastern" before "tarnwick" 4 of 4.
	counts := map[[2]string][2]int{
		{"anna", "varga"}:        {3, 3},
		{"zorbek", "varga"}:      {2, 2},
		{"harbour", "varga"}:     {2, 9},
		{"eastern", "tarnwick"}:  {4, 4},
		{"wadebridge", "monday"}: {3, 3},
		{"journal", "plos"}:      {3, 3},
	}
	pairUses := func(a, b string) (int, int) {
		n := counts[[2]string{a, b}]
		return n[0], n[1]
	}
	tests := []struct{ name, in, want string }{
		{"given name", "Tarnwick mayor anna Varga said no.", "Tarnwick mayor Anna Varga said no."},
		{"possessive", "It was Mayor zorbek Varga's boat.", "It was Mayor Zorbek Varga's boat."},
		{"after a role and a comma", "Her mother, anna Varga, sailed.", "Her mother, Anna Varga, sailed."},
		{"after an abbreviated title", "Sen. anna Varga spoke.", "Sen. Anna Varga spoke."},
		{"after no role", "Then anna Varga left and Tarnwick sues Varga.", "Then anna Varga left and Tarnwick sues Varga."},
		{"inside a run of names", "Mayor anna Varga and President zorbek Varga met.", "Mayor Anna Varga and President Zorbek Varga met."},
		{"a word used apart", "The mayor harbour Varga built is gone.", "The mayor harbour Varga built is gone."},
		{"a job's ending", "Tarnwick mayor skipper Varga left.", "Tarnwick mayor skipper Varga left."},
		{"a common word", "Storms hit mayor eastern Tarnwick.", "Storms hit mayor eastern Tarnwick."},
		{"a day", "The mayor wadebridge Monday.", "The mayor wadebridge Monday."},
		{"after no role word", "It ran in the journal Plos.", "It ran in the journal Plos."},
		{"already raised", "Tarnwick mayor Anna Varga said no.", "Tarnwick mayor Anna Varga said no."},
		{"no evidence", "Then mayor zorbek Tarnwick sailed.", "Then mayor zorbek Tarnwick sailed."},
		{"address", "See tarnwick.org/anna Varga.", "See tarnwick.org/anna Varga."},
	}
	tc := truecase.Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := raiseGivenNamesIn(tt.in, tc, pairUses); got != tt.want {
				t.Errorf("raiseGivenNamesIn(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
