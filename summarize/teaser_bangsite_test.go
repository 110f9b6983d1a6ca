package summarize

import "testing"

func TestBangSiteCut(t *testing.T) {
	for _, tc := range []struct {
		name string
		s    string
		want bool
	}{
		{"tells outlet", "But a friend of the singer tells Gx!", true},
		{"told lower case", "a cousin of the skipper told zq!", true},
		{"according to", "The pair have split, according to Gx!", false},
		{"told after the claim", "The pair split in may, a friend told Gx!", false},
		{"quote before", `"We won," the coach told Gx!`, false},
		{"exclamation", "The ferry is back in service at last!", false},
		{"tell me", "Tell me!", false},
		{"two bangs", "A neighbour told Gx!!", false},
	} {
		if got := bangSiteCut(tc.s); got != tc.want {
			t.Errorf("%s: bangSiteCut(%q) = %v, want %v", tc.name, tc.s, got, tc.want)
		}
	}
}
