package summarize

import (
	"slices"
	"testing"
)

// TestOpenWithLede: a summary opening on a detail that does not read as a
// lede opens with the later article opening that introduces its subject
// with "a"/"an" and tells the event; the rest keeps its order.
func TestOpenWithLede(t *testing.T) {
	c := frameCluster(
		"Police said they found the ledger in the harbour office of Ilse Varga, the board's treasurer.",
		"Varga kept the accounts of the Tarnwick ferry board for eleven years.",
		"A Tarnwick ferry treasurer was charged on Monday with stealing fares from the board, prosecutors said.",
	)
	picked := []int{0, 1, 2}
	c.openWithLede(picked)
	if want := []int{2, 0, 1}; !slices.Equal(picked, want) {
		t.Errorf("order %v, want %v", picked, want)
	}
	if c.lead != 2 {
		t.Errorf("lead %d, want 2", c.lead)
	}
}

// TestOpenWithLedeKeeps: the order stands when the opening reads as a
// lede, when the later sentence opens with no subject it introduces (a
// time, a definite subject) and for a Fill summary.
func TestOpenWithLedeKeeps(t *testing.T) {
	detail := "Police said they found the ledger in the harbour office of Ilse Varga, the board's treasurer."
	lede := "A Tarnwick ferry treasurer was charged on Monday with stealing fares from the board, prosecutors said."
	for _, tc := range []struct {
		name  string
		texts []string
		fill  bool
	}{
		{"lede opening", []string{"Ferry crews in Tarnwick went on strike on Monday, halting 40 crossings a day to Brellin.", lede}, false},
		{"time", []string{detail, "A week after the audit, prosecutors in Tarnwick charged the board's treasurer on Monday."}, false},
		{"definite", []string{detail, "Prosecutors in Tarnwick charged the ferry board's treasurer on Monday with stealing fares."}, false},
		{"fill", []string{detail, lede}, true},
	} {
		c := frameCluster(tc.texts...)
		c.reader = !tc.fill
		picked := []int{0, 1}
		c.openWithLede(picked)
		if want := []int{0, 1}; !slices.Equal(picked, want) {
			t.Errorf("%s: order %v, want %v", tc.name, picked, want)
		}
	}
}

// TestLedeIndefinite: an opening "a"/"an" introduces a subject unless an
// amount, a time or a source follows it.
func TestLedeIndefinite(t *testing.T) {
	for s, want := range map[string]bool{
		"A Tarnwick ferry treasurer was charged.": true,
		"An island pilot landed in a field.":      true,
		"A lot of fares went missing.":            false,
		"A week after the audit, she resigned.":   false,
		"A source says the board knew.":           false,
		"A second treasurer was charged.":         false,
		"The treasurer was charged.":              false,
	} {
		if got := ledeIndefinite(s); got != want {
			t.Errorf("ledeIndefinite(%q) = %v, want %v", s, got, want)
		}
	}
}
