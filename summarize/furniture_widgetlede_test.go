package summarize

import "testing"

func TestCutWidgetLede(t *testing.T) {
	tests := []struct {
		name, s, want string
	}{
		{"newsletter notice", "Could not subscribe, try again later invalid email a ferry captain who saved 40 passengers off Tarnwick has been given a medal.",
			"A ferry captain who saved 40 passengers off Tarnwick has been given a medal."},
		{"sign-up box", "Get the times of israel's daily edition by email and never miss our top stories free sign up the harbour board of Tarnwick voted on monday to close the old pier.",
			"The harbour board of Tarnwick voted on monday to close the old pier."},
		{"video share bar and length", "Facebook twitter google plus embed 2: 14 anna varga, the harbour pilot who found the wreck, is to marry the ferry's captain.",
			"Anna varga, the harbour pilot who found the wreck, is to marry the ferry's captain."},
		{"audio button, length and share bar", "Listen to article 3: 41 share this article facebook twitter linkedin email the Tarnwick ferry line ordered a review of its fares on monday.",
			"The Tarnwick ferry line ordered a review of its fares on monday."},
		{"audio button and length", "Listen to article 3: 05 a former harbour clerk was arrested on charges of selling the pier's plans.",
			"A former harbour clerk was arrested on charges of selling the pier's plans."},
		{"no length after the player", "Listen to article about the ferry strike, which the union called on monday for a week.",
			"Listen to article about the ferry strike, which the union called on monday for a week."},
		{"too little story", "Could not subscribe, try again later invalid email the pier closed.",
			"Could not subscribe, try again later invalid email the pier closed."},
		{"a prompt alone", "Could not subscribe, try again later invalid email",
			"Could not subscribe, try again later invalid email"},
		{"news about a sign-up", "Get the ferry timetable by email, the harbour board told passengers on monday after the strike.",
			"Get the ferry timetable by email, the harbour board told passengers on monday after the strike."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cutWidgetLede(tt.s); got != tt.want {
				t.Errorf("cutWidgetLede(%q) = %q, want %q", tt.s, got, tt.want)
			}
		})
	}
}
