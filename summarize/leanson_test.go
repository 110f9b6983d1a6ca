package summarize

import (
	"slices"
	"testing"
)

// TestLeansOn checks that a chosen sentence leans on the one before it in
// its source only when it reads as leaning (a pronoun, connective or bare
// "the X" opening), on invented sentences.
func TestLeansOn(t *testing.T) {
	first := "The 40-year-old Tolle was held on suspicion of arson in Brenmoor."
	tests := []struct {
		name, next string
		want       bool
	}{
		{"a name opening", "Tolle's neighbours in Brenmoor had seen smoke over the barn at dawn.", false},
		{"a pronoun opening", "He had bought petrol in Tarnwick the evening before.", true},
		{"a connective opening", "But his neighbours in Brenmoor had seen nobody near the barn.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := ledeCluster(t, first+" "+tt.next)
			if len(c.cands) != 2 {
				t.Fatalf("%d sentences read, want 2", len(c.cands))
			}
			f, n := c.cands[0].fact, c.cands[1].fact
			if !c.leanedOn(f, []int{f, n}) {
				t.Fatal("leanedOn = false, want true")
			}
			if got := c.leansOn(f, []int{f, n}); got != tt.want {
				t.Errorf("leansOn = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestReplaceRetoldEventsNextReadsAlone checks that a retelling followed in
// its source by a chosen sentence that reads alone is left out, and one
// followed by a sentence leaning on it stays, on invented sentences.
func TestReplaceRetoldEventsNextReadsAlone(t *testing.T) {
	for _, tt := range []struct {
		name, next string
		out        bool
	}{
		{"the next reads alone", "Tolle's neighbours in Brenmoor had seen smoke over the barn at dawn.", true},
		{"the next leans on it", "He had bought petrol in Tarnwick the evening before.", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := ledeCluster(t,
				"A barn fire destroyed two tractors and a hay store outside Brenmoor late on Saturday night.",
				"The 40-year-old Tolle was arrested in Brenmoor on suspicion of arson. "+tt.next,
				"Tolle, 40, was arrested in Brenmoor on Sunday after he called the fire brigade to the barn.")
			if len(c.cands) != 4 {
				t.Fatalf("%d sentences read, want 4", len(c.cands))
			}
			l, r, n, a := c.cands[0].fact, c.cands[1].fact, c.cands[2].fact, c.cands[3].fact
			c.lead = l
			picked := []int{l, r, n, a}
			want := picked
			if tt.out {
				want = []int{l, n, a}
			}
			if got := c.replaceRetoldEvents(slices.Clone(picked)); !slices.Equal(got, want) {
				t.Errorf("picked %v, want %v", got, want)
			}
		})
	}
}
