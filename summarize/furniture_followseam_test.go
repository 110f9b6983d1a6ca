package summarize

import "testing"

// TestCutFollowSeam checks the headline, byline and follow button cut
// before a lede against follow buttons that stand elsewhere.
func TestCutFollowSeam(t *testing.T) {
	for _, tc := range []struct {
		s, want string
		cut     bool
	}{
		{"Harbour pier to close after storm the town's oldest landmark is in danger Ilse Varga follow @ilsevarga by the Tarnwick council voted on Monday to close the old pier.",
			"The Tarnwick council voted on Monday to close the old pier.", true},
		{"Velmora ferry sold to rival firm deal with dana whitlock Tomas Brell follow @tbrell by: Velmora's ferry line has been sold to a rival for $4 million.",
			"Velmora's ferry line has been sold to a rival for $4 million.", true},
		// the head named the person in full; the summary wrote the surname alone
		{"whitlock buys ferry line yes, the pier is in business with dana whitlock tomas brell follow @tbrell by whitlock is buying the velmora ferry line from the council.",
			"Dana whitlock is buying the velmora ferry line from the council.", true},
		{"For news of the harbour, visit the council's page and follow @tarnwick_council on twitter.", "", false},
		{"Pier closes Ilse Varga follow @ilsevarga by Monday.", "", false},
		{"Pier closes Ilse Varga follow @ilsevarga by @tbrell and the council agreed to close the pier.", "", false},
		{"Fans who follow @velmoranews by the thousands saw the pier close on Monday night.", "", false},
	} {
		got, cut := cutFollowSeam(tc.s)
		if !tc.cut {
			tc.want = tc.s
		}
		if got != tc.want || cut != tc.cut {
			t.Errorf("cutFollowSeam(%q) = %q, %v, want %q, %v", tc.s, got, cut, tc.want, tc.cut)
		}
	}
}
