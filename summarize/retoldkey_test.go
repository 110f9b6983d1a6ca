package summarize

import (
	"slices"
	"testing"
)

// TestKeyItems checks the dates and clock times keyItems reads, on
// invented sentences.
func TestKeyItems(t *testing.T) {
	tests := []struct {
		name, s string
		want    []string
	}{
		{"a day after its month", "The ferry strike will last until April 18.", []string{"apr 18"}},
		{"a day before its month", "The ferry strike will last until 18 April.", []string{"apr 18"}},
		{"a short month", "She was held on Sept. 4, 2006, in Tarnwick.", []string{"sep 4"}},
		{"a spaced clock time", "The alarm was raised at 7: 15 p.m. on Sunday.", []string{"7:15p"}},
		{"an hour run into its half", "The shop opens at 6pm.", []string{"6:00p"}},
		{"an hour and its half apart", "The shop opens at 6 a.m. daily.", []string{"6:00a"}},
		{"a year alone", "The quay was built in 1990.", nil},
		{"a count", "About 18 ferries sailed at 9 knots.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := keyItems(tt.s); !slices.Equal(got, tt.want) {
				t.Errorf("keyItems = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestRetellsKey checks which chosen sentences tell again what another
// tells of one date or hour, on invented sentences.
func TestRetellsKey(t *testing.T) {
	full := "If the board agrees on Friday, the Tarnwick harbour vote is due to be held on May 8, with a recount on June 5."
	tests := []struct {
		name, other string
		want        bool
	}{
		{"the same day retold", "Assuming a recount is needed, the harbour vote will be May 8.", true},
		{"the same day, its year given", "The Tarnwick harbour vote will be held on May 8, 2027.", true},
		{"the same day, a count of its own", "The harbour vote on May 8 will need 5,000 signatures.", false},
		{"the same day, much more of its own", "Ferry crews in Ostrel plan a strike against the harbour board's new pension rules on May 8.", false},
		{"another day", "The harbour vote will be held on May 9.", false},
		{"nothing shared but the day", "Ferries will sail again on May 8.", false},
		{"a denial", "The harbour vote will not be held on May 8.", false},
		{"who someone is", "The harbour vote her brother asked for will be held on May 8.", false},
		{"a day of its own", "The harbour vote will be held on May 8 and counted by June 9.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, a, b := ledeFacts(t, full, tt.other)
			if got := c.retellsKey(b, a); got != tt.want {
				t.Errorf("retellsKey = %v, want %v", got, tt.want)
			}
			if c.retellsKey(a, b) {
				t.Error("the longer sentence read as a retelling of the shorter")
			}
		})
	}
}

// TestReplaceRetoldKeys checks that a retold date is left out and the
// opening and the other sentences stay, on invented sentences.
func TestReplaceRetoldKeys(t *testing.T) {
	c := ledeCluster(t,
		"Tarnwick's harbour board ordered a vote on Friday on its plan to sell the old ferry quay, after 9,000 residents signed a petition.",
		"If the board agrees on Friday, the Tarnwick harbour vote is due to be held on May 8, with a recount on June 5.",
		"The petition's organisers said the quay had served the town's fishing fleet since the war and must stay in public hands.",
		"Assuming a recount is needed, the harbour vote will be May 8.")
	if len(c.cands) != 4 {
		t.Fatalf("%d sentences read, want 4", len(c.cands))
	}
	l, a, n, r := c.cands[0].fact, c.cands[1].fact, c.cands[2].fact, c.cands[3].fact
	c.lead = l
	if got := c.replaceRetoldKeys([]int{l, a, n, r}); !slices.Equal(got, []int{l, a, n}) {
		t.Errorf("picked %v, want [%d %d %d] (the retold %d left out)", got, l, a, n, r)
	}
}
