package summarize

import "testing"

func TestFillerVerdict(t *testing.T) {
	for _, tc := range []struct {
		name string
		s    string
		want bool
	}{
		{"movie", "The whole affair is like something out of a movie.", true},
		{"plot", "It reads like the plot of a thriller.", true},
		{"fiction", "Truly stranger than fiction.", true},
		{"nightmare", "This is every sailor's worst nightmare.", true},
		{"long with facts", "The heist at the harbour museum, like something out of a movie, netted the gang three paintings and a ship's bell.", false},
		{"figure", "The 40 stolen clocks are the stuff of legend.", false},
		{"quoted", `"The whole night was something out of a thriller," the skipper said.`, false},
		{"plain", "The ferry sank in the bay on monday.", false},
	} {
		if got := fillerVerdict(tc.s); got != tc.want {
			t.Errorf("%s: fillerVerdict(%q) = %v, want %v", tc.name, tc.s, got, tc.want)
		}
	}
}
