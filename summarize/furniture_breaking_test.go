package summarize

import "testing"

func TestCutBreakingLabel(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"developing before a name", "Developing Mayor Ilse Varga is in Tarnwick today, meeting the striking ferry crews at the pier.",
			"Mayor Ilse Varga is in Tarnwick today, meeting the striking ferry crews at the pier."},
		{"breaking news before an article", "Breaking news a harbour crane has collapsed onto two fishing boats in Tarnwick.",
			"A harbour crane has collapsed onto two fishing boats in Tarnwick."},
		{"breaking with a colon", "Breaking: the ferry board has voted to close the old pier for good.",
			"The ferry board has voted to close the old pier for good."},
		{"developing story with a dash", "Developing story -- police closed the coast road after a landslide on Monday.",
			"Police closed the coast road after a landslide on Monday."},
		{"a section name twice", "Breaking news national national in a first for the region, Tarnwick surgeons have rebuilt a ferry captain's hand.",
			"In a first for the region, Tarnwick surgeons have rebuilt a ferry captain's hand."},
		{"a section name around the label", "National breaking news national the ferry board has closed the old pier after a storm.",
			"The ferry board has closed the old pier after a storm."},
		{"a national story", "National breaking news alerts are sent to subscribers of the Tarnwick paper each morning.",
			"National breaking news alerts are sent to subscribers of the Tarnwick paper each morning."},
		{"breaking as a verb", "Breaking the harbour's record for a single catch has made the crew famous.",
			"Breaking the harbour's record for a single catch has made the crew famous."},
		{"breaking without a mark", "Breaking into the old lighthouse left two teenagers with cuts and a fine.",
			"Breaking into the old lighthouse left two teenagers with cuts and a fine."},
		{"no story after", "Breaking news today from the agency's journal: a new crab was found in the bay.",
			"Breaking news today from the agency's journal: a new crab was found in the bay."},
		{"furniture after", "Breaking news regional regional in a first for the coast, surgeons restarted a heart.",
			"Breaking news regional regional in a first for the coast, surgeons restarted a heart."},
		{"developing as a word", "Developing nations pay more for the ferry fuel than the rich ones do.",
			"Developing nations pay more for the ferry fuel than the rich ones do."},
		{"developing before a noun", "Developing countries are paying far more for ferry fuel this winter.",
			"Developing countries are paying far more for ferry fuel this winter."},
		{"developing before an article", "Developing a new vaccine is a slow business that costs the makers years.",
			"Developing a new vaccine is a slow business that costs the makers years."},
		{"short rest", "Developing the mayor has resigned.", "Developing the mayor has resigned."},
	} {
		got, _ := cutBreakingLabel(tc.in)
		if got != tc.want {
			t.Errorf("%s: cutBreakingLabel(%q) = %q, want %q", tc.name, tc.in, got, tc.want)
		}
	}
}
