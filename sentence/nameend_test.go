package sentence

import "testing"

func TestNameEndGoesOn(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"firm then a day and a verb", "Shares of Westvale Ferry Co. On monday cut its fares. Riders cheered.",
			[]string{"Shares of Westvale Ferry Co. On monday cut its fares.", "Riders cheered."}},
		{"firm then a phrase with no clause", "The timetable was drawn up by Harbour Lines Inc. For the winter season. It is short.",
			[]string{"The timetable was drawn up by Harbour Lines Inc. For the winter season.", "It is short."}},
		{"firm then a new sentence with a comma", "The pier belongs to Harbour Lines Inc. On monday, the mayor visited it.",
			[]string{"The pier belongs to Harbour Lines Inc.", "On monday, the mayor visited it."}},
		{"person then a phrase", "The prize went to Tom Roe Jr. In 2031. He kept it.",
			[]string{"The prize went to Tom Roe Jr. In 2031.", "He kept it."}},
		{"person then also and a verb", "Anna Varga and Tom Roe Jr. Also were hurt. Both recovered.",
			[]string{"Anna Varga and Tom Roe Jr. Also were hurt.", "Both recovered."}},
		{"person then also and a comma", "The award went to Tom Roe Jr. Also, the pier reopened.",
			[]string{"The award went to Tom Roe Jr.", "Also, the pier reopened."}},
		{"street then a verb after the phrase's comma", "The house at 12 Harbour Ave. In tarnwick, caught fire on sunday.",
			[]string{"The house at 12 Harbour Ave. In tarnwick, caught fire on sunday."}},
		{"street then a credit after the comma", "He robbed a shop at 4 Quay St. In tarnwick, police said.",
			[]string{"He robbed a shop at 4 Quay St. In tarnwick, police said."}},
		{"street then an apposition after the comma", "She rang a flat at 4 Quay Rd. In tarnwick, a known drug den, according to police.",
			[]string{"She rang a flat at 4 Quay Rd. In tarnwick, a known drug den, according to police."}},
		{"state then a caption's date", "Anna Varga walks her dog in Tarnwick, Ore. On thursday, feb. 14, 2030. The ferry sank.",
			[]string{"Anna Varga walks her dog in Tarnwick, Ore. On thursday, feb. 14, 2030.", "The ferry sank."}},
		{"state then a new sentence", "The ferry sank off Tarnwick, Ore. In 2030, the town built a pier.",
			[]string{"The ferry sank off Tarnwick, Ore.", "In 2030, the town built a pier."}},
		{"state-like word with no comma", "The captain was taken ill. In some towns the ferry waited.",
			[]string{"The captain was taken ill.", "In some towns the ferry waited."}},
		{"state then a place's comma inside the phrase", "Police met at 9 Quay St. After they had walked down Elm in tarnwick, ore. On friday.",
			[]string{"Police met at 9 Quay St. After they had walked down Elm in tarnwick, ore. On friday."}},
		{"firm then a relative that", "The flat was above Quay Bakery Co. That doubled as an office. It closed.",
			[]string{"The flat was above Quay Bakery Co. That doubled as an office.", "It closed."}},
		{"firm then a demonstrative that", "The pier belongs to Harbour Lines Inc. That was a surprise.",
			[]string{"The pier belongs to Harbour Lines Inc.", "That was a surprise."}},
		{"person then did not", "The letter came from Tom Roe Jr. Did not say why. It was short.",
			[]string{"The letter came from Tom Roe Jr. Did not say why.", "It was short."}},
		{"person then a question", "The letter came from Tom Roe Jr. Did he write it?",
			[]string{"The letter came from Tom Roe Jr.", "Did he write it?"}},
		{"firm then an object", "The council awarded Westvale Ferry Co. A $3 million contract. Work starts soon.",
			[]string{"The council awarded Westvale Ferry Co. A $3 million contract.", "Work starts soon."}},
		{"firm then a sentence with a verb", "The council hired Westvale Ferry Co. A spokesman declined to comment.",
			[]string{"The council hired Westvale Ferry Co.", "A spokesman declined to comment."}},
		{"party tag outside parentheses", "Sen. Anna Varga, R-Ore. Speaks at a rally in tarnwick. The ferry sank.",
			[]string{"Sen. Anna Varga, R-Ore. Speaks at a rally in tarnwick.", "The ferry sank."}},
		{"party tag then a new sentence", "The bill came from Sen. Anna Varga, R-Ore. The ferry sank.",
			[]string{"The bill came from Sen. Anna Varga, R-Ore.", "The ferry sank."}},
		{"clock's colon is no break", "Guests met at 4 Harbour St. At about 7: 40 p.m. For a wedding when the lights went out.",
			[]string{"Guests met at 4 Harbour St. At about 7: 40 p.m. For a wedding when the lights went out."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Split(tt.in)
			if !equal(got, tt.want) {
				t.Errorf("Split(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
			checkInvariants(t, tt.in, got)
		})
	}
}
