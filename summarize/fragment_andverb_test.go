package summarize

import "testing"

// TestAndVerbPiece: a verb after "And"/"But" with no subject leaves the
// candidates; a subject after the conjunction keeps the sentence.
func TestAndVerbPiece(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"And hires her old crew to run the mill.", true},
		{"But refuses to sell the pier.", true},
		{"And finds the deed in a drawer.", true},
		{"And gave the keys to the harbour board.", true},
		{"But did not say why.", true},
		{"And said he would run again.", true},
		{"But officials say the ferry is safe.", false},
		{"But officials in Velm said no.", false},
		{"And sometimes the ferry is late.", false},
		{"But as the crew left, the mill burned.", false},
		{"And this is the last ferry.", false},
		{"Yet signs the mill was failing were clear.", false},
		{"But Rells the ferryman was not.", false},
		{"And plans to rebuild the pier were dropped.", false},
		{"And then she left.", false},
		{"And writes?", false},
	}
	for _, tt := range tests {
		if got := andVerbPiece(tt.s); got != tt.want {
			t.Errorf("%q: got %v, want %v", tt.s, got, tt.want)
		}
	}
}
