package summarize

import "testing"

// TestThanksLine checks that a thank-you with no speaker is found, and a
// cause told with "Thanks to" or a quoted thank-you is not.
func TestThanksLine(t *testing.T) {
	for _, tc := range []struct {
		name, s string
		want    bool
	}{
		{"patience", "Thank you for bearing with us while the ferry timetable is mended.", true},
		{"contact", "Thanks for writing in.", true},
		{"sponsor", "Thank you to Harbourline for backing this podcast.", true},
		{"cause", "Thanks to a late tide, the ferry reached Tarnwick at noon.", false},
		{"quoted", "\"Thank you for coming,\" the mayor said.", false},
		{"story", "The ferry reached Tarnwick at noon.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := thanksLine(tc.s); got != tc.want {
				t.Errorf("thanksLine(%q) = %v, want %v", tc.s, got, tc.want)
			}
		})
	}
}

// TestOnSalePlug checks that a plug for an issue or a ticket is found,
// and a line naming what an issue holds is not.
func TestOnSalePlug(t *testing.T) {
	for _, tc := range []struct {
		name, s string
		want    bool
	}{
		{"pick up", "Get the whole tale in this week's Harbour Weekly, on sale now!", true},
		{"link", "Seats for the regatta are on sale now: bit.ly/tarnregatta the race starts at noon.", true},
		{"issue", "Anna Varga is on the cover of the June issue, on sale now.", false},
		{"quoted", "\"It's on sale now!\" the clerk said.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := onSalePlug(tc.s); got != tc.want {
				t.Errorf("onSalePlug(%q) = %v, want %v", tc.s, got, tc.want)
			}
		})
	}
}
