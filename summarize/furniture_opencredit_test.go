package summarize

import "testing"

func TestCutOpeningCredit(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"Ilse varga/ap the council voted on monday to close the old pier.", "The council voted on monday to close the old pier.", true},
		{"| olan pryce/politico harbour deal struck the council agreed to sell the pier.", "Harbour deal struck the council agreed to sell the pier.", true},
		{"Ilse varga/business insider tarnwick's ferry line has doubled its fares this spring.", "Tarnwick's ferry line has doubled its fares this spring.", true},
		{"Flickr/tarnwick99 the mayor of westvale rode the new ferry on its first trip.", "The mayor of westvale rode the new ferry on its first trip.", true},
		{"Flickr/olanp as a boy in westvale, pryce sailed every summer with his uncle.", "As a boy in westvale, pryce sailed every summer with his uncle.", true},
		{"Ilse varga/tarnwick gazette.com the ferry sank in the harbour on sunday night.", "Tarnwick gazette.com the ferry sank in the harbour on sunday night.", false},
		{"Ilse varga / reuters file the ferry line said on monday it would close the pier.", "The ferry line said on monday it would close the pier.", true},
		{"Olan pryce / istock tarnwick's harbour has been dredged for the first time in years.", "Tarnwick's harbour has been dredged for the first time in years.", true},
		{"Olan pryce / nbc news ilse varga, 94, is on trial in westvale for a ferry fraud.", "Ilse varga, 94, is on trial in westvale for a ferry fraud.", true},
		{"Olan pryce / sun-times at least two people were hurt when the ferry hit the pier.", "At least two people were hurt when the ferry hit the pier.", true},
		{"Olan pryce/alamy stock photo ferries in tarnwick run late on most days of the week.", "Ferries in tarnwick run late on most days of the week.", true},
		{"Olan pryce / associated press the tarnwick ferry line is facing another lawsuit.", "The tarnwick ferry line is facing another lawsuit.", true},
		{"Olan pryce / rex usa/olan pryce / rex usa the mayor greets sailors at the pier on monday.", "", false},
		// Left alone: no outlet, a site before a name, a place pair, too short.
		{"Varga/pryce family visits the harbour for the first time in years.", "", false},
		{"Facebook/ilse varga the mayor of westvale rode the new ferry on monday.", "", false},
		{"Tarnwick/westvale the two towns agreed to share a ferry on monday.", "", false},
		{"Ilse varga/ap the pier at dawn.", "", false},
		{"The ferry's owner told westvale's radio news/talk station that the pier was safe.", "", false},
	} {
		got, ok := cutOpeningCredit(c.in)
		want := c.want
		if !c.ok {
			want = c.in
		}
		if ok != c.ok || got != want {
			t.Errorf("cutOpeningCredit(%q) = %q, %v; want %q, %v", c.in, got, ok, want, c.ok)
		}
	}
}

// TestCutViaCredit checks the opening credits told with "via" that
// cutViaCredit cuts and the sentences it leaves, on invented text.
func TestCutViaCredit(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Harbour police/via AP at least 13 boats sank off the pier on Monday, police said.",
			"At least 13 boats sank off the pier on Monday, police said."},
		{"Port authority via Reuters the ferry left the dock two hours late on Sunday.",
			"The ferry left the dock two hours late on Sunday."},
		{"Velmora dept. Of roads, via AP eleven bridges were closed after the storm.",
			"Eleven bridges were closed after the storm."},
		{"Gazette/ilse varga via Getty Images the council met for nine hours on Friday.",
			"The council met for nine hours on Friday."},
		{"In a statement via AP the council said the bridge would reopen soon.",
			"In a statement via AP the council said the bridge would reopen soon."},
		{"The mayor said via AP that the bridge would reopen soon.",
			"The mayor said via AP that the bridge would reopen soon."},
		{"Port authority via Reuters, the ferry left.", "Port authority via Reuters, the ferry left."},
		{"Port authority via Reuters the ferry left.", "Port authority via Reuters the ferry left."},
		{"Mayor Ada Velmora acknowledged via Twitter on Friday that the bridge would close.",
			"Mayor Ada Velmora acknowledged via Twitter on Friday that the bridge would close."},
		{"Ada Velmora via Facebook / via Facebook her boat was found on Monday in the bay.",
			"Ada Velmora via Facebook / via Facebook her boat was found on Monday in the bay."},
		{"Boats were moved via the canal to the harbour on Monday.", "Boats were moved via the canal to the harbour on Monday."},
	}
	for _, tt := range tests {
		got, _ := cutViaCredit(tt.in)
		if got != tt.want {
			t.Errorf("cutViaCredit(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
