package defect

import "testing"

// TestPlacedScene checks the caption that closes with its full date and
// then the place against news that closes the same way.
func TestPlacedScene(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Mayor ilse varga speaks to supporters at the harbour hall on march 9, 2018 in tarnwick, ostland.", true},
		{"Fishermen wait at the pier tuesday, may, 14, 2019, in velmora.", true},
		{"The old lighthouse is seen near the cliffs oct. 2, 2017 in tarnwick.", true},
		{"Ilse varga listens as the council debates the budget, on july 12, 2013, in velmora.", true},
		{"Dancers perform during the festival at the town square on june 3, 2015 at the old fort in velmora.", true},
		{"Tomas rell was born on april 28, 1970 in velmora, ostland.", false},
		{"The ferry captain underwent surgery on dec. 9, 2013 at the velmora clinic.", false},
		{"Ilse varga died on feb. 11, 2013, at the age of 72.", false},
		{"The study appears online march 30, 2015 in the journal of harbour science.", false},
		{"Bids are accepted until sept. 30, 2022 at 4: 00pm.", false},
		{"Smoke rises over the docks on june 1, 2016 in velmora after the blast, officials said.", false},
		{"The mayor speaks at the pier on march 9, 2018.", false},
	} {
		if got := PlacedScene(tc.s); got != tc.want {
			t.Errorf("PlacedScene(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestCutDateScene checks the caption whose date was cut after the month.
func TestCutDateScene(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Ilse varga waves to the crowd at the harbour in tarnwick, friday, feb.", true},
		{"A worker tows a car after a crash in velmora, wednesday, dec.", true},
		{"The mayor said the pier was closed in tarnwick, friday, feb.", false},
		{"Ilse varga waves to the crowd at the harbour in tarnwick, friday, feb. 9.", false},
	} {
		if got := CutDateScene(tc.s); got != tc.want {
			t.Errorf("CutDateScene(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
