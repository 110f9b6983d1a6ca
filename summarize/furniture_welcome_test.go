package summarize

import "testing"

func TestCutWelcome(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"site line", "Welcome to the tarnwick ferry society's website.", ""},
		{"greeting", "Hello and welcome to the harbour archive project.", ""},
		{"owner after", "Welcome to the official site of the westvale rowing club (wrc).", ""},
		{"live blog", "Welcome to our live blog, where we will follow the regatta as it happens.", ""},
		{"story run in", "Welcome to the westvale rowing club site the club was founded in 1921 by four fishermen from the harbour.",
			"The club was founded in 1921 by four fishermen from the harbour."},
		{"place", "Welcome to westvale, where the ferries run late and the harbour site is a ruin.",
			"Welcome to westvale, where the ferries run late and the harbour site is a ruin."},
		{"era", "Welcome to the age of the electric ferry: tarnwick launched its first on monday.",
			"Welcome to the age of the electric ferry: tarnwick launched its first on monday."},
		{"page without home", "Welcome to the page turner of the season, a novel about a lighthouse keeper.",
			"Welcome to the page turner of the season, a novel about a lighthouse keeper."},
		{"quoted", `The mayor wrote: "welcome to the new harbour website."`, `The mayor wrote: "welcome to the new harbour website."`},
		{"inside sentence", "Visitors said they felt welcome to the shop on the pier.", "Visitors said they felt welcome to the shop on the pier."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cutWelcome(tt.in); got != tt.want {
				t.Errorf("cutWelcome(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}
