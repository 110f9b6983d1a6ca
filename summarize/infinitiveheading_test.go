package summarize

import "testing"

func TestInfinitiveHeading(t *testing.T) {
	for _, tc := range []struct {
		name string
		s    string
		want bool
	}{
		{"time to", "The best time to sail out of Tarnwick on the morning tide.", true},
		{"day to", "A full day to mend, paint and launch.", true},
		{"list item", "The right way to tie a bowline 2.", true},
		{"plural after preposition", "The ideal time to haul the nets from boats.", true},
		{"verb in -s", "The best way to see Tarnwick remains the ferry.", false},
		{"finite verb", "The best time to sail is the morning tide.", false},
		{"past verb", "The chance to sail ended when the storm came.", false},
		{"plural subject plans", "The three crews plan to sail on Friday.", false},
		{"verb before the noun", "The regattas bring a chance to see the harbour.", false},
		{"no infinitive", "The best time of the year in Tarnwick.", false},
		{"quoted", "\"The right time to sail.\"", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := infinitiveHeading(tc.s); got != tc.want {
				t.Errorf("infinitiveHeading(%q) = %v, want %v", tc.s, got, tc.want)
			}
		})
	}
}
