package summarize

import (
	"slices"
	"testing"
)

// swapCluster returns a reader's cluster of four: candidate 1 comes right
// after candidate 2 in one article; 0 and 3 are other articles' openings.
func swapCluster(detail, pred string) *cluster {
	c := frameCluster(
		"A cargo ship lost power and drifted onto rocks off the Tarnwick coast on Sunday.",
		detail,
		pred,
		"Salvage crews from Brellin expect to refloat the ship within a week.",
	)
	c.cands[1].doc, c.cands[2].doc = 1, 1
	c.cands[2].pos, c.cands[1].pos = 3, 4
	c.cands[1].prevInDoc = 2
	return c
}

// TestPredecessorsNext: a sentence directly followed by its article's
// previous sentence swaps with it.
func TestPredecessorsNext(t *testing.T) {
	c := swapCluster(
		"Among the cargo were 300 containers of fruit bound for markets in Brellin.",
		"Varnholm Shipping announced on Monday a fund of two million crowns to clean the beaches near Tarnwick.",
	)
	picked := []int{0, 1, 2, 3}
	c.predecessorsNext(picked)
	if want := []int{0, 2, 1, 3}; !slices.Equal(picked, want) {
		t.Errorf("order %v, want %v", picked, want)
	}
}

// TestPredecessorsNextKeeps: the order stands when the previous sentence
// leans on one before it, holds a quotation or a single-quoted title,
// tells background, a caption's date or a plan, or the sentence it would
// go before sets its event earlier or tells news in the present perfect,
// and for a Fill summary.
func TestPredecessorsNextKeeps(t *testing.T) {
	const detail = "Among the cargo were 300 containers of fruit bound for markets in Brellin."
	const pred = "Varnholm Shipping announced on Monday a fund of two million crowns to clean the beaches near Tarnwick."
	for _, tc := range []struct {
		name, detail, pred string
		fill               bool
	}{
		{"also", detail, "The owner of the ship in Varnholm also said it would pay for the cleanup.", false},
		{"untold noun", detail, "The tug involved had been sent from a yard in Brellin on Monday morning.", false},
		{"quote", detail, "\"We will pay for every hour of the cleanup,\" the owner in Varnholm told reporters.", false},
		{"single-quoted title", detail, "The owner's 'Blue Harbour' pledge covers the cleanup of the coast near Tarnwick.", false},
		{"once", detail, "Varnholm Shipping once ran forty ships on the route from Tarnwick to Brellin.", false},
		{"caption date", detail, "Crews of Varnholm Shipping stand on the Tarnwick quay on Monday, March 4, 2019.", false},
		{"plan", detail, "Varnholm Shipping will pay two million crowns to clean the beaches near Tarnwick.", false},
		{"detail in the perfect", "Salvors from Brellin have pumped 300 tonnes of fuel out of the ship.", pred, false},
		{"detail told earlier", "The ship had left Brellin last Thursday with 300 containers of fruit.", pred, false},
		{"detail ago", "The ship was built in Varnholm nine years ago for the fruit trade.", pred, false},
		{"fill", detail, pred, true},
	} {
		c := swapCluster(tc.detail, tc.pred)
		c.reader = !tc.fill
		picked := []int{0, 1, 2, 3}
		c.predecessorsNext(picked)
		if want := []int{0, 1, 2, 3}; !slices.Equal(picked, want) {
			t.Errorf("%s: order %v, want %v", tc.name, picked, want)
		}
	}
}

// TestPredecessorsNextRestated: a previous sentence that tells the
// opening's news again (a second lede) stays after its detail.
func TestPredecessorsNextRestated(t *testing.T) {
	c := swapCluster(
		"Among the cargo were 300 containers of fruit bound for markets in Brellin.",
		"A cargo ship drifted onto rocks near Tarnwick after it lost power, the coast guard said.",
	)
	c.cands[0].terms = []uint64{1, 2, 3, 4, 5, 6}
	c.cands[2].terms = []uint64{1, 2, 3, 4, 7}
	picked := []int{0, 1, 2, 3}
	c.predecessorsNext(picked)
	if want := []int{0, 1, 2, 3}; !slices.Equal(picked, want) {
		t.Errorf("order %v, want %v", picked, want)
	}
}

// TestPerfectEvent: the present perfect of an event is news; a state
// held since ("have been on a hunt") is not.
func TestPerfectEvent(t *testing.T) {
	for s, want := range map[string]bool{
		"The ferry captain has been charged with neglect.":       true,
		"Tarnwick has sold its two oldest ferries.":              true,
		"Crews have been on a search for the boat since Sunday.": false,
		"The captain, who has sailed for 30 years, retired.":     false,
	} {
		if got := perfectEvent(frameWords(s)); got != want {
			t.Errorf("perfectEvent(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestOpensSingleMark: a word opened by a single mark is a quoted title;
// a possessive written apart is not.
func TestOpensSingleMark(t *testing.T) {
	for s, want := range map[string]bool{
		"The 'night desk' anchor of the Tarnwick station left on Friday.": true,
		"The ‘night desk’ anchor of the Tarnwick station left on Friday.": true,
		"The band stone ' rollers released a box set of 40 songs.":        false,
		"The skipper's boat left the harbour at dawn.":                    false,
	} {
		if got := opensSingleMark(s); got != want {
			t.Errorf("opensSingleMark(%q) = %v, want %v", s, got, want)
		}
	}
}
