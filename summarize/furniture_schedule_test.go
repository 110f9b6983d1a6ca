package summarize

import "testing"

func TestScheduleLine(t *testing.T) {
	for _, tc := range []struct {
		name string
		s    string
		want bool
	}{
		{"scheduled to begin", "The harbour board's briefing is scheduled to start at 4 p.m.", true},
		{"planned for", "A pier-side news briefing is planned for 11 a.m. on Friday.", true},
		{"will begin", "The hearing will begin at 9:30 a.m. Monday.", true},
		{"will hold a news conference", "The harbour board will hold a news conference at noon.", true},
		{"spaced clock", "The sale was set for 5: 30pm in Tarnwick.", true},
		{"execution", "The execution is scheduled for 6 p.m. Thursday.", false},
		{"reopening", "The bridge is scheduled to reopen Monday at 4 a.m.", false},
		{"no clock", "That briefing is scheduled to begin on Friday.", false},
		{"no timetable verb", "The ferry sank at 2 p.m. near Tarnwick.", false},
		{"someone will speak", "The mayor will speak at 4 p.m. on Friday.", false},
		{"quoted", "\"The vote is set for 6 p.m.,\" Anna Varga said.", false},
		{"long sentence", "The ferry, which sank off Tarnwick in 1912, is set to be raised at 9 a.m. on Monday after a decade of appeals.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := scheduleLine(tc.s); got != tc.want {
				t.Errorf("scheduleLine(%q) = %v, want %v", tc.s, got, tc.want)
			}
		})
	}
}
