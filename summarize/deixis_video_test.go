package summarize

import "testing"

func TestVideoPointer(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want bool
	}{
		{"can be seen above", "The handshake of the two ferry captains can be seen in the video above.", true},
		{"click above", "The vote is set for Friday at noon. click the video above to hear Ilse Varga explain why.", true},
		{"clip below as an aside", "All of the flyers, including the clip below, point readers to the campaign's site.", true},
		{"above clip", "Tomas Rell played a ferry captain in the first season, wearing a red cap in the above clip.", true},
		{"teaser", "Now, she explains why she left the band after twenty years.", true},
		{"opening tells what it shows", "In the video above, the mayor walks along the pier and greets the crew.", false},
		{"opening with a source", "In the clip below from a Velmora talk show, the host mocks the new fares.", false},
		{"parenthesis", "Harbour song ( video below ), written by two Tarnwick fishermen, has gone viral.", false},
		{"story's now", "Now, she says, the council must decide the fares by June.", false},
		{"no page", "The video shows the ferry leaving the pier above the old wall.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := videoPointer(tt.s); got != tt.want {
				t.Errorf("videoPointer(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}
