package summarize

import (
	"slices"
	"testing"
)

// TestIntroduceThings: the later sentence that names a lantern moves up
// before the body sentence that opens on "The lantern"; not when the
// summary above already names it, not for a person by role, not when
// the later sentence names it only after "the", nor for a Fill summary.
func TestIntroduceThings(t *testing.T) {
	opening := "Divers off the Tarnwick coast brought up a bronze bell on Monday."
	other := "Fares on the Tarnwick line rose twice in the same decade, the operator said."
	intro := "A diver also found a brass lantern in the wreck of the old ferry."
	for _, tc := range []struct {
		name, opening, body, intro string
		fill                       bool
		want                       []int
	}{
		{"moves", opening, "The lantern was sold at auction in Brellin for a record price.", intro, false, []int{0, 3, 1, 2}},
		{"told", "Divers off the Tarnwick coast brought up a bell and a lantern on Monday.", "The lantern was sold at auction in Brellin for a record price.", intro, false, []int{0, 1, 2, 3}},
		{"person", opening, "The officer was sold a ticket at the pier in Brellin that day.", "A harbour officer was on the pier that day.", false, []int{0, 1, 2, 3}},
		{"definite", opening, "The lantern was sold at auction in Brellin for a record price.", "Its owner said the lantern was found near the wreck.", false, []int{0, 1, 2, 3}},
		{"fill", opening, "The lantern was sold at auction in Brellin for a record price.", intro, true, []int{0, 1, 2, 3}},
	} {
		c := frameCluster(tc.opening, tc.body, other, tc.intro)
		c.reader = !tc.fill
		picked := []int{0, 1, 2, 3}
		c.introduceThings(picked)
		if !slices.Equal(picked, tc.want) {
			t.Errorf("%s: order %v, want %v", tc.name, picked, tc.want)
		}
	}
}

// TestThingVerbBefore: a word after "to" or a modal is a verb, not the
// thing "the X" points back to.
func TestThingVerbBefore(t *testing.T) {
	for s, want := range map[string]bool{
		"The council will still ban lanterns on the pier.":   true,
		"The council wants to ban lanterns on the pier.":     true,
		"A ban on lanterns starts on the pier in May.":       false,
		"The council will ban lanterns, and the ban starts.": false,
	} {
		if got := thingVerbBefore(s, "ban"); got != want {
			t.Errorf("%q: %v, want %v", s, got, want)
		}
	}
}
