package summarize

import "testing"

func TestCutFusedLede(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"bullets then lede",
			"Story highlights the pier burned on monday mayor says no one was hurt fire crews worked through the night a fire destroyed the tarnwick pier on monday night, leaving the boardwalk closed for the summer, the mayor said.",
			"A fire destroyed the tarnwick pier on monday night, leaving the boardwalk closed for the summer, the mayor said."},
		{"caption then lede",
			"Media caption the bbc's jane roe reports from the harbour a ferry has sunk off the coast of westvale after striking rocks in a storm on tuesday, coastguards say.",
			"A ferry has sunk off the coast of westvale after striking rocks in a storm on tuesday, coastguards say."},
		{"no clear split", "Story highlights the pier burned mayor: no one hurt crews worked all night the fire was out by dawn.", "Story highlights the pier burned mayor: no one hurt crews worked all night the fire was out by dawn."},
		{"a measure after a verb",
			"Story highlights about 90 seals spent a second day stranded on the sandbar near westvale after the storm on monday, rangers said.",
			"Story highlights about 90 seals spent a second day stranded on the sandbar near westvale after the storm on monday, rangers said."},
		{"a measure of time", "Story highlights westvale wins the title the day began quietly a little before noon the crowd had filled the square on sunday, police said.",
			"Story highlights westvale wins the title the day began quietly a little before noon the crowd had filled the square on sunday, police said."},
		{"no label", "A fire destroyed the pier on monday night, the mayor said.", "A fire destroyed the pier on monday night, the mayor said."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cutFusedLede(tt.in); got != tt.want {
				t.Errorf("cutFusedLede(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
