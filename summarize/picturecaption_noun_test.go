package summarize

import "testing"

func TestNounCaption(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want bool
	}{
		{"dated photo of", "An 1890 photo of Ilse Varga by a studio in Velmora.", true},
		{"screenshot", "A screenshot of the mayor's post about the ferry.", true},
		{"artist's impression", "An artist's impression of the new ferry terminal at Tarnwick.", true},
		{"participle before from", "A rendering of the harbour tower taken from the council's files.", true},
		{"file picture shows", "A file image from the harbour board shows the wreck of the old ferry.", true},
		{"this image shows", "This image released by the harbour board shows the wreck of the old ferry.", true},
		{"gone viral", "A photo of the mayor asleep at the council meeting has gone viral.", false},
		{"past verb", "A picture of the ferry garnered thousands of replies overnight.", false},
		{"irregular past", "A photo of the comet set the internet abuzz this week.", false},
		{"a photo shows news", "A photo from the meeting shows the mayor shaking hands with Tomas Rell.", false},
		{"plural noun", "The pictures from the flooded camp look like scenes from another century.", false},
		{"quotation", "A photo of the pier with the caption \"never again\".", false},
		{"no picture", "A study of the harbour by the council in 2019.", false},
		{"attributed", "A photo of the wreck from the board, the police say.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := nounCaption(tt.s); got != tt.want {
				t.Errorf("nounCaption(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}
