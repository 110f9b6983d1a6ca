package summarize

import (
	"slices"
	"testing"
)

// TestOpenWithSharedLede checks that a summary opening on a detail opens
// instead with the chosen sentence that states the event the sources'
// openings share, the rest keeping its order, and that a summary opening
// on the event, or a Fill summary, keeps its order.
func TestOpenWithSharedLede(t *testing.T) {
	facts := func(c *cluster, ss ...string) []int { return factsWith(t, c, ss...) }
	c := ledeCluster(t, pierArticles...)
	picked := facts(c, "Local cafes", "brass band", "Harbour officials in Tarnwick closed")
	want := []int{picked[2], picked[0], picked[1]}
	c.openWithSharedLede(picked)
	if !slices.Equal(picked, want) {
		t.Errorf("order %v, want %v (the closure first)", picked, want)
	}
	if c.lead != picked[0] {
		t.Errorf("lead %d, want the moved opening %d", c.lead, picked[0])
	}

	c = ledeCluster(t, pierArticles...)
	picked = facts(c, "Harbour officials in Tarnwick closed", "Local cafes", "brass band")
	checkOrder(t, "an opening stating the event", c.openWithSharedLede, picked, slices.Clone(picked))

	c = ledeCluster(t, pierArticles...)
	c.reader = false
	picked = facts(c, "Local cafes", "Harbour officials in Tarnwick closed")
	checkOrder(t, "fill", c.openWithSharedLede, picked, slices.Clone(picked))

	c = ledeCluster(t, pierArticles...)
	picked = facts(c, "Local cafes", "Ferries from Ostrel")
	checkOrder(t, "no chosen sentence states the event", c.openWithSharedLede, picked, slices.Clone(picked))
}

// TestSharedLedeCredit checks which openings read as a picture's credit.
func TestSharedLedeCredit(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Credit Ilse Varga for the Tarnwick Courier the harbour chief resigned on Monday.", true},
		{"Contributed photo Tomas Rell went missing on Friday near Ostrel.", true},
		{"Harbour officials in Tarnwick closed the old ferry pier on Monday.", false},
		{"Creditors of the Tarnwick ferry line met on Monday.", false},
	} {
		if got := sharedLedeCredit(tc.s); got != tc.want {
			t.Errorf("sharedLedeCredit(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// factsWith returns the facts of c holding each of ss (factWith), in
// order, failing t when one is missing.
func factsWith(t *testing.T, c *cluster, ss ...string) []int {
	t.Helper()
	var fs []int
	for _, s := range ss {
		f := factWith(c, s)
		if f < 0 {
			t.Fatalf("no fact holds %q", s)
		}
		fs = append(fs, f)
	}
	return fs
}

// checkOrder runs move on picked and fails t, naming the case what, when
// the order is not want.
func checkOrder(t *testing.T, what string, move func([]int), picked, want []int) {
	t.Helper()
	move(picked)
	if !slices.Equal(picked, want) {
		t.Errorf("%s: order %v, want %v", what, picked, want)
	}
}
