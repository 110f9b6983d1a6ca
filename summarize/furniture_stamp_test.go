package summarize

import "testing"

func TestCutClockStamp(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"blog clock", "21:07 the tarnwick council has voted to rebuild the pier.", "The tarnwick council has voted to rebuild the pier."},
		{"clock and zone", "11:42 pdt -- it took the tarnwick rowers 80 years to win.", "It took the tarnwick rowers 80 years to win."},
		{"bar and clock", "| 2:41 tarnwick's harbour master counts the lost moorings.", "Tarnwick's harbour master counts the lost moorings."},
		{"wire stamp", "2019/03/11 08:12 velmora, march 11 (wire) -- the ferry sank at dawn.", "Velmora, march 11 (wire) -- the ferry sank at dawn."},
		{"update and clock", "Update 3:18 the tarnwick ferry has left the pier with 40 passengers.", "The tarnwick ferry has left the pier with 40 passengers."},
		{"update with meridian", "Update at 6:05 p.m.: the mayor of tarnwick resigned after the harbour vote.", "The mayor of tarnwick resigned after the harbour vote."},
		{"update with zone and date", "Update for 9:14 pm et, feb. 2: the tarnwick regatta ended without a winner.", "The tarnwick regatta ended without a winner."},
		{"update with date first", "Update for april 8 at 10:20 a.m. est: the tarnwick pier has reopened.", "The tarnwick pier has reopened."},
		{"update with stamp and date", "Update, 17:48 04/10/19 the tarnwick gazette has corrected its tide table.", "The tarnwick gazette has corrected its tide table."},
		{"time of day", "9:30 in the morning is when the tarnwick ferry leaves.", "9:30 in the morning is when the tarnwick ferry leaves."},
		{"meridian unmarked", "10:15 p.m. the ferry left the tarnwick pier.", "10:15 p.m. the ferry left the tarnwick pier."},
		{"short rest", "20:55 the pier burns.", "20:55 the pier burns."},
		{"tokenized clock", "21: 07 the tarnwick council has voted to rebuild the pier.", "The tarnwick council has voted to rebuild the pier."},
		{"article after the clock", "00:58 a tarnwick rower lost in the fog has reached the shore.", "A tarnwick rower lost in the fog has reached the shore."},
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
		{"labelled clip", "Video image tarnwick gull steals a pie 0:52 a gull on the tarnwick pier flew off with a fisherman's lunch on monday.", "A gull on the tarnwick pier flew off with a fisherman's lunch on monday."},
		{"play video", "Seal follows ferry 0:37 play video a grey seal trails the morning ferry out of tarnwick harbour.", "A grey seal trails the morning ferry out of tarnwick harbour."},
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
