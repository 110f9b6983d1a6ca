package summarize

import "testing"

// TestCutStationTeaser checks that a station's credit to its reporter
// opening a sentence is cut, and a newspaper's credit or prose is left.
func TestCutStationTeaser(t *testing.T) {
	for _, tc := range []struct {
		name, s, want string
	}{
		{"learns that", "Channel 9's Ana Roe learns that the ferry was never inspected by the board.", "The ferry was never inspected by the board."},
		{"reports", "Kvlr 1040's Oren Maddox reports the pier will close for a month.", "The pier will close for a month."},
		{"as", "As WTAR 5's Ana Roe reports, the pier will close for a month.", "The pier will close for a month."},
		{"as without comma", "As WTAR 5's Ana Roe reports the pier will close for a month.", "As WTAR 5's Ana Roe reports the pier will close for a month."},
		{"newspaper", "The Herald's Ana Roe reports the pier will close for a month.", "The Herald's Ana Roe reports the pier will close for a month."},
		{"reports on", "Channel 9's Ana Roe reports on the ferry captain's arrest and his first court appearance.", "Channel 9's Ana Roe reports on the ferry captain's arrest and his first court appearance."},
		{"short", "Channel 9's Ana Roe reports the pier closed.", "Channel 9's Ana Roe reports the pier closed."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got, _ := cutStationTeaser(tc.s); got != tc.want {
				t.Errorf("cutStationTeaser(%q) = %q, want %q", tc.s, got, tc.want)
			}
		})
	}
}

// TestReporterTeaserOnly checks that a video's teaser naming its reporter
// is found, and a source's words told to the outlet are not.
func TestReporterTeaserOnly(t *testing.T) {
	for _, tc := range []struct {
		name, s string
		want    bool
	}{
		{"has more", "WTAR News' Anna Varga has more on the pier's closing.", true},
		{"tells us what", "Harbourcast's Peter Rell tells us what the harbour board decided.", true},
		{"takes a look", "Today's Anna Varga takes a look at the ferry fans of Tarnwick.", true},
		{"reports on", "Channel 9's Ana Roe reports on the ferry captain's arrest and his first court appearance.", true},
		{"fact told to us", "The mayor's spokesman Peter Rell tells us that the pier will close in May.", false},
		{"not a given name", "The harbour's ferry board has more on its site.", false},
		{"quoted", "Harbourcast's Peter Rell tells us what \"closed\" means.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := reporterTeaserOnly(tc.s); got != tc.want {
				t.Errorf("reporterTeaserOnly(%q) = %v, want %v", tc.s, got, tc.want)
			}
		})
	}
}
