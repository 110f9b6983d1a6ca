package summarize

import (
	"slices"
	"testing"
)

// TestRatedCastHeader checks review headers with an empty rating and a
// cast list against sentences that share their words.
func TestRatedCastHeader(t *testing.T) {
	for _, tc := range []struct {
		name string
		s    string
		want bool
	}{
		{"four", "Harbour Lights (out of four) starring Ilse Varga, Oren Maddox and Tomas Rell.", true},
		{"digit spaced", "The ferry men ( out of 4 ) starring ilse varga, oren maddox and ana roe.", true},
		{"credit run in", "Ana Roe/Tarnwick pictures the ferry men (out of 5) starring Ilse Varga and Oren Maddox.", true},
		{"verb after", "Harbour Lights (out of four) starring Ilse Varga was the best film of the festival.", false},
		{"story", "The critic gave the film two stars (out of four), starring as it does an actor she has panned before.", false},
		{"no starring", "The panel rated the ferry plan a two (out of four) on safety.", false},
		{"stars digits", "Harbour Lights 3.5 stars starring Ilse Varga, Oren Maddox and Tomas Rell.", true},
		{"stars word", "The show has two new stars starring in its second season.", false},
		{"stars story", "The critics gave Harbour Lights 3 stars starring as it does Ilse Varga, who won last year.", false},
		{"starring roles", "Three (out of five) starring roles went to newcomers.", false},
		{"long title", "The long strange and very winding story of the night the ferry from Tarnwick sank off the pier (out of four) starring Ilse Varga.", false},
	} {
		if got := ratedCastHeader(tc.s); got != tc.want {
			t.Errorf("%s: ratedCastHeader(%q) = %v, want %v", tc.name, tc.s, got, tc.want)
		}
	}
}

// TestDropRatedCastHeaders: a header leaves when another chosen sentence
// names its title, and stays when it is the summary's one naming of the
// film.
func TestDropRatedCastHeaders(t *testing.T) {
	header := "Harbour Lights (out of four) starring Ilse Varga, Oren Maddox and Tomas Rell."
	named := introCluster(header,
		"The ferry men of the north coast meet their match in a storm.",
		"The debut of a Tarnwick director, Harbour Lights is a slow, tender film.")
	if got, want := named.dropRatedCastHeaders([]int{0, 1, 2}), []int{1, 2}; !slices.Equal(got, want) {
		t.Errorf("title named: %v, want %v", got, want)
	}
	unnamed := introCluster(header, "A ferry boss talks them into one last crossing before the storm.")
	if got, want := unnamed.dropRatedCastHeaders([]int{0, 1}), []int{0, 1}; !slices.Equal(got, want) {
		t.Errorf("title not named: %v, want %v", got, want)
	}
}
