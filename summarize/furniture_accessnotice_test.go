package summarize

import "testing"

func TestAccessNoticeOnly(t *testing.T) {
	tests := []struct {
		name, s string
		want    bool
	}{
		{"subscriber", "If you are a current 7-day subscriber you are granted an all-access pass to the website and the digital replica.", true},
		{"metered", "Website visitors may access up to five articles a month for free without a subscription.", true},
		{"no access", "References you do not have subscription access to this journal.", true},
		{"sign up", "Please click sign up to subscribe, or login if you are already a member.", true},
		{"login", "You will use your email address to login.", true},
		{"sign in now", "Best of Harbourtube sign in now to see your channels and recommendations!", true},
		{"filtered", "Comments are filtered for language and registration is required.", true},
		{"report", "Readers may report inappropriate comments by clicking the report abuse link next to a comment.", true},
		{"leave", "Leave a question or comment for today's live chat, or in the comments section below.", true},
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
