package summarize

import (
	"slices"
	"testing"
)

// TestCoveredBy checks which chosen sentences another chosen one holds
// nearly whole, on invented sentences.
func TestCoveredBy(t *testing.T) {
	full := "The 12-year-old was flown to Marlow general hospital for surgery on Sunday after a fireworks accident in Tarnwick, a deputy said."
	tests := []struct {
		name, other string
		want        bool
	}{
		{"a shorter telling", "The boy was flown to Marlow general hospital.", true},
		{"a leftover fragment", "Marlow general hospital in Tarnwick on Sunday.", true},
		{"two words of its own", "The boy was flown by helicopter to Marlow general hospital.", false},
		{"two words of its own, five shared", "The boy was flown by helicopter to Marlow general hospital on Sunday.", true},
		{"a caption with two words of its own", "A photo of the boy at Marlow general hospital in Tarnwick.", true},
		{"a denial", "The boy was not flown to Marlow general hospital.", false},
		{"a number of its own", "The boy was flown 40 miles to Marlow general hospital.", false},
		{"a second one", "Another boy was flown to Marlow general hospital.", false},
		{"too few shared", "The boy was flown home.", false},
		{"a caption of three shared words and one of its own", "Marlow general hospital campus.", true},
		{"three shared words, one of its own and a verb", "Marlow general hospital closed.", false},
		{"a caption of three shared words and two of its own", "Marlow general hospital east campus.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, a, b := ledeFacts(t, full, tt.other)
			if got := c.coveredBy(b, a); got != tt.want {
				t.Errorf("coveredBy = %v, want %v", got, tt.want)
			}
			if c.coveredBy(a, b) {
				t.Error("the longer sentence read as covered by the shorter")
			}
		})
	}
}

// TestDropCoveredFacts checks that a covered sentence is left out and the
// opening and the other sentences stay, on invented sentences.
func TestDropCoveredFacts(t *testing.T) {
	c := ledeCluster(t,
		"A fireworks accident in Tarnwick left a boy badly hurt on Sunday evening, the county sheriff's office said on Monday.",
		"The 12-year-old was flown to Marlow general hospital for surgery on Sunday after the accident, a deputy said.",
		"Deputies said the fireworks had been bought across the state line in Brenmoor, where such rockets are legal to sell.",
		"The boy was flown to Marlow general hospital.")
	if len(c.cands) != 4 {
		t.Fatalf("%d sentences read, want 4", len(c.cands))
	}
	l, a, n, r := c.cands[0].fact, c.cands[1].fact, c.cands[2].fact, c.cands[3].fact
	c.lead = l
	if got := c.dropCoveredFacts([]int{l, a, n, r}); !slices.Equal(got, []int{l, a, n}) {
		t.Errorf("picked %v, want [%d %d %d] (the covered %d left out)", got, l, a, n, r)
	}
}

// TestDropCoveredLeftover checks that a covered sentence the next one of
// its article leans on stays unless it has no verb, on invented
// sentences.
func TestDropCoveredLeftover(t *testing.T) {
	for _, tt := range []struct {
		name, covered string
		dropped       bool
	}{
		{"a caption's leftover", "Harbour master Pell Varda of Tarnwick.", true},
		{"a sentence leaned on", "Harbour master Pell Varda closed the Tarnwick quay.", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := ledeCluster(t,
				"Storm waves broke over the Ostrel sea wall on Sunday night and flooded the lower streets of the old town, officials said.",
				"Harbour master Pell Varda of Tarnwick closed the quay on Sunday after storm waves damaged two ferries and a crane.",
				tt.covered+" He said the ferries would not sail before Friday.")
			if len(c.cands) != 4 {
				t.Fatalf("%d sentences read, want 4", len(c.cands))
			}
			l, a, r, n := c.cands[0].fact, c.cands[1].fact, c.cands[2].fact, c.cands[3].fact
			c.lead = l
			picked := []int{l, a, r, n}
			if !c.leanedOn(r, picked) {
				t.Fatal("the covered sentence is not leaned on")
			}
			got := c.dropCoveredFacts(picked)
			if dropped := !slices.Contains(got, r); dropped != tt.dropped {
				t.Errorf("picked %v: covered %d dropped %v, want %v", got, r, dropped, tt.dropped)
			}
		})
	}
}
