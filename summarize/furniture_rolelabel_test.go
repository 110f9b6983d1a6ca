package summarize

import "testing"

// TestCutRoleLabel checks transcript role labels before a sentence, before
// a fragment and in news sentences that share their shape.
func TestCutRoleLabel(t *testing.T) {
	for _, tc := range []struct {
		name     string
		s        string
		want     string
		fragment bool
	}{
		{"host sentence", "Ilse Varga, host: the harbour board voted last night to close the old pier.",
			"The harbour board voted last night to close the old pier.", false},
		{"outlet host", "Oren Maddox, Channel 4 host: a surprise visit from the mayor.", "", true},
		{"byline", "Tomas Rell, byline: the ferry left the pier at dawn, and it never came back.",
			"The ferry left the pier at dawn, and it never came back.", false},
		{"heading run in", "Remembering the old ferry Ana Roe, host: the last ferry from Tarnwick has sailed after ninety years.",
			"The last ferry from Tarnwick has sailed after ninety years.", false},
		{"participle fragment", "Ilse Varga, Tarnwick news anchor: the mayor snubbing the council again and doing it in public.", "", true},
		{"short turn", "Oren Maddox, host: he was right.", "", true},
		{"guest", "Ana Roe, senator: we will fund the pier.", "", false},
		{"colon in story", "In business, trust is everything: a single bad ferry can ruin a harbour.", "", false},
		{"stopword role", "Ilse Varga, the host: the pier is closed for the winter season.", "", false},
		{"said", "Tomas Rell, the host, said: the pier is closed for the winter season.", "", false},
		{"quote before", "\"We are done,\" Ilse Varga, host: the pier is closed for the winter season.", "", false},
		{"one word", "Tonight, host: the pier is closed for the winter season.", "", false},
	} {
		got, ok := cutRoleLabel(tc.s)
		if tc.want == "" && (ok || got != tc.s) || tc.want != "" && (!ok || got != tc.want) {
			t.Errorf("%s: cutRoleLabel(%q) = %q, %v; want %q", tc.name, tc.s, got, ok, tc.want)
		}
		if f := roleLabelFragment(tc.s); f != tc.fragment {
			t.Errorf("%s: roleLabelFragment(%q) = %v, want %v", tc.name, tc.s, f, tc.fragment)
		}
	}
}
