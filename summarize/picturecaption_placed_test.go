package summarize

import "testing"

func TestClosingPlacedDate(t *testing.T) {
	tests := []struct {
		name, s string
		want    bool
	}{
		{"scene in the present", "Anna Varga speaks at the harbour gala on May 7, 2012 in Tarnwick, Westshire.", true},
		{"no verb", "Anna Varga at the harbour gala on March 3, 2015 in Tarnwick.", true},
		{"lower-cased place", "Anna varga speaks at the harbour gala on march 3, 2015, in tarnwick, westshire.", true},
		{"abbreviated region", "Anna Varga speaks at the harbour office on May 7, 2012 in Tarnwick, Wsh.", true},
		{"present scene verb of any kind", "Smoke drifts over the north quay during the harbour festival on March 3, 2015 in Tarnwick, Westshire.", true},
		{"no verb, opening in -ed", "Monogrammed towels at the Tarnwick harbour hotel before the gala on May 7, 2012 in Tarnwick, Westshire.", true},
		{"a list of names", "Anna Varga, Ilse Roe and Tom Hale on May 7, 2012 in Tarnwick.", true},
		{"verb of saying", "Anna Varga says the pier will reopen on May 7, 2012 in Tarnwick, Westshire.", false},
		{"past in -ed", "Anna Varga opened the pier on May 7, 2012 in Tarnwick, Westshire.", false},
		{"auxiliary in a clause", "The pier where the ferry was moored is shown on May 7, 2012 in Tarnwick, Westshire.", false},
		{"venue after the date", "Anna Varga speaks at the harbour gala on May 7, 2012 at the harbour hall in Tarnwick.", true},
		{"long venue after the date", "Anna Varga speaks on May 7, 2012 at the old harbour hall by the north quay in Tarnwick.", false},
		{"news in the past", "Anna Varga was born on May 7, 1962 in Tarnwick, Westshire.", false},
		{"past of a sinking", "The ferry sank off the north quay on March 3, 2015 in Tarnwick bay.", false},
		{"year alone", "Anna Varga speaks at the harbour gala in 2012 in Tarnwick.", false},
		{"place goes on", "Anna Varga speaks at the harbour gala on May 7, 2012 in Tarnwick before the vote.", false},
		{"place with a number", "Anna Varga speaks at the harbour gala on May 7, 2012 in Pier 39.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := datedCaption(tt.s); got != tt.want {
				t.Errorf("datedCaption(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}
