package summarize

import (
	"slices"
	"testing"
)

// TestOpenWithIntroduction: a later sentence that introduces what the
// opening points back at ("The ferryman ...") moves to the front and
// leads; not when nothing introduces it, nor for a Fill summary.
func TestOpenWithIntroduction(t *testing.T) {
	intro := "A ferryman on the Tarnwick coast was rescued on Monday after his boat sank near Brellin."
	other := "Crossings to Brellin resumed on Tuesday morning, the operator said in a statement."
	for _, tc := range []struct {
		name, opening, later string
		fill                 bool
		want                 []int
	}{
		{"moves", "The ferryman told rescuers he had drifted for nine hours in the cold water.", intro, false, []int{2, 0, 1}},
		{"fronted", "According to the ferryman, the engine failed an hour after he left the harbour.", intro, false, []int{2, 0, 1}},
		{"not introduced", "The ferryman told rescuers he had drifted for nine hours in the cold water.",
			"Rescuers from Brellin reached the sinking boat on Monday after a nine-hour search at sea.", false, []int{0, 1, 2}},
		{"an earlier case", "The ferryman told rescuers he had drifted for nine hours in the cold water.",
			"In 2014, a ferryman on the Tarnwick coast was rescued after his boat sank near Brellin.", false, []int{0, 1, 2}},
		{"fill", "The ferryman told rescuers he had drifted for nine hours in the cold water.", intro, true, []int{0, 1, 2}},
	} {
		c := frameCluster(tc.opening, other, tc.later)
		c.reader = !tc.fill
		picked := []int{0, 1, 2}
		c.openWithIntroduction(picked)
		if !slices.Equal(picked, tc.want) {
			t.Errorf("%s: order %v, want %v", tc.name, picked, tc.want)
		}
	}
}

// TestIntroLeadHeads: an opening "the X", alone or after a short fronted
// phrase, points back; a name, a pinned noun, a time or a known thing
// does not.
func TestIntroLeadHeads(t *testing.T) {
	for s, want := range map[string]string{
		"The ferryman told rescuers he had drifted for hours.":                   "ferryman",
		"In this small survey, two in three crews said they were short-staffed.": "survey",
		"The ferryman, who asked not to be named, said the engine failed.":       "ferryman",
		"The ferryman accused of sinking the boat appeared in court.":            "",
		"The ferryman of the Brellin line said the engine failed.":               "",
		"The Tarnwick ferry board raised fares on Monday.":                       "",
		"The police said the engine failed an hour out of port.":                 "",
		"This week the crossing to Brellin was closed twice.":                    "",
	} {
		got := ""
		if h := introLeadHeads(s); len(h) > 0 {
			got = h[len(h)-1]
		}
		if got != want {
			t.Errorf("%q: head %q, want %q", s, got, want)
		}
	}
}

// TestIntroducesIndefinite: "a"/"an" and modifiers before the noun as
// written introduce it; a predicate, another number, a longer noun, a
// hyphenated word or another modifier does not.
func TestIntroducesIndefinite(t *testing.T) {
	for _, tc := range []struct {
		s     string
		heads []string
		noun  string
		want  bool
	}{
		{"A ferryman was rescued on Monday.", []string{"ferryman"}, "ferryman", true},
		{"Rescuers found a lone ferryman in the water.", []string{"ferryman"}, "ferryman", true},
		{"He was a ferryman for thirty years.", []string{"ferryman"}, "ferryman", false},
		{"Two ferrymen were rescued on Monday.", []string{"ferryman"}, "ferryman", false},
		{"A ferryman union called a strike.", []string{"ferryman"}, "ferryman", false},
		{"A ferryman-turned-author wrote of it.", []string{"ferryman"}, "ferryman", false},
		{"An experimental engine failed at sea.", []string{"experimental", "engine"}, "engine", true},
		{"A diesel engine failed at sea.", []string{"experimental", "engine"}, "engine", false},
	} {
		if got := introducesIndefinite(tc.s, tc.heads, tc.noun); got != tc.want {
			t.Errorf("%q: %v, want %v", tc.s, got, tc.want)
		}
	}
}
