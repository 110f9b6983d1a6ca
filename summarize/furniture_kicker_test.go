package summarize

import "testing"

func TestCutKickers(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"kicker before the lede", "Smooth sailing? harbour fees rose on monday for every boat that moors at the tarnwick pier.",
			"Harbour fees rose on monday for every boat that moors at the tarnwick pier."},
		{"kicker with a name", "Ferry who? the tarnwick ferry line will stop its winter crossings after forty years of service.",
			"The tarnwick ferry line will stop its winter crossings after forty years of service."},
		{"two kickers", "Late again? cold again? the westvale ferry left the pier three hours behind its timetable on sunday.",
			"The westvale ferry left the pier three hours behind its timetable on sunday."},
		{"doubled mark", "Say what?! a westvale gull was fined by the harbour board for stealing chips on the pier.",
			"A westvale gull was fined by the harbour board for stealing chips on the pier."},
		{"subject with a relative clause", "Caught? the sailor who says he sank the ferry is now being questioned by the harbour police.",
			"The sailor who says he sank the ferry is now being questioned by the harbour police."},
		{"a columnist's question", "Him again? not only am i unsure why he still runs the harbour board, i do not know why he was chosen.",
			"Him again? not only am i unsure why he still runs the harbour board, i do not know why he was chosen."},
		{"answer is no sentence", "Her crime? stealing a ferry from the westvale pier on a stormy night in early june last year.",
			"Her crime? stealing a ferry from the westvale pier on a stormy night in early june last year."},
		{"answer is a noun phrase", "The skipper? ida roe, a westvale sailor who is known along the coast for her long crossings.",
			"The skipper? ida roe, a westvale sailor who is known along the coast for her long crossings."},
		{"short rest", "Smooth sailing? harbour fees rose on monday.", "Smooth sailing? harbour fees rose on monday."},
		{"long question", "Can one small town really keep its ferry running? tarnwick says it can, and the council voted on it.",
			"Can one small town really keep its ferry running? tarnwick says it can, and the council voted on it."},
		{"story opens in upper case", "Smooth sailing? Harbour fees rose on monday for every boat that moors at the tarnwick pier.",
			"Smooth sailing? Harbour fees rose on monday for every boat that moors at the tarnwick pier."},
		{"quoted question", "\"Why not?\" asked the harbour master when the council voted on monday to close the old pier.",
			"\"Why not?\" asked the harbour master when the council voted on monday to close the old pier."},
		{"verb of speech after", "Really? asked the harbour master, who had voted on monday to keep the old pier open all year.",
			"Really? asked the harbour master, who had voted on monday to keep the old pier open all year."},
		{"a group's name", "Ramblers and which? welcome the council's plan as fees rose on monday for every boat at the pier.",
			"Ramblers and which? welcome the council's plan as fees rose on monday for every boat at the pier."},
		{"no question", "Harbour fees rose on monday for every boat that moors at the tarnwick pier.",
			"Harbour fees rose on monday for every boat that moors at the tarnwick pier."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cutKickers(tt.in); got != tt.want {
				t.Errorf("cutKickers(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}
