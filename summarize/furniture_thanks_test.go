package summarize

import "testing"

// TestThanksLine checks that a thank-you with no speaker is found, and a
// cause told with "Thanks to" or a quoted thank-you is not.
func TestThanksLine(t *testing.T) {
	for _, tc := range []struct {
		name, s string
		want    bool
	}{
		{"patience", "Thank you for your patience while we restore the ferry timetable.", true},
		{"contact", "Thanks for contacting us.", true},
		{"sponsor", "Thank you to Harbourline for sponsoring this week's episode.", true},
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
		{"pick up", "For the whole story pick up the new Harbour Weekly, on sale now!", true},
		{"link", "Tickets for the show are on sale now: bit.ly/ferryshow the musical stars Anna Varga.", true},
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
