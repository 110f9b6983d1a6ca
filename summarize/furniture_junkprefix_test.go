package summarize

import "testing"

func TestCutJunkPrefix(t *testing.T) {
	tests := []struct {
		name, s, want string
	}{
		{"transcript marks", ">> the ferry sank off the cape on Monday night.", "The ferry sank off the cape on Monday night."},
		{"three marks, no space", ">>>harbour officials closed the old pier after the storm.", "Harbour officials closed the old pier after the storm."},
		{"list stars", "*** more than 40 boats were damaged in the Tarnwick storm.", "More than 40 boats were damaged in the Tarnwick storm."},
		{"a note between stars", "***original story*** meet the last ferry pilot of the Tarnwick line.", "Meet the last ferry pilot of the Tarnwick line."},
		{"a warning between stars", "*warning: this review tells the ending* well, nobody saw the last scene coming.", "Well, nobody saw the last scene coming."},
		{"a note between dashes", "-edit- to those asking, the pier was closed before the storm.", "To those asking, the pier was closed before the storm."},
		{"a name between spaced dashes", "-Ilse Varga, 27, of Tarnwick - in jail for theft of a ferry's bell.", "Ilse Varga, 27, of Tarnwick - in jail for theft of a ferry's bell."},
		{"a hyphen inside a word", "-Ilse Varga from her book: the 8-week harbour walking plan for beginners.", "Ilse Varga from her book: the 8-week harbour walking plan for beginners."},
		{"a spaced note between stars", "*****item notes ***** here is a pier bell you will not see every day!", "Here is a pier bell you will not see every day!"},
		{"close button", "× the harbour board votes on the new pier next week.", "The harbour board votes on the new pier next week."},
		{"a cut label's colon", ": the council said the pier would reopen in May.", "The council said the pier would reopen in May."},
		{"bracketed tag and dash", "[wxyz] -- the ferry will not sail until the pier is repaired.", "The ferry will not sail until the pier is repaired."},
		{"bracketed label", "[video] harbour officials closed the old pier after the storm.", "Harbour officials closed the old pier after the storm."},
		{"a quotation's pronoun in brackets", "[she] looked like a ghost when they found her, \" her mother said.", "[she] looked like a ghost when they found her, \" her mother said."},
		{"a hashtag is a word", "#tarnwickstrong was the slogan painted on the pier.", "#tarnwickstrong was the slogan painted on the pier."},
		{"a quotation's ellipsis", "… nobody wants anyone to get hurt at the pier.\"", "… nobody wants anyone to get hurt at the pier.\""},
		{"a negative number", "-5 degrees was the coldest night the harbour saw.", "-5 degrees was the coldest night the harbour saw."},
		{"too short after the marks", ">> the pier closed.", ">> the pier closed."},
		{"a quotation after the marks", ">> \"we will rebuild the pier,\" the mayor said.", ">> \"we will rebuild the pier,\" the mayor said."},
		{"no marks", "The ferry sank off the cape on Monday night.", "The ferry sank off the cape on Monday night."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := cutJunkPrefix(tt.s)
			if got != tt.want || ok != (tt.s != tt.want) {
				t.Errorf("cutJunkPrefix(%q)\n got %q, %v\nwant %q", tt.s, got, ok, tt.want)
			}
		})
	}
}
