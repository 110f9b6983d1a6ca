package summarize

import "testing"

func TestHeadlineLine(t *testing.T) {
	tests := []struct {
		name, s, story string
		want           bool
	}{
		{"present tense for a past event", "Harbour board fines Tarnwick ferry line.",
			"The Tarnwick harbour board has fined the ferry line for a string of late crossings, officials said on Monday.", true},
		{"infinitive for a future event", "Ana Roe to host Velmora gala finale.",
			"Singer Ana Roe will host the finale of the Velmora gala next month, its organisers announced.", true},
		{"participle without auxiliary", "Ostrel ferry strike settled.",
			"The strike that halted the Ostrel ferry for a week has been settled, the union said.", true},
		{"participle before a preposition", "Westvale clerk charged with theft of parish funds.",
			"A Westvale clerk has been charged with the theft of parish funds from the church.", true},
		{"verbless line", "Brenmoor fair: prize marrows, giant pumpkins.",
			"Prize marrows and giant pumpkins drew crowds to the Brenmoor fair on Saturday.", true},
		{"short lede with an auxiliary", "The mayor of Tarnwick has resigned.",
			"The mayor of Tarnwick has resigned after an audit of the harbour accounts, the council said.", false},
		{"short lede in the past", "Harbour chief Ilse Varga quit on Monday.",
			"Harbour chief Ilse Varga quit her post on Monday after months of dispute with the board.", false},
		{"past with an object", "Police arrested a Westvale clerk over parish funds.",
			"Police in Westvale arrested a parish clerk over missing funds on Monday.", false},
		{"opening article and a past", "The ferry sank off Ostrel in May.",
			"A ferry sank off the Ostrel coast in May with twelve crew aboard.", false},
		{"a past that takes no object", "Ilse Varga vanished in Tarnwick last spring.",
			"Ilse Varga, 54, was last seen in Tarnwick last spring, police said.", false},
		{"attribution", "Marrow prices soar, a market survey finds.",
			"Marrow prices have soared this year, according to a market survey.", false},
		{"not restated", "Harbour board fines ferry line.",
			"Crossings to Ostrel resume on Tuesday, with two boats on the route.", false},
		{"too long", "Harbour board fines Tarnwick ferry line over late crossings and broken ramps at the old pier.",
			"The Tarnwick harbour board has fined the ferry line over late crossings and broken ramps at the old pier.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := headlineLine(tt.s, tt.story); got != tt.want {
				t.Errorf("headlineLine(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}

func TestMarkHeadlineLines(t *testing.T) {
	c := &cluster{}
	d := document{index: 0}
	for i, s := range []string{
		"Harbour board fines Tarnwick ferry line.",
		"The Tarnwick harbour board has fined the ferry line for a string of late crossings, officials said on Monday.",
		"The line has thirty days to appeal.",
	} {
		c.cands = append(c.cands, candidate{doc: 0, pos: i, text: s, flags: sentenceFlags(s)})
		d.cands = append(d.cands, i)
	}
	c.docs = append(c.docs, d)
	c.markHeadlineLines()
	if c.cands[0].flags&flagNarrator == 0 {
		t.Errorf("headline line not flagged")
	}
	if c.cands[1].flags&flagNarrator != 0 {
		t.Errorf("lede flagged")
	}
}

func TestRawStoryAfter(t *testing.T) {
	d := &document{paraSplit: [][]string{
		{"Ostrel ferry strike settled.", "the strike that halted the Ostrel ferry has been settled."},
		{"The union said crews return on Monday."},
	}}
	got := rawStoryAfter(d, "Ostrel ferry strike settled.")
	want := "the strike that halted the Ostrel ferry has been settled. The union said crews return on Monday. "
	if got != want {
		t.Errorf("rawStoryAfter = %q, want %q", got, want)
	}
	if got := rawStoryAfter(d, "Westvale pier reopens after repairs."); got != "" {
		t.Errorf("rawStoryAfter of an absent line = %q, want \"\"", got)
	}
	if !headlineLine("Ostrel ferry strike settled.", got+rawStoryAfter(d, "Ostrel ferry strike settled.")) {
		t.Errorf("headline not found against the raw story")
	}
}
