package summarize

import "testing"

// TestBareSurnameUses checks the uses of a surname that bareGivens and
// nameBareSurnames read as a person's (surnameuse.go), on invented
// clusters.
func TestBareSurnameUses(t *testing.T) {
	tests := []struct {
		name    string
		sources []string
		sum     []string
		want    []string
	}{
		{"a family after a determiner",
			[]string{"the dravec family thanked the donors.", "surgeon helen dravec operated on friday.", "helen dravec said the night was long."},
			[]string{"Police said dravec was hospitalized."},
			[]string{"Police said Helen Dravec was hospitalized."}},
		{"a determiner before no family word",
			[]string{"the dravec was sold at auction.", "surgeon helen dravec operated on friday.", "helen dravec said the night was long."},
			[]string{"Police said dravec was hospitalized."},
			[]string{"Police said dravec was hospitalized."}},
		{"according to",
			[]string{"according to corwin, the dam held.", "engineer simon corwin inspected it.", "simon corwin said the dam was sound."},
			[]string{"The dam held, corwin said."},
			[]string{"The dam held, Simon Corwin said."}},
		{"to, a place",
			[]string{"the crew drove to corwin that night.", "engineer simon corwin inspected it.", "simon corwin said the dam was sound."},
			[]string{"The dam held, corwin said."},
			[]string{"The dam held, corwin said."}},
		{"a common word before the surname",
			[]string{"officials would not confirm brannick as the buyer.", "lawyer laura brannick spoke on monday.", "laura brannick said the sale was legal."},
			[]string{"Brannick spoke later."},
			[]string{"Laura Brannick spoke later."}},
		{"a listed name in the middle",
			[]string{"friends of tarek michael vossler gathered.", "tarek vossler was 19.", "the vossler family wept.", "michael vossler had studied law."},
			[]string{"Friends said vossler was 19."},
			[]string{"Friends said vossler was 19."}},
		{"an unlisted given name written twice before the surname, and alone",
			[]string{"fred and cindy dravec, the parents of student zoltan dravec, spoke.", "Zoltan dravec's death is unexplained.", "doctors examined zoltan dravec's body.", "what happened to zoltan is unknown.", "cindy dravec wept."},
			[]string{"Dravec's parents could not be reached."},
			[]string{"Dravec's parents could not be reached."}},
		{"a state",
			[]string{"economist richard nevada wrote the index.", "richard nevada said prices fell."},
			[]string{"Prices fell in Ohio and nevada."},
			[]string{"Prices fell in Ohio and nevada."}},
		{"the object of a verb",
			[]string{"harbour pilot david halvorsen was hurt.", "david halvorsen said the sea was rough."},
			[]string{"A wave knocked halvorsen on the pier."},
			[]string{"A wave knocked David Halvorsen on the pier."}},
		{"a verb form that is a given name",
			[]string{"harbour pilot david halvorsen was hurt.", "david halvorsen said the sea was rough."},
			[]string{"In an interview, drew halvorsen's son spoke."},
			[]string{"In an interview, drew halvorsen's son spoke."}},
		{"a verb form before a noun phrase",
			[]string{"harbour pilot david halvorsen was hurt.", "david halvorsen said the sea was rough."},
			[]string{"They served fried halvorsen chops."},
			[]string{"They served fried halvorsen chops."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkNamePass(t, (*cluster).nameBareSurnames, tt.sources, tt.sum, tt.want) })
	}
}
