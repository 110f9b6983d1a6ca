package summarize

import "testing"

func TestCutClockStamp(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"blog clock", "20:55 the tarnwick council has voted to rebuild the pier.", "The tarnwick council has voted to rebuild the pier."},
		{"clock and zone", "13:38 pdt -- it took the tarnwick rowers 130 years to win.", "It took the tarnwick rowers 130 years to win."},
		{"bar and clock", "| 1:28 tarnwick's elections director explains the missing ballots.", "Tarnwick's elections director explains the missing ballots."},
		{"wire stamp", "2014/09/26 14:30 velmora, sept. 26 (wire) -- the ferry sank at dawn.", "Velmora, sept. 26 (wire) -- the ferry sank at dawn."},
		{"update and clock", "Update 2:04 the suspect in the tarnwick robbery has been arrested.", "The suspect in the tarnwick robbery has been arrested."},
		{"update with meridian", "Update at 7:15 p.m.: shortly after the vote, the mayor of tarnwick resigned.", "Shortly after the vote, the mayor of tarnwick resigned."},
		{"update with zone and date", "Update for 8:52 pm et, nov. 19: tonight's launch from tarnwick went well.", "Tonight's launch from tarnwick went well."},
		{"update with date first", "Update for dec. 5 at 12:45 p.m. est: the tarnwick capsule has landed.", "The tarnwick capsule has landed."},
		{"update with stamp and date", "Update, 16:35 21/06/13 the tarnwick gazette has apologised to readers.", "The tarnwick gazette has apologised to readers."},
		{"time of day", "9:30 in the morning is when the tarnwick ferry leaves.", "9:30 in the morning is when the tarnwick ferry leaves."},
		{"meridian unmarked", "10:15 p.m. the ferry left the tarnwick pier.", "10:15 p.m. the ferry left the tarnwick pier."},
		{"short rest", "20:55 the pier burns.", "20:55 the pier burns."},
		{"tokenized clock", "20: 55 the tarnwick council has voted to rebuild the pier.", "The tarnwick council has voted to rebuild the pier."},
		{"article after the clock", "00:43 a tarnwick man missing since the flood has been found.", "A tarnwick man missing since the flood has been found."},
		{"update as a verb", "Update your ferry pass before the tarnwick pier reopens.", "Update your ferry pass before the tarnwick pier reopens."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := cutClockStamp(tt.in)
			if got != tt.want {
				t.Errorf("cutClockStamp(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestCutClipTitle(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"labelled clip", "Video image tarnwick reporter loses his hat 1:05 a reporter in tarnwick found out the hard way that the pier is windy.", "A reporter in tarnwick found out the hard way that the pier is windy."},
		{"play video", "Seal circles rower 0:19 play video a grey seal swims up to a rowing boat off tarnwick.", "A grey seal swims up to a rowing boat off tarnwick."},
		{"time in prose", "The tarnwick ferry left at 6:45 on monday with 40 passengers aboard.", "The tarnwick ferry left at 6:45 on monday with 40 passengers aboard."},
		{"video in prose", "Video shows the ferry leaving at 6:45 on monday from the tarnwick pier.", "Video shows the ferry leaving at 6:45 on monday from the tarnwick pier."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := cutClipTitle(tt.in)
			if got != tt.want {
				t.Errorf("cutClipTitle(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}
