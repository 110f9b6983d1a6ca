package summarize

import (
	"slices"
	"testing"
)

// TestIntroduceLedes: an article's opening that introduces a person in
// full or "a bill" moves to just before the first body sentence that uses
// the surname or "the bill" bare; the lead's own bare surname, a later
// sentence that is no opening, a person mentioned before, and an opening
// that reads as a photo's caption leave the order as it is.
func TestIntroduceLedes(t *testing.T) {
	for _, tt := range []struct {
		name  string
		texts []string
		pos   []int // each sentence's place in its article
		want  []int
	}{
		{"surname", []string{
			"Ferries from Tarnwick to Brellin were halted on Monday.",
			"Varga said the crossings would resume within a week.",
			"Ilse Varga, the harbour master, closed the piers after a storm cracked a hull.",
		}, []int{0, 3, 0}, []int{0, 2, 1}},
		{"bill", []string{
			"Lawmakers in Brellin met late on Tuesday.",
			"The bill bans ferries from sailing at night.",
			"The council of Brellin passed a bill on harbour safety.",
		}, []int{0, 2, 1}, []int{0, 2, 1}},
		{"not an opening", []string{
			"Ferries from Tarnwick to Brellin were halted on Monday.",
			"Varga said the crossings would resume within a week.",
			"Ilse Varga, the harbour master, closed the piers after a storm cracked a hull.",
		}, []int{0, 3, 4}, []int{0, 1, 2}},
		{"lead's surname", []string{
			"Varga closed the piers of Tarnwick on Monday.",
			"The crossings will resume within a week.",
			"Ilse Varga, the harbour master, spoke after a storm cracked a hull.",
		}, []int{0, 3, 0}, []int{0, 1, 2}},
		{"mentioned before", []string{
			"Ilse Varga halted the ferries from Tarnwick on Monday.",
			"Varga said the crossings would resume within a week.",
			"Ilse Varga, the harbour master, closed the piers after a storm cracked a hull.",
		}, []int{0, 3, 0}, []int{0, 1, 2}},
		{"caption", []string{
			"Ferries from Tarnwick to Brellin were halted on Monday.",
			"Varga said the crossings would resume within a week.",
			"Harbour crews clear the piers a recent photo of harbour master Ilse Varga.",
		}, []int{0, 3, 0}, []int{0, 1, 2}},
		{"pictured", []string{
			"Ferries from Tarnwick to Brellin were halted on Monday.",
			"Varga said the crossings would resume within a week.",
			"Ilse Varga, pictured, closed the piers after a storm cracked a hull.",
		}, []int{0, 3, 0}, []int{0, 1, 2}},
	} {
		c := studyCluster(tt.texts...)
		for i, p := range tt.pos {
			c.cands[i].pos = p
		}
		picked := []int{0, 1, 2}
		c.introduceLedes(picked)
		if !slices.Equal(picked, tt.want) {
			t.Errorf("%s: order %v, want %v", tt.name, picked, tt.want)
		}
	}
}
