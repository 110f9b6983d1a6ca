package summarize

import "testing"

func TestCutStoryDateline(t *testing.T) {
	for _, c := range []struct {
		name, in, want string
		ok             bool
	}{
		{"several", "Boston several ferry lines say they lost money on every crossing to the cape last winter.",
			"Several ferry lines say they lost money on every crossing to the cape last winter.", true},
		{"at least", "Kabul at least 40 houses were swept away when the river rose overnight after three days of rain.",
			"At least 40 houses were swept away when the river rose overnight after three days of rain.", true},
		{"late last year", "Brussels late last year, a ferry company changed its name because it no longer sailed to the cape.",
			"Late last year, a ferry company changed its name because it no longer sailed to the cape.", true},
		{"adjective and plural", "Amsterdam international inspectors have found traces of fuel at a harbour site that was never declared.",
			"International inspectors have found traces of fuel at a harbour site that was never declared.", true},
		{"hyphened count", "Denver forty-eight hours after the storm, crews were still clearing the roads into the western suburbs.",
			"Forty-eight hours after the storm, crews were still clearing the roads into the western suburbs.", true},
		{"adjective and a name", "Amsterdam international airport was closed for six hours on monday after a fuel leak on a runway.", "", false},
		{"late and a day", "Washington late tuesday approved new sanctions on the ferry company and its two owners.", "", false},
		{"city as subject", "Moscow on wednesday granted the ferry captain protection and a new passport, officials said.", "", false},
		{"no listed city", "Tarnwick several ferry lines say they lost money on every crossing to the cape last winter.", "", false},
		{"too short", "Boston several ferry lines say so.", "", false},
	} {
		got, ok := cutStoryDateline(c.in)
		if ok != c.ok || ok && got != c.want {
			t.Errorf("%s: cutStoryDateline(%q) = %q, %v; want %q, %v", c.name, c.in, got, ok, c.want, c.ok)
		}
	}
}

func TestCutCasedFrontDateline(t *testing.T) {
	for _, c := range []struct {
		name, in, want string
		ok             bool
	}{
		{"bare dateline", "Minneapolis surrounded by nearly 200 guests in the ferry terminal, Ilse Varga and Tomas Rell were married on Monday.",
			"Surrounded by nearly 200 guests in the ferry terminal, Ilse Varga and Tomas Rell were married on Monday.", true},
		{"reporting from", "Reporting from Westvale -- The ferry line will stop running to the cape on Monday, its owners said.",
			"The ferry line will stop running to the cape on Monday, its owners said.", true},
		{"city as subject", "Washington late Tuesday approved new sanctions on the ferry company and its two owners.", "", false},
		{"dateline before the story's article", "Boston the ferry line will stop running to the cape on Monday, its owners said.", "", false},
	} {
		got, ok := cutCasedFrontDateline(c.in)
		if ok != c.ok || ok && got != c.want {
			t.Errorf("%s: cutCasedFrontDateline(%q) = %q, %v; want %q, %v", c.name, c.in, got, ok, c.want, c.ok)
		}
	}
}
