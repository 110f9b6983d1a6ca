package summarize

import "testing"

func TestLeanOpening(t *testing.T) {
	tests := []struct {
		name, in, want string
		ok             bool
	}{
		{"contrast word", "Still, the harbour council voted to close the pier on Monday.", "The harbour council voted to close the pier on Monday.", true},
		{"stance word", "Unfortunately, the ferry to Velmora never left the dock that week.", "The ferry to Velmora never left the dock that week.", true},
		{"phrase", "Of course, the mayor of Tarnwick denied any part in the plan.", "The mayor of Tarnwick denied any part in the plan.", true},
		{"lower-cased text", "what's more, the pier was closed for three more weeks.", "The pier was closed for three more weeks.", true},
		{"even and a comparative", "Even crazier, the goat may have been on the roof for three days.", "The goat may have been on the roof for three days.", true},
		{"focus on the subject", "Even the mayor admitted that the pier would close.", "", false},
		{"no comma", "Still the pier stays closed to the public this winter.", "", false},
		{"clause after even", "Even after the vote, the council kept the pier open all year.", "", false},
		{"quoted", "\"Unfortunately, it was too late to stop the ferry,\" the mayor said.", "", false},
		{"conjunction next", "Of course, but the council never said so in public, he said.", "", false},
		{"curly quotation next", "Still, “the pier will close,” the harbour master told the council on Monday.", "", false},
		{"too short", "Sure enough, it sank.", "", false},
		{"concession kept", "Sure, the pier is old, but the council still wants it open.", "", false},
		{"interjection left to chatOpening", "Yup, the Tarnwick council did indeed vote to close the pier.", "", false},
		{"writer's aside", "Needless to say, the ferry crew made no new friends in Velmora.", "The ferry crew made no new friends in Velmora.", true},
		{"aside of two words", "Let's face it, not many harbour towns still run a night ferry.", "Not many harbour towns still run a night ferry.", true},
		{"answer kept", "Yes, the harbour council was wrong about the pier all along.", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := leanOpening(tt.in)
			if ok != tt.ok || got != tt.want {
				t.Errorf("leanOpening(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestCutAside(t *testing.T) {
	tests := []struct {
		name, in, want string
		ok             bool
	}{
		{"writer's aside", "Honestly, the pier reopened to the public on Monday morning.", "The pier reopened to the public on Monday morning.", true},
		{"stance adverb", "Remarkably, the old ferry has run every day for forty years.", "The old ferry has run every day for forty years.", true},
		{"a link to the sentence before", "Still, the harbour council voted to close the pier on Monday.", "", false},
		{"conjunction next", "Frankly, so the council never said so in public, he said.", "", false},
		{"quoted", "\"Frankly, the pier is closed for now,\" the harbour master said.", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := cutAside(tt.in)
			if ok != tt.ok || got != tt.want {
				t.Errorf("cutAside(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}
