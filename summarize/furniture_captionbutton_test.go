package summarize

import "testing"

func TestCutCaptionButton(t *testing.T) {
	tests := []struct {
		name, s, want string
	}{
		{"caption, button, credit and dateline", "Ferry hits the pier in Tarnwick view full caption jane roe/harbour news tarnwick — a ferry struck the pier on monday, injuring four passengers.",
			"A ferry struck the pier on monday, injuring four passengers."},
		{"button opens the sentence", "View full caption harbour news velmora -- the council voted on tuesday to close the old ferry terminal by june.",
			"The council voted on tuesday to close the old ferry terminal by june."},
		{"no dash after the button", "Ferry hits the pier view full caption jane roe/harbour news a ferry struck the pier on monday.",
			"Ferry hits the pier view full caption jane roe/harbour news a ferry struck the pier on monday."},
		{"dash too far after the button", "Ferry hits the pier view full caption the ferry from the island struck the old pier at dawn — four were hurt and taken to the county hospital.",
			"Ferry hits the pier view full caption the ferry from the island struck the old pier at dawn — four were hurt and taken to the county hospital."},
		{"too little story after the dash", "Ferry hits the pier view full caption tarnwick — four were hurt.",
			"Ferry hits the pier view full caption tarnwick — four were hurt."},
		{"no button", "The mayor asked for the full caption to be printed — the paper refused, saying it named a minor.",
			"The mayor asked for the full caption to be printed — the paper refused, saying it named a minor."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cutCaptionButton(tt.s); got != tt.want {
				t.Errorf("cutCaptionButton(%q) = %q, want %q", tt.s, got, tt.want)
			}
		})
	}
}
