package summarize

import "testing"

func TestRaiseStateAgenciesIn(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"highway patrol", "the Nevada highway patrol said the driver fled.", "the Nevada Highway Patrol said the driver fled."},
		{"possessive", "a Utah highway patrol's cruiser", "a Utah Highway Patrol's cruiser"},
		{"comma after", "troopers of the Iowa highway patrol, who arrived", "troopers of the Iowa Highway Patrol, who arrived"},
		{"state police", "Vermont state police found the car.", "Vermont State Police found the car."},
		{"two-word state", "the New Mexico state police said", "the New Mexico State Police said"},
		{"state patrol", "a Washington state patrol trooper", "a Washington State Patrol trooper"},
		{"state low", "the ohio highway patrol said", "the ohio highway patrol said"},
		{"not a state", "the Orvani highway patrol said", "the Orvani highway patrol said"},
		{"punctuation between", "in Texas, state police said", "in Texas, state police said"},
		{"other noun", "a Texas highway crash", "a Texas highway crash"},
		{"state lawmakers", "Ohio state lawmakers voted", "Ohio state lawmakers voted"},
		{"already raised", "the Idaho State Police said", "the Idaho State Police said"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := raiseStateAgenciesIn(tt.in); got != tt.want {
				t.Errorf("raiseStateAgenciesIn(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
