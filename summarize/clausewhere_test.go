package summarize

import "testing"

func TestWherePiece(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want bool
	}{
		{"caption", "The shed where the missing hiker was found on Sunday morning.", true},
		{"caption in place", "The boathouse where Ilse Varga was found dead at the Tarnwick marina on Friday.", true},
		{"saying aside", "A barn where police say the pair hid for a week near Velmora.", true},
		{"past only", "The town where a gunman killed six people in May 2031.", true},
		{"in which", "The room in which the council of Tarnwick met in secret.", true},
		{"main verb aux", "The shed where the hiker was found has been torn down.", false},
		{"main verb past", "The home where the letters were found belonged to a retired pilot.", false},
		{"main verb present", "The farm where Varga lived until 2030 includes a mill.", false},
		{"main verb is", "The island where the poet is buried is to be sold.", false},
		{"comma", "The pier where the ferry sank, once the town's pride, is closed.", false},
		{"of where", "The mystery of where the bell was hidden is solved.", false},
		{"is where", "The town is where the poet was born in 1901.", false},
		{"no verb", "The shed where the hikers.", false},
		{"fragment in which", "An old tale in which the children of Tarnwick are the heroes.", true},
		{"base verb", "The town where fishermen live is small and windy.", false},
		{"verb in s", "The house where she lives was sold in March.", false},
		{"flows gives", "The speed in which the river flows gives the crew no time.", false},
		{"two pasts", "A man who recently died won the vote.", false},
		{"modal be was", "The room where it should be was empty.", false},
		{"contraction", "The pier where boats don't stop can close.", false},
		{"plain", "The ferry sank near the pier on Sunday morning.", false},
		{"quote", `The shed where "the ghost" was seen on Sunday.`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := wherePiece(tt.s); got != tt.want {
				t.Errorf("wherePiece(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}
