package summarize

import "testing"

// TestSecondLede checks which other sources' ledes read as the opening's
// act told again (same subject, same verb), on invented sentences.
func TestSecondLede(t *testing.T) {
	lead := "The Tarnwick harbour board sued the ferry company on Monday, challenging a winter timetable halving sailings to Ostrel and stranding island workers."
	tests := []struct {
		name, other string
		want        bool
	}{
		{"same subject and verb, a detail added", "Tarnwick's harbour board has sued its ferry operator, the latest turn in a long row over the port.", true},
		{"another subject", "Angry shopkeepers in Tarnwick have sued the harbour board, the latest turn in a long row over the port.", false},
		{"another verb", "Tarnwick's harbour board has praised its ferry operator, the latest turn in a long row over the port.", false},
		{"a number of its own", "Tarnwick's harbour board has sued its ferry operator for 40,000 pounds in a long row over the port.", false},
		{"a second predicate", "Tarnwick's harbour board sued its ferry operator and is seeking a ban in a long row over the port.", false},
		{"a clause of why", "Tarnwick's harbour board sued its ferry operator because the port lost trade in a long row.", false},
		{"the verb in a clause", "A row that Tarnwick's harbour board sued its ferry operator over has gone on for years.", false},
		{"a negation", "Tarnwick's harbour board has not sued its ferry operator, despite a long row over the port.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, a, b := ledeFacts(t, lead, tt.other)
			if got := c.secondLede(b, a); got != tt.want {
				t.Errorf("secondLede = %v, want %v", got, tt.want)
			}
		})
	}
	t.Run("one source", func(t *testing.T) {
		c := ledeCluster(t, lead+" Tarnwick's harbour board has sued its ferry operator, the latest turn in a long row over the port.")
		if a, b := c.cands[0].fact, c.cands[1].fact; c.secondLede(b, a) {
			t.Error("the opening's own next sentence read as another source's lede")
		}
	})
}

// TestMainAct checks the verb read as a sentence's main act.
func TestMainAct(t *testing.T) {
	tests := []struct {
		s, verb string
		ok      bool
	}{
		{"Anna Varga was arrested in Tarnwick on Sunday.", "arrested", true},
		{"Anna Varga, a former pilot, has resigned.", "resigned", true},
		{"The trawler found off Tarnwick on Sunday was towed to port.", "", false},
		{"Anna Varga, the pilot accused of sinking two trawlers, fled.", "", false},
		{"Anna Varga was arrested for sinking two trawlers.", "", false},
		{"After the storm, Anna Varga left.", "", false},
	}
	for _, tt := range tests {
		v, _, ok := mainAct(tt.s)
		if v != tt.verb || ok != tt.ok {
			t.Errorf("mainAct(%q) = %q, %v, want %q, %v", tt.s, v, ok, tt.verb, tt.ok)
		}
	}
}
