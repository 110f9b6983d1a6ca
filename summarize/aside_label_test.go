package summarize

import "testing"

func TestLabelAside(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want bool
	}{
		{"truism", "A truism: ferry captains never admit a late start.", true},
		{"lower case", "a brief recap: in the last episode, Marla leaves the harbour town.", true},
		{"disclaimer", "A disclaimer: online reader polls like ours are not scientific.", true},
		{"an caveat", "An honest caveat: the account has not been verified by the site.", true},
		{"scene", "A Jeep pulls up: two men step out onto the gravel.", false},
		{"update names a thing", "A medical update: the skipper is resting at home.", false},
		{"quotation", `A reminder: "the ferry leaves at dawn," the captain said.`, false},
		{"figure", "A note: 12 ferries were cancelled on Sunday.", false},
		{"the label", "The reason: the pier had rotted through.", false},
		{"no colon", "A truism about ferries is that they run late.", false},
		{"long head", "A very long and winding note: nothing here.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := labelAside(tt.s); got != tt.want {
				t.Errorf("labelAside(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}
