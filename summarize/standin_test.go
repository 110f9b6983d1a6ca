package summarize

import "testing"

func TestPieceOfText(t *testing.T) {
	for _, tc := range []struct {
		name string
		s    string
		want bool
	}{
		{"credit slash", "Ilse Marrow / flickr share this story, friends.", true},
		{"agency photo", "The harbour at dawn (ap photo/jan roe) shows the damage.", true},
		{"infinitive fragment", "Nonprofit guild to exploit and gain from the slow ruin of the old mill.", true},
		{"headline infinitive", "Tarnwick council to vote on ferry fares.", true},
		{"noun and infinitive with verb", "The decision to close the ferry was made on Monday.", false},
		{"verb before to", "The council agreed to close the ferry.", false},
		{"whole sentence", "The ferry to Ostrel will stop running next month.", false},
		{"pronoun", "He is expected to resign.", false},
		{"preposition to", "According to the ferry log, the crossing took four hours.", false},
		{"list of dates", "June, 2031 july, 2031 august, 2031 brenmoor ferry.", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := pieceOfText(tc.s); got != tc.want {
				t.Errorf("pieceOfText(%q) = %v, want %v", tc.s, got, tc.want)
			}
		})
	}
}

func TestAddsCircumstance(t *testing.T) {
	open := "Two Brenmoor officers were charged in the shooting of a driver."
	for _, tc := range []struct {
		name string
		s    string
		want bool
	}{
		{"when", "Both officers had finished their shift when the driver was hit.", true},
		{"weekday", "The officers were charged on Tuesday in the shooting.", true},
		{"retold", "The officers face charges over the driver's shooting.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := addsCircumstance(tc.s, open); got != tc.want {
				t.Errorf("addsCircumstance(%q) = %v, want %v", tc.s, got, tc.want)
			}
		})
	}
}
