package defect

import (
	"testing"

	"github.com/chorusnews/chorus/internal/lex"
)

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

// FuzzPlacedSceneYearPlace checks that placedSceneYearPlace never turns
// away a sentence that placedSceneDate matches (lower-cased, as
// PlacedScene reads it).
func FuzzPlacedSceneYearPlace(f *testing.F) {
	for _, s := range []string{
		"Dara Quell waves on stage on May 2, 2019 in Brannock, Ostland.",
		"Crowds gather near the dock on Saturday, Aug. 14, 2004, AT the Old Quay",
		"Kids play outside on Sept 3rd 1998 outside Fennick",
		"A vote on June 5, 2020 near Tollby 4.",
		"On March 1, 2015 in Ardle.",
		"Nothing here, 2011 in Ardle",
		"jan 1 1999 near xy",
		"dec. 31, 2000, in ab.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if placedSceneDate.MatchString(lex.LowerASCII(s)) && !placedSceneYearPlace(s) {
			t.Errorf("placedSceneYearPlace(%q) = false, but placedSceneDate matches", s)
		}
	})
}

func TestPlacedSceneYearPlace(t *testing.T) {
	for s, want := range map[string]bool{
		"Dara Quell waves on stage on May 2, 2019 in Brannock, Ostland.": true,
		"Crowds gather on Saturday, Aug. 14, 2004, AT the Old Quay":      true,
		"The plan, drafted in 2019 in Brannock, cost 40 dollars.":        false,
		"He was born in 1975.":            false,
		"Sales rose 2019 into the spring": false,
	} {
		if got := placedSceneYearPlace(s); got != want {
			t.Errorf("placedSceneYearPlace(%q) = %v, want %v", s, got, want)
		}
		if want && !placedSceneDate.MatchString(lex.LowerASCII(s)) {
			t.Errorf("placedSceneDate does not match %q", s)
		}
	}
}
