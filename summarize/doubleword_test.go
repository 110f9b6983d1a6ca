package summarize

import "testing"

func TestCutDoubledWord(t *testing.T) {
	for _, c := range []struct {
		in, want string
		cut      int
	}{
		{"The ferry sailed, according to the the harbour office.", "The ferry sailed, according to the harbour office.", 1},
		{"The the ferry sailed.", "The ferry sailed.", 1},
		{"Water may rise from one foot to to three feet because because of the melt.", "Water may rise from one foot to three feet because of the melt.", 2},
		{"They tried to sneak in in a van.", "They tried to sneak in in a van.", 0},
		{"She said that that plan had had its day.", "She said that that plan had had its day.", 0},
		{"Fans of The The queued overnight.", "Fans of The The queued overnight.", 0},
		{"Suspect Omar Omar Tarn was held.", "Suspect Omar Omar Tarn was held.", 0},
		{"It was the the.", "It was the the.", 0},
		{"the", "the", 0},
	} {
		got, n := cutDoubledWord(c.in)
		if got != c.want || n != c.cut {
			t.Errorf("cutDoubledWord(%q) = %q, %d; want %q, %d", c.in, got, n, c.want, c.cut)
		}
	}
}
