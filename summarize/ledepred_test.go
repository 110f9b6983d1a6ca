package summarize

import (
	"slices"
	"testing"
)

// predCluster returns a reader's cluster whose lead (0) is the sentence
// right after candidate 1 in one article; candidate 2 is another
// article's.
func predCluster(lead, before, other string) *cluster {
	c := frameCluster(lead, before, other)
	c.cands[0].doc, c.cands[1].doc = 0, 0
	c.cands[0].pos, c.cands[1].pos = 4, 3
	c.cands[0].prevInDoc = 1
	return c
}

// TestOpenWithPredecessor: a lead detailing an event its article told in
// the sentence before gives way to that sentence, wherever it stands; the
// rest keeps its order.
func TestOpenWithPredecessor(t *testing.T) {
	c := predCluster(
		"Harbour master Ilse Varga said the ferry ran aground about two miles north of Tarnwick on Sunday.",
		"A passenger ferry carrying 80 people to Brellin ran aground in thick fog off the Tarnwick coast.",
		"Coastguard crews from Brellin towed the boat back to port by nightfall.",
	)
	picked := []int{0, 2, 1}
	c.openWithPredecessor(picked)
	if want := []int{1, 0, 2}; !slices.Equal(picked, want) {
		t.Errorf("order %v, want %v", picked, want)
	}
	if c.lead != 1 {
		t.Errorf("lead %d, want 1", c.lead)
	}
}

// TestOpenWithPredecessorKeeps: the order stands when the article's
// previous sentence leans on one before it (a pronoun, "later", "the
// <person>", a partitive "of the", a label), is short, and for a Fill
// summary.
func TestOpenWithPredecessorKeeps(t *testing.T) {
	lead := "Harbour master Ilse Varga said the ferry ran aground about two miles north of Tarnwick on Sunday."
	other := "Coastguard crews from Brellin towed the boat back to port by nightfall."
	for _, tc := range []struct {
		name   string
		before string
		fill   bool
	}{
		{"pronoun", "Its hull was damaged in fog off the Tarnwick coast with 80 passengers on board.", false},
		{"later", "Varga later closed the harbour at Tarnwick to all boats for the rest of the week.", false},
		{"person", "Crews in Tarnwick pulled the driver from a car that rolled off the ferry's ramp.", false},
		{"partitive", "Twelve of the passengers were taken to a hospital in Brellin with minor injuries.", false},
		{"label", "From the harbour log: a passenger ferry ran aground in fog off the Tarnwick coast.", false},
		{"short", "The Tarnwick ferry is stuck again.", false},
		{"fill", "A passenger ferry carrying 80 people to Brellin ran aground in thick fog off the Tarnwick coast.", true},
	} {
		c := predCluster(lead, tc.before, other)
		c.reader = !tc.fill
		picked := []int{0, 1, 2}
		c.openWithPredecessor(picked)
		if want := []int{0, 1, 2}; !slices.Equal(picked, want) {
			t.Errorf("%s: order %v, want %v", tc.name, picked, want)
		}
	}
}
