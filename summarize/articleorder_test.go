package summarize

import (
	"slices"
	"testing"
)

// ledeUpCluster returns a reader's cluster: a lead (0) from one article;
// a detail (1) from far down a second article; a third article's
// sentence (2); the second article's opening (3) and the sentence that
// reads on from it (4).
func ledeUpCluster(opening string) *cluster {
	c := frameCluster(
		"Tarnwick's harbour board closed the ferry pier on Monday after a storm tore away part of its deck.",
		"The pier's last repair, in 2009, cost the town about two million dollars.",
		"Fishermen in Brellin said their boats rode out the storm at anchor.",
		opening,
		"It has carried the Brellin crossing since the old quay silted up.",
	)
	c.cands[1].doc, c.cands[1].pos = 1, 6
	c.cands[3].doc, c.cands[3].pos = 1, 0
	c.cands[4].doc, c.cands[4].pos, c.cands[4].prevInDoc = 1, 1, 3
	return c
}

// TestArticleLedeUp: an article's opening that reads as a lede, chosen
// after a detail from further down its article, goes before that detail
// with the sentence that reads on from it; the lead keeps its place.
func TestArticleLedeUp(t *testing.T) {
	c := ledeUpCluster("A storm surge wrecked the wooden ferry pier in Tarnwick overnight, stranding about 300 passengers.")
	picked := []int{0, 1, 2, 3, 4}
	c.articleLedeUp(picked)
	if want := []int{0, 3, 4, 1, 2}; !slices.Equal(picked, want) {
		t.Errorf("order %v, want %v", picked, want)
	}
	if c.lead != 0 {
		t.Errorf("lead %d, want 0", c.lead)
	}
}

// TestArticleLedeUpKeeps: the order stands when the opening is short (a
// teaser), opens with a word and a comma (a frame), leans on what came
// before it, is not its article's first sentence, and for a Fill summary.
func TestArticleLedeUpKeeps(t *testing.T) {
	wreck := "A storm surge wrecked the wooden ferry pier in Tarnwick overnight, stranding about 300 passengers."
	for _, tc := range []struct {
		name, opening string
		pos           int
		fill          bool
	}{
		{"short", "Tarnwick's old ferry pier is gone for good.", 0, false},
		{"comma", "Overnight, a storm surge wrecked the wooden ferry pier in Tarnwick, stranding 300 passengers.", 0, false},
		{"leans", "It wrecked the wooden ferry pier in Tarnwick overnight, stranding about 300 passengers.", 0, false},
		{"not first", wreck, 2, false},
		{"fill", wreck, 0, true},
	} {
		c := ledeUpCluster(tc.opening)
		c.cands[3].pos = tc.pos
		c.reader = !tc.fill
		picked := []int{0, 1, 2, 3, 4}
		c.articleLedeUp(picked)
		if want := []int{0, 1, 2, 3, 4}; !slices.Equal(picked, want) {
			t.Errorf("%s: order %v, want %v", tc.name, picked, want)
		}
	}
}
