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
