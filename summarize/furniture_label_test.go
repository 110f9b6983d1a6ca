package summarize

import "testing"

func TestCutPageLabel(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"video before a determiner", "Video the mayor of westvale said the pier would reopen in may.", "The mayor of westvale said the pier would reopen in may."},
		{"video in prose", "Video of the mayor of westvale shows the pier in flames.", "Video of the mayor of westvale shows the pier in flames."},
		{"video as subject", "Video shows the mayor of westvale at the pier on monday.", "Video shows the mayor of westvale at the pier on monday."},
		{"gif", "Gif police were called to the westvale pier on monday night.", "Police were called to the westvale pier on monday night."},
		{"update", "Update the westvale ferry has resumed its morning service.", "The westvale ferry has resumed its morning service."},
		{"update as a verb", "Update your ferry pass before the westvale pier reopens.", "Update your ferry pass before the westvale pier reopens."},
		{"caption", "Caption westvale's ferry leaves the pier at dawn on monday.", ""},
		{"gallery", "Photos: the westvale pier at dawn before the fire.", ""},
		{"photos in prose", "Photos posted online show the westvale pier in flames.", "Photos posted online show the westvale pier in flames."},
		{"item time", "10 a.m. Officials in westvale say the pier will stay closed.", "Officials in westvale say the pier will stay closed."},
		{"item time and zone", "6: 45 p.m. Et - sen. dell roe says the pier will stay closed.", "Sen. dell roe says the pier will stay closed."},
		{"time in prose", "10 a.m. is when the westvale ferry leaves the pier.", "10 a.m. is when the westvale ferry leaves the pier."},
		{"short rest", "Video the pier burns.", "Video the pier burns."},
		{"video before a given name", "Video jane j. roe and the mayor of westvale toured the pier on monday.", "Jane j. roe and the mayor of westvale toured the pier on monday."},
		{"update before a given name", "Update bobby roe will sing at the westvale regatta after all.", "Bobby roe will sing at the westvale regatta after all."},
		{"video before a noun", "Video games made in westvale sold well this year.", "Video games made in westvale sold well this year."},
		{"corrected version", "Corrected version seismologists in westvale say the pier shook on monday.", "Seismologists in westvale say the pier shook on monday."},
		{"correction and date", "Correction appended aug. 3 the westvale pier will reopen in may, the mayor said.", "The westvale pier will reopen in may, the mayor said."},
		{"story date", "Story date: on monday the westvale pier burned to the waterline.", "On monday the westvale pier burned to the waterline."},
		{"clip title", "Video: jane roe's pier tour a spokesman for the mayor declined to comment.", "Video: jane roe's pier tour a spokesman for the mayor declined to comment."},
		{"text size bar", "Text size - + reset the westvale council voted to rebuild the pier on monday.", "The westvale council voted to rebuild the pier on monday."},
		{"text size bar and links", "Text size - + reset video: roe on the ferry politico 44 the westvale council voted to rebuild the pier.", "The westvale council voted to rebuild the pier."},
		{"text size bar and mark", "Text size - + reset politico 44 the westvale council voted to rebuild the pier.", "The westvale council voted to rebuild the pier."},
		{"text size bar alone", "Text size - + reset jane roe.", ""},
		{"text size in prose", "Text size matters to readers of the westvale gazette, its editor said.", "Text size matters to readers of the westvale gazette, its editor said."},
		{"correction in prose", "Corrected versions of the westvale ferry timetable were posted on monday.", "Corrected versions of the westvale ferry timetable were posted on monday."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cutPageLabel(tt.in, false); got != tt.want {
				t.Errorf("cutPageLabel(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
	if got, in := cutPageLabel("10 a.m. Officials in Westvale say the pier will stay closed.", true), "10 a.m. Officials in Westvale say the pier will stay closed."; got != in {
		t.Errorf("cased text: got %q, want it whole", got)
	}
}

func TestDropHighlights(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"highlights", "Highlights the westvale pier burned on monday the mayor says it will reopen in may.", ""},
		{"story highlights", "Story highlights the westvale pier burned on monday the mayor says it will reopen.", ""},
		{"highlights in prose", "Highlights of the westvale regatta include a night race on the bay.", "Highlights of the westvale regatta include a night race on the bay."},
	}
	for _, tt := range tests {
		if got := dropHighlights(tt.in); got != tt.want {
			t.Errorf("%s: dropHighlights(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}
