package summarize

import "testing"

func TestAboutOpening(t *testing.T) {
	for _, c := range []struct {
		name string
		s    string
		want bool
	}{
		{"show box", "About the show the harbour hour with Anna Varga tackles the week's news.", true},
		{"us box", "About us since 1988, the Tarnwick trust has cared for the old lighthouse.", true},
		{"project box", "About this project the series was produced by students at the Tarnwick college.", true},
		{"logo box", "About our logo the trust's logo is one of the best known signs in the county.", true},
		{"cut after verb", "About the ferry and asked for more details.", true},
		{"cut relative", "About the crash, which happened near the pier.", true},
		{"cut bare", "About the closing of the pier.", true},
		{"only", "About the only sure thing on Thursday was the pier closing.", false},
		{"time", "About the time the ferry left, the storm reached Tarnwick.", false},
		{"this time", "About this time of year, the harbour fills with yachts.", false},
		{"size", "About the size of a gull, the Tarnwick terns nest only on the pier.", false},
		{"number", "About 200 people gathered at the pier in Tarnwick.", false},
		{"fronted topic", "About the vote, the mayor said he had no regrets.", false},
		{"fronted name", "About the vote, Anna Varga said she had no regrets.", false},
		{"other opening", "Anna Varga spoke about the show on Tuesday.", false},
	} {
		if got := aboutOpening(c.s); got != c.want {
			t.Errorf("%s: aboutOpening(%q) = %v, want %v", c.name, c.s, got, c.want)
		}
	}
}
