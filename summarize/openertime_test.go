package summarize

import "testing"

func TestTimeAnchorOpening(t *testing.T) {
	tests := []struct {
		name, s, want string
	}{
		{"hours earlier", "Hours earlier, the actress was arrested after a fight at a Tarnwick club.", "The actress was arrested after a fight at a Tarnwick club."},
		{"counted", "Two days later, the harbour board voted to close the old pier.", "The harbour board voted to close the old pier."},
		{"a few", "A few hours earlier, around 5 p.m., Anna Varga reached the summit.", "Around 5 p.m., Anna Varga reached the summit."},
		{"then", "Then, in 1974, farmers digging a well found the buried ships.", "In 1974, farmers digging a well found the buried ships."},
		{"the next day", "The next day, the ferry company apologised to its passengers.", "The ferry company apologised to its passengers."},
		{"a year earlier", "A year earlier, the bank earned $2 a share on revenue of $9 billion.", ""},
		{"own anchor", "Two days after the vote, the harbour board closed the old pier.", ""},
		{"time of day", "On Tuesday, the harbour board voted to close the old pier.", ""},
		{"years later kept", "Four years later, Varga gave her neighbour one of her kidneys.", "Varga gave her neighbour one of her kidneys."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := leanOpening(tt.s)
			if !ok {
				got = ""
			}
			if got != tt.want {
				t.Errorf("leanOpening(%q) = %q, want %q", tt.s, got, tt.want)
			}
		})
	}
}

func TestTimeAnchorRunIn(t *testing.T) {
	tests := []struct {
		name, s, want string
	}{
		{"now and a name", "Now Anna Varga is suing the ferry line for her lost harbour stall.", "Anna Varga is suing the ferry line for her lost harbour stall."},
		{"counted", "A few months later Ben Osei was convicted of theft and sent to prison.", "Ben Osei was convicted of theft and sent to prison."},
		{"clause", "Not long after Osei asked the mayor about the pier, the council voted to close it.", ""},
		{"lower case", "Now playing at the Tarnwick cinema is a film about the old pier.", ""},
		{"title case", "Now Playing At The Tarnwick Cinema is a list of this week's films.", ""},
		{"now available", "Now Available On Tarnwick Radio is a series about the old pier.", ""},
		{"then", "Then Varga sold the stall to a cousin who ran it for years.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := timeAnchorRunIn(tt.s)
			if !ok {
				got = ""
			}
			if got != tt.want {
				t.Errorf("timeAnchorRunIn(%q) = %q, want %q", tt.s, got, tt.want)
			}
		})
	}
}
