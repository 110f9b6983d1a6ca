package summarize

import "testing"

func TestCutSlashDateline(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"London/paris the two ferry lines agreed on monday to share a harbour at westvale.", "The two ferry lines agreed on monday to share a harbour at westvale.", true},
		{"Tokyo/new york tarnwick shipping's shares rose 12 percent in their first day of trading.", "Tarnwick shipping's shares rose 12 percent in their first day of trading.", true},
		{"Washington/london/new york - ilse varga's bank said on friday it would close 40 branches.", "Ilse varga's bank said on friday it would close 40 branches.", true},
		// One place the list lacks among listed ones.
		{"Tarnwick/london - the two councils agreed on monday to share a ferry service.", "The two councils agreed on monday to share a ferry service.", true},
		{"London/tarnwick as a row over the ferry service grows, the two councils met on monday.", "As a row over the ferry service grows, the two councils met on monday.", true},
		// Left alone: two unlisted places, an unlisted last place before
		// a name, a credit's outlet before a name.
		{"Tarnwick/westvale/london the two councils agreed on monday to share a ferry service.", "", false},
		{"London/tarnwick ilse varga said on monday the two councils would share a ferry service.", "", false},
		{"Getty/paris varga said on monday the two councils would share a ferry service.", "", false},
		// Left alone: a place not known to the dateline list, a pair in
		// the story, too little story after.
		{"Tarnwick/westvale the two councils agreed on monday to share a ferry service.", "", false},
		{"The london/paris train was cancelled on monday after a signal failure near westvale.", "", false},
		{"London/paris the ferry sank.", "", false},
	} {
		got, ok := cutSlashDateline(c.in)
		want := c.want
		if !c.ok {
			want = c.in
		}
		if ok != c.ok || got != want {
			t.Errorf("cutSlashDateline(%q) = %q, %v; want %q, %v", c.in, got, ok, want, c.ok)
		}
	}
}
