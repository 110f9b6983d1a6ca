package defect

import "testing"

func TestPiece(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"From the state capital.", true},
		{"In just 3 hours and 12 minutes.", true},
		{"On friday, may 9, 2031.", true},
		{"At the harbour museum in westvale.", true},
		{"On monday, the dam broke.", false}, // a clause after the phrase
		{"In a flash it was over.", false},   // a pronoun subject
		{"Until the council voted.", false},  // a verb in -ed
		{"From the state capital", false},    // no full stop
		{"In the end, nobody came to the fair.", false},
		{"On the quay, near the old mill, at dawn.", false},
		{"From the archive: \"we waited.\"", false},
		{"The council met on friday.", false},                                            // no preposition first
		{"In this week's episode of the long-running quiz show on channel nine.", false}, // more than 8 words
		{"", false},
		{"Of harbour safety opened an inquiry into the ferry fire.", true}, // "Department" split off
		{"Of gravel spilled onto the road.", true},
		{"Of the 40 boats in the race, 12 sank.", false}, // a fronted phrase with its comma
		{"Of course the fair will go on.", false},
		{"Of particular concern is the old bridge.", false},
		{"Often the ferry runs late.", false},
	}
	for _, tt := range tests {
		if got := Piece(tt.s); got != tt.want {
			t.Errorf("Piece(%q) = %v, want %v", tt.s, got, tt.want)
		}
		if tt.want && !Detect(tt.s, Context{}).Has(Fragment) {
			t.Errorf("Detect(%q) has no Fragment", tt.s)
		}
	}
}

func TestListLabel(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"Age: older than the pier itself.", true},
		{"Appearance: striped, mostly.", true},
		{"Host: and now to our guest from the coast.", true},
		{"RESULTS: In the trial, ten patients improved.", true},
		{"The mayor said: we will rebuild.", false},
		{"Age is no barrier, the coach said.", false},
		{"Harbourwatch.com: the ferry will run again in May, a spokesman said.", false}, // a site credit, not a speaker
		{"Un: aid runs short in the valley as the river floods the town.", true},        // a two-letter headline label
		{"Mayor: ' we will rebuild ' the mayor of westvale said on monday.", true},      // a headline label before a quote
		{"Id: 4471 the council met on tuesday to vote on the pier.", true},              // a field before a number
		{"Specs: [ 2 ] sheets of harbour paper.", true},                                 // a field before a bracket
		{"Q: will the ferry run again? a: yes.", true},                                  // one letter
		{"Westvale: The council met on tuesday.", false},                                // a capital follows: a place or a heading the cleaner cuts
		{"3D: the film opens in may.", false},                                           // not a word
		{"Dana ruiz: well, the vote was close.", true},                                  // a speaker of two words
		{"Harbour fire: crews battle the blaze crews fought the fire all night.", true}, // a headline's topic
		{"Full coverage: the westvale floods.", true},                                   // a section
		{"Westvale mayor: ' we will rebuild ' the mayor said.", true},                   // a headline before a quote
		{"Ana's verdict: guilty on all counts.", true},                                  // a possessive topic
		{"The reason: the money never came.", false},                                    // a stopword first
		{"He said: \"we will rebuild.\"", false},                                        // a pronoun and a verb
		{"The statement reads: \"we regret the delay.\"", false},
		{"Westvale was lucky: the storm turned north.", false}, // a verb
		{"At 7: 45 p.m. the ferry left.", false},               // a time
		{"Harbour fire: The crews fought all night.", false},   // a capital after the colon
		{"Dana ruiz said she would run again next year.", false},
	}
	for _, tt := range tests {
		if got := ListLabel(tt.s); got != tt.want {
			t.Errorf("ListLabel(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
