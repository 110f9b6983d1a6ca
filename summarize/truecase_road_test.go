package summarize

import "testing"

func TestRaiseRoadNumbersIn(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"interstate", "A van rolled over on interstate 17 near Halvern.", "A van rolled over on Interstate 17 near Halvern."},
		{"highway with a comma", "They closed highway 9, the only road north.", "They closed Highway 9, the only road north."},
		{"route with a letter", "Drive east on route 12b to Orla.", "Drive east on Route 12b to Orla."},
		{"state highway", "It happened on state highway 44 in Brill.", "It happened on State Highway 44 in Brill."},
		{"after U.S.", "a diner along U.S. highway 7 in Marsh", "a diner along U.S. Highway 7 in Marsh"},
		{"a bus route", "She rode bus route 4 each day.", "She rode bus route 4 each day."},
		{"a count", "The route 3 miles long crosses the hills.", "The route 3 miles long crosses the hills."},
		{"no number", "The highway was closed for hours.", "The highway was closed for hours."},
		{"a year", "The highway 2016 plan stalled.", "The highway 2016 plan stalled."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := raiseRoadNumbersIn(tt.in); got != tt.want {
				t.Errorf("raiseRoadNumbersIn(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
