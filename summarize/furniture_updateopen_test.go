package summarize

import "testing"

func TestCutUpdateOpening(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want string
	}{
		{"stars", "*** update *** The harbour board said Tuesday that the pier will reopen in May.",
			"The harbour board said Tuesday that the pier will reopen in May."},
		{"city time", "Update 3 p.m. Velmora time the mayor's office put out another note on the fares.",
			"The mayor's office put out another note on the fares."},
		{"zone", "updated 9:40 a.m. et the ferry left the pier an hour late with sixty people aboard.",
			"The ferry left the pier an hour late with sixty people aboard."},
		{"final with dashes", "Final update 6:25 pm — — – the council agreed on Friday to hear the fares case.",
			"The council agreed on Friday to hear the fares case."},
		{"prose update", "Update your maps before the ferry season opens on the first of May.",
			"Update your maps before the ferry season opens on the first of May."},
		{"a count", "Updated 40 times since March, the ferry timetable still lists the old pier.",
			"Updated 40 times since March, the ferry timetable still lists the old pier."},
		{"short rest", "*** update *** The pier reopens.", "*** update *** The pier reopens."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := cutUpdateOpening(tt.s)
			if got != tt.want || ok != (tt.want != tt.s) {
				t.Errorf("cutUpdateOpening(%q) = %q, %v, want %q", tt.s, got, ok, tt.want)
			}
		})
	}
}
