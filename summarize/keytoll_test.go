package summarize

import (
	"slices"
	"testing"
)

// TestKeyTollsOf checks the tolls read from invented sentences.
func TestKeyTollsOf(t *testing.T) {
	tests := []struct {
		name, s string
		want    []keyToll
	}{
		{"digits", "At least 14 people were killed when the Ostrel ferry capsized.", []keyToll{{14, "people"}, {14, "dead"}}},
		{"words", "Nine people died and twelve were hurt on the Tarnwick road.", []keyToll{{9, "people"}, {9, "dead"}, {12, "hurt"}}},
		{"after killing", "A gunman opened fire in a Merrow market, killing 6.", []keyToll{{6, "dead"}}},
		{"fatally", "Three men were fatally stabbed outside a Varda bar.", []keyToll{{3, "dead"}}},
		{"a year is no count", "The 2019 floods left the valley injured and poor.", nil},
		{"a comma ends the window", "The Channel 8 report, dead serious, aired late.", nil},
		{"no harm", "Some 400 people attended the Tarnwick fair.", []keyToll{{400, "people"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := keyTollsOf(tt.s); !slices.Equal(got, tt.want) {
				t.Errorf("keyTollsOf(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}

// TestAddKeyTolls checks that a toll three sources lead with takes the
// place of the weakest chosen sentence when the summary counts no dead,
// and that nothing changes when it does, on invented sentences.
func TestAddKeyTolls(t *testing.T) {
	a := "A ferry carrying commuters capsized off the coast of Ostrel on Tuesday morning. " +
		"Nine people died when the ferry capsized in rough seas near the Ostrel harbour, the coast guard said. " +
		"The ferry was built in Tarnwick in the early eighties and repainted last spring."
	b := "Nine people died after a commuter ferry overturned near Ostrel on Tuesday, officials said. " +
		"Rescue boats searched the cold water for hours."
	c3 := "Coast guard officers said nine people died in the sinking off Ostrel. " +
		"The harbour master called the weather the worst in a decade."
	c := ledeCluster(t, a, b, c3)
	lead, side := c.cands[0].fact, c.cands[2].fact
	c.lead = lead
	got := c.addKeyTolls([]int{lead, side}, 80)
	if len(got) != 2 || got[0] != lead || got[1] == side || len(keyTollsOf(c.cands[c.facts[got[1]].rep].text)) == 0 {
		t.Errorf("picked %v, want the side detail %d replaced by a toll", got, side)
	}
	told := c.cands[1].fact // a chosen toll
	if got := c.addKeyTolls([]int{lead, told, side}, 80); got[2] != side {
		t.Errorf("picked %v, want no change when the summary counts the dead", got)
	}
	if got := c.addKeyTolls([]int{lead, side}, 20); got[1] != side {
		t.Errorf("picked %v, want no change when no toll fits the budget", got)
	}
}
