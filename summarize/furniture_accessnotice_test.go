package summarize

import "testing"

func TestAccessNoticeOnly(t *testing.T) {
	tests := []struct {
		name, s string
		want    bool
	}{
		{"subscriber", "If you are a print subscriber, the Tarnwick Herald app comes free with it.", true},
		{"metered", "Harbourline readers can access up to three stories each week before a pass is needed.", true},
		{"no access", "Sorry, you do not have subscription access, so Tarnwick archive pages stay locked.", true},
		{"sign up", "Please click sign up to subscribe; Tarnwick members can log in above.", true},
		{"login", "Anna Varga, you will use your e-mail address to log in from now on.", true},
		{"sign in now", "Harbourtube picks sign in now to keep your Tarnwick tide alerts!", true},
		{"filtered", "Comments are filtered by Harbourline staff; registration is required to post.", true},
		{"report", "Tarnwick readers can report offensive comments with the flag beside each post.", true},
		{"leave", "Leave a question or comment for Anna Varga ahead of the Friday harbour chat.", true},
		{"paywall news", "The Tarnwick Herald will let readers see twenty free articles a month before asking them to subscribe.", false},
		{"subscription news", "Anna Varga cancelled her subscription to the Herald after the column ran.", false},
		{"login news", "Hackers stole the login details of 4,000 customers of the Tarnwick bank.", false},
		{"comments news", "The mayor's comments were filtered out of the broadcast, the station said.", false},
		{"quoted", `The bank told customers: "please log in to see your new statement."`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := accessNoticeOnly(tt.s); got != tt.want {
				t.Errorf("accessNoticeOnly(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}
