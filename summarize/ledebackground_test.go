package summarize

import (
	"slices"
	"testing"
)

// backgroundNews is a later sentence that tells the news of the day and
// introduces its subject, named in full in the opening, by surname and an
// appositive.
const backgroundNews = "Varga, a retired harbour pilot and author of two books on tides, announced on Thursday that she will run for mayor of Tarnwick next spring."

// TestOpenWithDatedNewsOverBackground: a summary opening on a clause of
// someone's earlier time or on a past year opens with the later sentence
// telling the news of the day; the rest keeps its order.
func TestOpenWithDatedNewsOverBackground(t *testing.T) {
	for _, opening := range []string{
		"During her years on the ferry board, Ilse Varga fought every rise in fares to Brellin.",
		"A decade ago, Ilse Varga was a deckhand on the Tarnwick ferry to Brellin.",
	} {
		c := frameCluster(opening, "The ferry board met twice in the spring.", backgroundNews)
		c.cands[2].doc, c.cands[2].pos = 0, 3
		picked := []int{0, 1, 2}
		c.openWithDatedNewsOverBackground(picked)
		if want := []int{2, 0, 1}; !slices.Equal(picked, want) {
			t.Errorf("%q: order %v, want %v", opening, picked, want)
		}
		if c.lead != 2 {
			t.Errorf("%q: lead %d, want 2", opening, c.lead)
		}
	}
}

// TestOpenWithDatedNewsOverBackgroundKeeps: the order stands when the
// opening is no background or names the day of the news, and when the
// later sentence names no day of the news, opens on a pronoun or a
// surname the opening does not name, is short, or tells no event.
func TestOpenWithDatedNewsOverBackgroundKeeps(t *testing.T) {
	const during = "During her years on the ferry board, Ilse Varga fought every rise in fares to Brellin."
	for _, tc := range []struct {
		name  string
		texts []string
	}{
		{"no background", []string{"Ilse Varga fought every rise in fares to Brellin for a decade.", backgroundNews}},
		{"during the", []string{"During the storm, Ilse Varga steered the ferry back into the Tarnwick harbour.", backgroundNews}},
		{"news day", []string{"During her speech on Thursday, Ilse Varga recalled her years on the ferry.", backgroundNews}},
		{"no day", []string{during, "Varga, a retired harbour pilot and author of two books on tides, announced last spring that she will run for mayor."}},
		{"last weekday", []string{during, "Varga, a retired harbour pilot and author of two books on tides, announced last Thursday that she will run for mayor."}},
		{"pronoun", []string{during, "She announced on Thursday that she will run for mayor of Tarnwick next spring, her first race for any office."}},
		{"other surname", []string{during, "Mereweather, a retired harbour pilot and author of two books on tides, announced on Thursday that he will run for mayor."}},
		{"no appositive", []string{during, "Varga announced on Thursday that she will run for mayor of Tarnwick next spring, her first race for any office."}},
		{"short", []string{during, "Varga, a pilot, announced on Thursday a run for mayor."}},
	} {
		c := frameCluster(tc.texts...)
		picked := []int{0, 1}
		c.openWithDatedNewsOverBackground(picked)
		if want := []int{0, 1}; !slices.Equal(picked, want) {
			t.Errorf("%s: order %v, want %v", tc.name, picked, want)
		}
	}
}
