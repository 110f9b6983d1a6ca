package summarize

import (
	"slices"
	"testing"
)

// upCluster returns a reader's cluster of four: candidate 1 comes right
// after candidate 3 in one article, candidate 2 is from another.
func upCluster(pred string) *cluster {
	c := frameCluster(
		"A passenger ferry carrying 80 people ran aground in fog off the Tarnwick coast on Sunday.",
		"Coast guard boats from Brellin reached the ferry within an hour and towed it free.",
		"Ferry crossings to Brellin will resume on Thursday, the operator said on Monday.",
		pred,
	)
	c.cands[1].doc, c.cands[3].doc = 1, 1
	c.cands[3].pos, c.cands[1].pos = 4, 5
	c.cands[1].prevInDoc = 3
	return c
}

// TestPredecessorsUp: a sentence standing two places below the one its
// article writes right after it moves up to stand just before it.
func TestPredecessorsUp(t *testing.T) {
	c := upCluster("Harbour pilots in Tarnwick said the hull of the ferry struck a sandbank hidden by fog.")
	picked := []int{0, 1, 2, 3}
	c.predecessorsUp(picked)
	if want := []int{0, 3, 1, 2}; !slices.Equal(picked, want) {
		t.Errorf("order %v, want %v", picked, want)
	}
}

// TestPredecessorsUpKeeps: the order stands when the sentence to move
// leans on one before it, is a cut clause, a list, a caption or a quote,
// and for a Fill summary.
func TestPredecessorsUpKeeps(t *testing.T) {
	for _, tc := range []struct {
		name, pred string
		fill       bool
	}{
		{"whereas", "Whereas, a third of the passengers on the ferry were travelling to a market in Brellin.", false},
		{"also", "The captain of the ferry also radioed for help after its hull struck a sandbank.", false},
		{"in one", "In one, the captain radioed for help after its hull struck a sandbank near Tarnwick.", false},
		{"untold noun", "The cargo involved was mostly timber and grain bound for a mill in Brellin.", false},
		{"cut clause", "When the fog was thickest over the sandbank near the Tarnwick coast.", false},
		{"list", "No radar, no lights, no horn, no lifeboats ready on the deck of the old ferry.", false},
		{"caption", "Deckhand Ilse Varga stands at the left of the picture on the Tarnwick quay.", false},
		{"quote", "\"We could see nothing at all in the fog,\" the captain of the ferry told reporters.", false},
		{"fill", "Harbour pilots in Tarnwick said the hull of the ferry struck a sandbank hidden by fog.", true},
	} {
		c := upCluster(tc.pred)
		c.reader = !tc.fill
		picked := []int{0, 1, 2, 3}
		c.predecessorsUp(picked)
		if want := []int{0, 1, 2, 3}; !slices.Equal(picked, want) {
			t.Errorf("%s: order %v, want %v", tc.name, picked, want)
		}
	}
}
