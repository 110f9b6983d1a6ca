package summarize

import (
	"slices"
	"testing"
)

// TestRetellsState checks which chosen sentences tell again a state
// another tells in other words, on invented sentences.
func TestRetellsState(t *testing.T) {
	first := "Inspectors said the goats, taken from a farm near Tarnwick, are in poor health and need homes."
	tests := []struct {
		name, other string
		want        bool
	}{
		{"the state in other words", "Many of the goats were sickly and thin.", true},
		{"the state, its subject alone", "The goats were malnourished.", true},
		{"a pronoun's state", "They were sickly and thin.", false},
		{"another subject", "The farmer's horses were sickly and thin.", false},
		{"a count of its own", "Nine of the goats were sickly and thin.", false},
		{"much more of its own", "The goats were sickly, and inspectors plan charges against the Tarnwick farm owner.", false},
		{"a denial", "The goats were not sickly.", false},
		{"no wording of the state", "The goats were taken to a shelter in Ostrel.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, a, b := ledeFacts(t, first, tt.other)
			if got := c.retellsState(b, a); got != tt.want {
				t.Errorf("retellsState = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestStatesOf checks the wordings of a state statesOf reads.
func TestStatesOf(t *testing.T) {
	tests := []struct {
		s    string
		want []string
	}{
		{"The goats are in poor health.", []string{"ill"}},
		{"Many goats were sickly.", []string{"ill"}},
		{"The goats were poor.", nil},
		{"The farmer spoke to inspectors.", nil},
	}
	for _, tt := range tests {
		if got, _ := statesOf(tt.s); !slices.Equal(got, tt.want) {
			t.Errorf("statesOf(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

// TestReplaceRetoldStates checks that a retold state leaves and the
// opening and the other sentences stay, on invented sentences.
func TestReplaceRetoldStates(t *testing.T) {
	c := ledeCluster(t,
		"The Tarnwick animal shelter has taken in 40 goats from a hillside farm.",
		"Inspectors said the goats, taken from a farm near Tarnwick, are in poor health and need homes.",
		"The shelter's director, Anna Varga, expects to file charges against the farm's owner after a neighbour complained about the noise.",
		"Many of the goats were sickly and thin.")
	if len(c.cands) != 4 {
		t.Fatalf("%d sentences read, want 4", len(c.cands))
	}
	l, a, n, r := c.cands[0].fact, c.cands[1].fact, c.cands[2].fact, c.cands[3].fact
	c.lead = l
	if got := c.replaceRetoldStates([]int{l, a, n, r}); !slices.Equal(got, []int{l, a, n}) {
		t.Errorf("picked %v, want [%d %d %d] (the retelling %d left out)", got, l, a, n, r)
	}
}
