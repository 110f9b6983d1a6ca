package summarize

import "testing"

func TestTeaserCut(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Sources close to the couple tell the tattler...", true},
		{"The driver of the van tells us...", true},
		{"Saying she last saw the 32-year-old on may 9...", true},
		{"According to the papers obtained by the tattler...", true},
		{"Was rushed to a hospital in tarnwick moments ago...", true},
		{"After she stopped breathing during the surgery…", true},
		{"Claiming ilse varga paid him to break into the house...", true},
		{"As for whether varga is an unfit owner...", true},
		{"The council is expected to vote on the budget in the early...", true},
		{"In her speech the mayor shared for the first time her unambiguous...", true},
		{"In both cases pitting the city against the port, the board...", true},
		{"Varga visited the pier last year, but when she posted pictures...", true},
		{"Soldiers opened fire on supporters of the ousted mayor anna...", true},
		// Whole sentences some sites end with an ellipsis.
		{"Ilse varga was found dead on her tour bus in tarnwick...", false},
		{"Multiple sources close to varga tell us she was found in her car...", false},
		{"Varga has also been charged with fraud, she said....", false},
		{"After the storm, the river flooded tarnwick...", false},
		{"According to the tattler, varga wants $300k...", false},
		{"Sources close to the couple tell the tattler.", false},
		{"Varga was dropped by her agent...", false},
		{"Sources made other allegations against mel...", false},
		{"Varga was raised by her mother, anna mae...", false},
		{"The ferry sank at noon, the coast guard said...", false},
		{"Varga was arrested, police said, after she fled the pier...", false},
		{`The mayor said, "the core of the plan is...`, false},
	}
	for _, tt := range tests {
		if got := teaserCut(tt.in); got != tt.want {
			t.Errorf("teaserCut(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestCloseEllipsis(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Ilse varga was found dead on her tour bus in tarnwick...", "Ilse varga was found dead on her tour bus in tarnwick."},
		{"Varga has also been charged with fraud, she said....", "Varga has also been charged with fraud, she said."},
		{"The crew responded to the call friday,...", "The crew responded to the call friday."},
		{"Varga wants a new deal!!!...", "Varga wants a new deal!!!"},
		{"The council will vote on the budget in the early...", "The council will vote on the budget in the early..."},
		{"The ferry sank at the pier, which was immediately...", "The ferry sank at the pier, which was immediately..."},
		{"Varga will run the plant and provide...", "Varga will run the plant and provide..."},
		{"Varga dug deep for this one:...", "Varga dug deep for this one:..."},
		{"The board met on friday, de...", "The board met on friday, de..."},
		{`The mayor said, "the core of the plan is...`, `The mayor said, "the core of the plan is...`},
		{"Supporters of the mayor of...", "Supporters of the mayor of..."},
		{"Varga won the race.", "Varga won the race."},
	}
	for _, tt := range tests {
		if got := closeEllipsis(tt.in); got != tt.want {
			t.Errorf("closeEllipsis(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestStrayQuote(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"' the ferry left tarnwick at noon.", true},
		{"' varga's ferry didn't leave at noon.", true},
		{`' "we got a call this morning," varga said.`, true},
		{"' it was a mistake, ' varga said.", false},
		{"'spread ', a campaign for the ferry office, ran in 2010.", false},
		{`' " " i saw the ferry, " varga said.`, false},
		{"The ferry left at noon.", false},
	}
	for _, tt := range tests {
		if got := strayQuote(tt.in); got != tt.want {
			t.Errorf("strayQuote(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
	if got := capitalizeFirst(`"we got a call," she said.`); got != `"We got a call," she said.` {
		t.Errorf("capitalizeFirst = %q", got)
	}
}
