package truecase

import "testing"

// thinFixture is invented cased text in which "heron" and "vaults" stand
// only in names, twice each, and their plural and singular ("herons",
// "vault") only in lower case.
var thinFixture = []string{
	"Rain fell on Heron Point. Birds left the herons alone, and herons flew.",
	"Ships came to Heron Point. Two herons sat on the rail. It appears the herons waited by the town.",
	"The doors of Stone Vaults opened. A bank kept the vault shut, and the vault was cold.",
	"Staff at the Stone Vaults left. The vault held gold, and a vault door shut.",
}

func TestThinCommon(t *testing.T) {
	l := NewLearner()
	for _, p := range thinFixture {
		l.Add(p)
	}
	m := l.Model(1, 1)
	tests := []struct {
		name, src, in, want string
	}{
		{"a bird after the", "A heron sat on the rail. Later the heron flew off.",
			"Photos show the heron on a rail.", "Photos show the heron on a rail."},
		{"before a verb", "A heron sat on the rail. Later the heron flew off.",
			"Then the heron appears again.", "Then the heron appears again."},
		{"a plural left to the model", "The bank holds the vaults with gold.",
			"The bank holds the vaults with gold.", "The bank holds the Vaults with gold."},
		{"a name of two words in the sources", "She got the heron of honour. Later the heron of honour went to her.",
			"She got the heron of honour.", "She got the Heron of honour."},
		{"no sources", "",
			"Photos show the heron on a rail.", "Photos show the Heron on a rail."},
		{"after a given name in the sources", "The team of sam heron met. The heron spoke.",
			"Photos show the heron on a rail.", "Photos show the Heron on a rail."},
		{"a publication", "According to the heron, the vote failed.",
			"It was reported by the heron, and the vote failed.", "It was reported by the Heron, and the vote failed."},
		{"before a noun", "A heron sat on the rail. Later the heron flew off.",
			"Walkers took the heron trail home.", "Walkers took the Heron trail home."},
		{"a possessive", "A heron sat on the rail. Later the heron flew off.",
			"Divers swam near the heron's nest.", "Divers swam near the Heron's nest."},
		{"after no determiner", "A heron sat on the rail. Later the heron flew off.",
			"Walkers saw heron nests.", "Walkers saw Heron nests."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var names *Names
			if tt.src != "" {
				names = new(Names)
				names.AddSource(tt.src)
			}
			if got := m.Apply(tt.in, names); got != tt.want {
				t.Errorf("Apply(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
