package summarize

import "testing"

// TestAbbrevCutOff checks which last sentences ending on an abbreviation
// read as cut off; invented sentences.
func TestAbbrevCutOff(t *testing.T) {
	for _, tt := range []struct {
		name string
		text string
		want bool
	}{
		{"clause after said that", "The mayor of Dunmore on tuesday said that the u.s.", true},
		{"clause after as", "The harbor talks resume as the u.k.", true},
		{"title before a lost name", "The bill was backed by ferry riders and by state sen.", true},
		{"reporting title", "\"We will not wait for the board,\" said mr.", true},
		{"month without a day", "A rower rests on the dock at Lake Orrin, Friday, feb.", true},
		{"relative clause only", "The ferry captain, who now lives in Harlow, Colo.", true},
		{"place at the end", "The ferry line is the oldest of its kind in the u.s.", false},
		{"moved to", "Her family later moved to the u.s.", false},
		{"state at the end", "The rowers trained on a lake near Harlow, Colo.", false},
		{"company at the end", "The suit also names the ferry operator, Dunmore Marine Inc.", false},
		{"relative clause in a whole sentence", "Riders thanked the captain, who now lives in Harlow, Colo.", false},
		{"street", "The ferry office sits at 40 Quay St.", false},
		{"plain sentence", "The ferry sailed on time.", false},
		{"no closing period", "The ferry sailed on time and the", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := abbrevCutOff(tt.text); got != tt.want {
				t.Errorf("abbrevCutOff(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

// TestAbbrevCutOffGuards checks the whole sentences the rule keeps.
func TestAbbrevCutOffGuards(t *testing.T) {
	for _, s := range []string{
		"The singer thanked the rescuers through his rep.",
		"Look for the comet from 18 dec.",
		"The clips, which carried the title \"a day at the dock?\" showed rowers near Harlow, Colo.",
		"Rowing has grown steadily since the 1990s..",
	} {
		if abbrevCutOff(s) {
			t.Errorf("abbrevCutOff(%q) = true, want false", s)
		}
	}
}
