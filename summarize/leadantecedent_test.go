package summarize

import (
	"slices"
	"testing"
)

func TestThatPointsBack(t *testing.T) {
	tests := []struct {
		name, in string
		want     bool
	}{
		{"subject after an opening", "While highly unlikely, that was the scenario the harbour board rehearsed.", true},
		{"contraction", "That's what the ferry crew told the mayor on Monday.", true},
		{"conjunction", "The council said that the pier would close on Monday.", false},
		{"demonstrative before a noun", "That ferry sailed from Velmora for forty years.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := thatPointsBack(tt.in); got != tt.want {
				t.Errorf("thatPointsBack(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

// TestBringLeadAntecedent: a lead opening with "the X" takes its
// article's short previous sentence, not chosen, in front of it; a
// previous sentence that points back itself, or a lead with no "the X",
// leaves the summary as it was.
func TestBringLeadAntecedent(t *testing.T) {
	lead := "The settlement was signed on Monday, but the ferry crews had yet to see any of the money."
	other := "Coastguard crews from Brellin towed the old boat back to port by nightfall."
	for _, tc := range []struct {
		name, lead, before string
		want               []int
	}{
		{"brought in", lead, "Tarnwick's ferry board agreed to pay its crews $2 million over lost wages.", []int{1, 0, 2}},
		{"that points back", lead, "While highly unlikely, that was the outcome the ferry crews of Tarnwick feared.", []int{0, 2}},
		{"no definite lead", "Ferry crews in Tarnwick signed a settlement on Monday over two years of lost wages.",
			"Tarnwick's ferry board agreed to pay its crews $2 million over lost wages.", []int{0, 2}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := predCluster(tc.lead, tc.before, other)
			got := c.bringLeadAntecedent([]int{0, 2})
			if !slices.Equal(got, tc.want) {
				t.Errorf("picked %v, want %v", got, tc.want)
			}
		})
	}
}
