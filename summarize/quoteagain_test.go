package summarize

import "testing"

func TestPruneRepeatsQuotesAgain(t *testing.T) {
	lead := "Ilse Varga, the harbour master of Tarnwick, has been told she has a rare blood cancer, and she said she remains \"the luckiest harbour master I know.\""
	tests := []struct {
		name string
		text string
		want bool // dropped
	}{
		{"the line quoted again", "\"I remain the luckiest harbour master I know,\" the former ferry captain told the Courier in a written statement on her sixtieth birthday.", true},
		{"a title quoted again", "The ferry \"luckiest harbour master of the north\" was named for the former ferry captain.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if dropped := prunedBeforeOpening(t, lead, tt.text); dropped != tt.want {
				t.Errorf("dropped = %v, want %v", dropped, tt.want)
			}
		})
	}
}

func TestOwnWords(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"\"I remain the luckiest harbour master I know,\" Varga said.", true},
		{"\"We will rebuild the pier by May,\" Varga said.", true},
		{"\"The pier does not need a new roof,\" Varga said.", true},
		{"Varga sang \"the harbour lights of Tarnwick\" at the gala.", false},
		{"Varga said she was fine.", false},
	}
	for _, tt := range tests {
		if got := ownWords(tt.text); got != tt.want {
			t.Errorf("ownWords(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
