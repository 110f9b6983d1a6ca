package summarize

import "testing"

func TestCutNowOpening(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want string
	}{
		{"a name", "Now Anna Varga is suing the Tarnwick ferry company.", "Anna Varga is suing the Tarnwick ferry company."},
		{"a name and an age", "Now Anna Varga, 74, stands charged with theft.", "Anna Varga, 74, stands charged with theft."},
		{"a group", "Now an anglers' club has filed a complaint with the harbour board.", "An anglers' club has filed a complaint with the harbour board."},
		{"lower case", "Now tarnwick council has voted to close the quay.", "Tarnwick council has voted to close the quay."},
		{"now that", "Now that the vote is over, the quay will close.", "Now that the vote is over, the quay will close."},
		{"now in", "Now in its third season, the regatta draws 5,000 people.", "Now in its third season, the regatta draws 5,000 people."},
		{"a distance", "Now 40 miles from shore, the trawler is drifting.", "Now 40 miles from shore, the trawler is drifting."},
		{"available", "Now available in Tarnwick and Orvale, the app lists tides.", "Now available in Tarnwick and Orvale, the app lists tides."},
		{"showing", "Now showing at the Tarnwick Lyceum: a film about the harbour.", "Now showing at the Tarnwick Lyceum: a film about the harbour."},
		{"comma", "Now, the council has voted to close the quay.", "Now, the council has voted to close the quay."},
		{"a word with a comma", "Now retired, Anna Varga runs a bakery on the quay.", "Now retired, Anna Varga runs a bakery on the quay."},
		{"not an opening", "Anna Varga is now suing the ferry company.", "Anna Varga is now suing the ferry company."},
		{"nowhere", "Nowhere in Tarnwick is the water deeper.", "Nowhere in Tarnwick is the water deeper."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := cutNowOpening(tt.s)
			if got != tt.want || ok != (tt.want != tt.s) {
				t.Errorf("cutNowOpening(%q) = %q, %v, want %q", tt.s, got, ok, tt.want)
			}
		})
	}
}
