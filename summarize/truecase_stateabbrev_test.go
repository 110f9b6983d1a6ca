package summarize

import "testing"

func TestStateAbbrevs(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"common word", "The mill in Harlow Creek, wash., closed.", "The mill in Harlow Creek, Wash., closed."},
		{"sentence end", "She grew up in Denfield, mass.", "She grew up in Denfield, Mass."},
		{"unseen form", "A teacher of Pellston, mich., won.", "A teacher of Pellston, Mich., won."},
		{"province", "The Orrin Falls, ont., man sold it.", "The Orrin Falls, Ont., man sold it."},
		{"twice", "From Tarnby, ill., to Velmora, la., by bus.", "From Tarnby, Ill., to Velmora, La., by bus."},
		{"based", "Marlow, colo.-based Quillon hired him.", "Marlow, Colo.-based Quillon hired him."},
		{"first word before a word of address", "Thanks, miss.", "Thanks, miss."},
		{"lower-case word before", "He paid, wash. the car later.", "He paid, wash. the car later."},
		{"no stop", "Near Tarnby, wash the dishes.", "Near Tarnby, wash the dishes."},
		{"a word after the stop", "Near Tarnby, mass.media ran it.", "Near Tarnby, mass.media ran it."},
		{"not a listed form", "In Tarnby, or. the next town.", "In Tarnby, or. the next town."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := raiseStateAbbrevsIn(tt.in); got != tt.want {
				t.Errorf("raiseStateAbbrevsIn(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
