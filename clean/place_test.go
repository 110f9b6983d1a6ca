package clean

import "testing"

func TestCutColonDateline(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"lower-case text", "Singapore: the city's new ferry terminal opened on monday.", "The city's new ferry terminal opened on monday."},
		{"capitals", "KUALA LUMPUR: A court on friday freed the harbour pilot.", "A court on friday freed the harbour pilot."},
		{"two words", "New delhi: a fire broke out in a warehouse near the old market.", "A fire broke out in a warehouse near the old market."},
		{"not a listed place", "Westvale: the ferry will run again in may.", "Westvale: the ferry will run again in may."},
		{"a speaker", "Walker: you know, we waited all night for the boat.", "Walker: you know, we waited all night for the boat."},
		{"too short after", "London: rain again.", "London: rain again."},
		{"no colon", "London is wet in the spring and dry in the summer.", "London is wet in the spring and dry in the summer."},
		{"place later", "The mayor of Sydney: a profile of the man who rebuilt the pier.", "The mayor of Sydney: a profile of the man who rebuilt the pier."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := stripDateline(tt.in); got != tt.want {
				t.Errorf("stripDateline(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestIsDatelinePlace(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"Singapore", true}, {"KUALA LUMPUR", true}, {"new delhi", true}, {"New york", true}, {"WASHINGTON", true}, {"st. louis", true},
		{"Austin", false}, {"Charlotte", false},
		{"Walker", false}, {"Update", false}, {"", false}, {"a place name far too long to be listed", false},
	} {
		if got := IsDatelinePlace(tt.s); got != tt.want {
			t.Errorf("IsDatelinePlace(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestParagraphsColonDateline checks the whole cleaner keeps the lede
// after a colon dateline.
func TestParagraphsColonDateline(t *testing.T) {
	got := Paragraphs("Lucknow: a court on tuesday freed the two ferry pilots held since march.\n\nThe pilots had denied the charges.")
	want := []string{"A court on tuesday freed the two ferry pilots held since march.", "The pilots had denied the charges."}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("Paragraphs = %q, want %q", got, want)
	}
}
