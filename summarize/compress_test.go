package summarize

import "testing"

func TestTrimEdges(t *testing.T) {
	t.Parallel()
	p := DefaultTuning()
	cases := []struct {
		name  string
		in    string
		first bool
		want  string
	}{
		{"bullet", "• The mayor opened the new library on Main Street this morning.", false,
			"The mayor opened the new library on Main Street this morning."},
		{"tweet footer", "Great night downtown pic.twitter.com/abc — Jo Reyes (@joreyes) June 3, 2016 the parade drew thousands of people to the waterfront.", false,
			"The parade drew thousands of people to the waterfront."},
		{"spaced tweet footer", "— jo reyes ( @joreyes ) june 3, 2016 the parade drew thousands of people to the waterfront.", false,
			"The parade drew thousands of people to the waterfront."},
		{"credit", "(Ana Ruiz, The Valley Times) Crews worked through the night to clear the fallen trees.", false,
			"Crews worked through the night to clear the fallen trees."},
		{"wire tag", "Story highlights The vote is set for Friday (CNN) Lawmakers will vote on the budget plan on Friday, leaders said.", false,
			"Lawmakers will vote on the budget plan on Friday, leaders said."},
		{"dateline", "SPRINGFIELD, Ill. — The state closed two bridges after the flood damaged their supports.", true,
			"The state closed two bridges after the flood damaged their supports."},
		{"dateline only first", "SPRINGFIELD, Ill. — The state closed two bridges after the flood damaged their supports.", false,
			"SPRINGFIELD, Ill. — The state closed two bridges after the flood damaged their supports."},
		{"place and region dateline anywhere", "Tarnwick, aldera - at least 12 people were hurt when the ferry struck the pier on Monday.", false,
			"At least 12 people were hurt when the ferry struck the pier on Monday."},
		{"listed city dateline anywhere", "Moscow — the city council voted on Monday to close the old bridge for repairs.", false,
			"The city council voted on Monday to close the old bridge for repairs."},
		{"opening phrase before a dash kept", "On tuesday, the mayor — who had opposed the plan — voted for the new bridge.", false,
			"On tuesday, the mayor — who had opposed the plan — voted for the new bridge."},
		{"name before an aside kept", "Velmora's parents -- two teachers from the coast -- found the letter on Monday.", false,
			"Velmora's parents -- two teachers from the coast -- found the letter on Monday."},
		{"unlisted word before a dash kept", "Arthropods — a group that includes insects and spiders — fill every home.", false,
			"Arthropods — a group that includes insects and spiders — fill every home."},
		{"bar dateline anywhere", "Velmar | velmar - the port authority closed the ferry terminal after the storm damaged its pier.", false,
			"The port authority closed the ferry terminal after the storm damaged its pier."},
		{"bar dateline of two words", "New Velmar | new velmar – the port authority closed the ferry terminal on Monday.", false,
			"The port authority closed the ferry terminal on Monday."},
		{"bar between different words kept", "Ferries | ports - the authority closed the terminal after the storm damaged its pier.", false,
			"Ferries | ports - the authority closed the terminal after the storm damaged its pier."},
		{"bar without dash kept", "Velmar | velmar the port authority closed the terminal after the storm damaged its pier.", false,
			"Velmar | velmar the port authority closed the terminal after the storm damaged its pier."},
		{"furniture before dateline", "Eds: UPDATES with two more towns flooded AP Photo By MARA VOLK Associated Press Writer MILLTOWN, Ore. — The river crested at a record height on Sunday, flooding two towns.", true,
			"The river crested at a record height on Sunday, flooding two towns."},
		{"byline before dateline", "By MARA VOLK Associated Press Writer MILLTOWN — The river crested at a record height on Sunday, flooding two towns.", true,
			"The river crested at a record height on Sunday, flooding two towns."},
		{"prose before capitals kept", "The mayor of the small town said the NATO summit would move — the hotels are full.", true,
			"The mayor of the small town said the NATO summit would move — the hotels are full."},
		{"furniture dateline only first", "By MARA VOLK Associated Press Writer MILLTOWN — The river crested at a record height on Sunday.", false,
			"By MARA VOLK Associated Press Writer MILLTOWN — The river crested at a record height on Sunday."},
		{"dash clause kept", "Forget the old bridge — the new one will carry four lanes of traffic.", true,
			"Forget the old bridge — the new one will carry four lanes of traffic."},
		{"inner parenthetical kept", "The agency (which was founded in 1961) cut its budget by a third.", false,
			"The agency (which was founded in 1961) cut its budget by a third."},
		{"quote speaker kept", `"We will rebuild," he said.`, false, `"We will rebuild," he said.`},
		{"bracketed link", "[ See photos of the new harbour ] The ferry will run twice a day from the old pier.", false,
			"The ferry will run twice a day from the old pier."},
		{"bracketed credit", "[ photo/riverside news ] Crews cleared the road by noon on Tuesday after the storm.", false,
			"Crews cleared the road by noon on Tuesday after the storm."},
		{"bracketed subject kept", "[He] said the ferry will run twice a day from the old pier.", false,
			"[He] said the ferry will run twice a day from the old pier."},
		{"inner bracket kept", "The ferry [ a new boat ] will run twice a day from the old pier.", false,
			"The ferry [ a new boat ] will run twice a day from the old pier."},
		{"too little left", "(Photo: Jo Reyes) Crews at work.", false, "(Photo: Jo Reyes) Crews at work."},
		{"teaser", "The bridge was... MILLTOWN — A crane lifted the last steel beam into place on Monday morning.", false,
			"A crane lifted the last steel beam into place on Monday morning."},
		{"ellipsis in quote kept", `"We waited... and waited," said the mayor of the small riverside town.`, false,
			`"We waited... and waited," said the mayor of the small riverside town.`},
		{"not a date", "— Jo Reyes (@joreyes) says the parade drew thousands of people.", false,
			"Jo Reyes (@joreyes) says the parade drew thousands of people."},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := trimEdges(tc.in, tc.first, &p); got != tc.want {
				t.Errorf("trimEdges(%q) =\n%q, want\n%q", tc.in, got, tc.want)
			}
		})
	}
	off := DefaultTuning()
	off.Trims = 0
	if in := "• The mayor opened the new library."; trimEdges(in, true, &off) != in {
		t.Error("trimEdges changed a sentence with every step off")
	}
}

func FuzzTrimEdges(f *testing.F) {
	for _, s := range []string{"• A b c d e f g.", "[ a b c ] d e f g h i.", "[ unclosed a b c d e f", "x (@y) May 1, 2020 a b c d e f.", "(CNN) — a b c d e f g.",
		"İİİ (cnn) a b c d e f g h.", "A, B. — c d e f g h.", "( unclosed credit a b c d e f", ""} {
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, s string, first bool) {
		p := DefaultTuning()
		out := trimEdges(s, first, &p)
		if len(out) > len(s)+3 {
			t.Errorf("trimEdges grew %q to %q", s, out)
		}
	})
}
