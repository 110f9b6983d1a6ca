package summarize

import (
	"slices"
	"testing"
)

// prevCluster returns a reader's cluster: candidate 0 opens the summary,
// candidate 2 comes right after candidate 1 in one article.
func prevCluster(opening, before, after string) *cluster {
	c := frameCluster(opening, before, after)
	c.cands[2].doc, c.cands[1].doc = 1, 1
	c.cands[1].pos, c.cands[2].pos = 5, 6
	c.cands[2].prevInDoc = 1
	return c
}

// TestPredecessorsFirst: two sentences of one article standing the later
// one first swap back into the article's order; the opening stays.
func TestPredecessorsFirst(t *testing.T) {
	c := prevCluster(
		"A passenger ferry carrying 80 people ran aground in fog off the Tarnwick coast on Sunday.",
		"The harbour master in Tarnwick closed the port to all boats until Tuesday.",
		"It was the second such closure this year, after a storm in March.",
	)
	picked := []int{0, 2, 1}
	c.predecessorsFirst(picked)
	if want := []int{0, 1, 2}; !slices.Equal(picked, want) {
		t.Errorf("order %v, want %v", picked, want)
	}
}

// TestPredecessorsFirstKeeps: the order stands when the earlier sentence
// is a short caption or page furniture, when the pair is the opening, and
// for a Fill summary.
func TestPredecessorsFirstKeeps(t *testing.T) {
	opening := "A passenger ferry carrying 80 people ran aground in fog off the Tarnwick coast on Sunday."
	before := "The harbour master in Tarnwick closed the port to all boats until Tuesday."
	after := "It was the second such closure this year, after a storm in March."
	for _, tc := range []struct {
		name   string
		before string
		picked []int
		fill   bool
	}{
		{"caption", "Tarnwick harbour at dawn.", []int{0, 2, 1}, false},
		{"furniture", "*** update *** the harbour master in Tarnwick closed the port to all boats.", []int{0, 2, 1}, false},
		{"opening", before, []int{2, 1, 0}, false},
		{"fill", before, []int{0, 2, 1}, true},
	} {
		c := prevCluster(opening, tc.before, after)
		c.reader = !tc.fill
		picked := slices.Clone(tc.picked)
		c.predecessorsFirst(picked)
		if !slices.Equal(picked, tc.picked) {
			t.Errorf("%s: order %v, want %v", tc.name, picked, tc.picked)
		}
	}
}
