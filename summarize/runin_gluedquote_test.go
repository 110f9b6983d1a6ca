package summarize

import "testing"

func TestCutGluedQuoteHeadline(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"headline ends on a spaced quote", "Tarnwick mayor: no deal yet, but a vote is ' not far off'the mayor of Tarnwick has asked the council to meet again on Monday to settle the ferry fares.",
			"The mayor of Tarnwick has asked the council to meet again on Monday to settle the ferry fares."},
		{"title opens the lede", "Brask hits back, calls Varga ' a bit reckless'sen. Jon Brask on Friday called the harbour plan a waste of money and time.",
			"Sen. Jon Brask on Friday called the harbour plan a waste of money and time."},
		{"opening mark glued", "She starred in the long-running show'the harbour years ' and later moved to Tarnwick with her family.", ""},
		{"reported speech", "Varga told ' harbour radio'the plans were meant to be bold and ready for the busy summer season.", ""},
		{"stop in the head", "The ferry sank.'a sad day'the crew of the ferry was rescued by two fishing boats on Monday night.", ""},
		{"contraction", "The council's plan for the pier was approved by eight votes to three on Monday night in Tarnwick.", ""},
		{"short lede", "Ferry strike ' over soon'the union says.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := cutGluedQuoteHeadline(tt.in)
			want := tt.want
			if want == "" {
				want = tt.in
			}
			if got != want || ok != (tt.want != "") {
				t.Errorf("cutGluedQuoteHeadline(%q) = %q, %v; want %q", tt.in, got, ok, want)
			}
		})
	}
}
