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

func TestRaiseUntitledGivenNames(t *testing.T) {
	// The cluster: "zorbek" before "varga" 3 times of 3, "quelt" once
	// of 1, "dravelka" before "canadian" 2 of 2, "supercontinent" before
	// "tarnwick" 2 of 2, "nephew" before "anna" 2 of 2.
	counts := map[[2]string][2]int{
		{"zorbek", "varga"}:            {3, 3},
		{"quelt", "varga"}:             {1, 1},
		{"dravelka", "canadian"}:       {2, 2},
		{"supercontinent", "tarnwick"}: {2, 2},
		{"nephew", "anna"}:             {2, 2},
		{"zarnish", "varga"}:           {2, 5},
		{"escapee", "varga"}:           {2, 2},
		{"dampest", "tarnwick"}:        {2, 2},
		{"honcho", "anna"}:             {2, 2},
	}
	pairUses := func(a, b string) (int, int) {
		n := counts[[2]string{a, b}]
		return n[0], n[1]
	}
	tests := []struct{ name, in, want string }{
		{"no title", "Then zorbek Varga left.", "Then Zorbek Varga left."},
		{"a place's name", "near the zorbek Varga bridge", "near the Zorbek Varga bridge"},
		{"one pair", "Then quelt Varga left.", "Then quelt Varga left."},
		{"a word used apart", "Then zarnish Varga left.", "Then zarnish Varga left."},
		{"a people's word", "a dravelka Canadian clerk", "a dravelka Canadian clerk"},
		{"two common words", "the supercontinent Tarnwick", "the supercontinent Tarnwick"},
		{"a family word", "his nephew Anna Varga", "his nephew Anna Varga"},
		{"after to", "It hopes to zorbek Varga.", "It hopes to zorbek Varga."},
		{"a noun in -ee", "the escapee Varga ran", "the escapee Varga ran"},
		{"a superlative", "the dampest Tarnwick year", "the dampest Tarnwick year"},
		{"a listed noun", "mill honcho Anna Varga", "mill honcho Anna Varga"},
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
