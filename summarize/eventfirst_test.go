package summarize

import (
	"slices"
	"testing"
)

// TestIntroduceEvents: the later sentence that introduces a study moves
// up before the body sentence that opens on "The study"; not when the
// summary above already tells of it, nor for a Fill summary.
func TestIntroduceEvents(t *testing.T) {
	opening := "Ferry crossings on the Tarnwick coast fell by a third over the past ten years."
	body := "The study was published on Monday in a journal of the Brellin sea institute."
	intro := "According to a new study by Brellin researchers, most crossings now run half empty."
	for _, tc := range []struct {
		name, opening string
		fill          bool
		want          []int
	}{
		{"moves", opening, false, []int{0, 3, 1, 2}},
		{"told", "A study of ferry crossings on the Tarnwick coast finds they fell by a third.", false, []int{0, 1, 2, 3}},
		{"fill", opening, true, []int{0, 1, 2, 3}},
	} {
		c := frameCluster(tc.opening, body,
			"Fares on the Tarnwick line rose twice in the same decade, the operator said.", intro)
		c.reader = !tc.fill
		picked := []int{0, 1, 2, 3}
		c.introduceEvents(picked)
		if !slices.Equal(picked, tc.want) {
			t.Errorf("%s: order %v, want %v", tc.name, picked, tc.want)
		}
	}
}

// TestEventFirstIntroduces: "a"/"an" or a possessive at most two words
// before the noun introduces it; "the" does not.
func TestEventFirstIntroduces(t *testing.T) {
	for s, want := range map[string]bool{
		"The board's annual safety report found rust on two hulls.": true,
		"An independent report found rust on two hulls.":            true,
		"Inspectors found rust on two hulls, the report says.":      false,
	} {
		if got := eventFirstIntroduces(s, "report"); got != want {
			t.Errorf("%q: %v, want %v", s, got, want)
		}
	}
}
