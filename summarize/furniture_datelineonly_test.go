package summarize

import "testing"

func TestDatelineOnly(t *testing.T) {
	tests := []struct {
		name, in string
		want     bool
	}{
		{"agency's feature brand", "Tarnwick, Vermont (Reuters Life!)", true},
		{"tokenized parenthesis", "Tarnwick, vermont ( reuters life! )", true},
		{"plain agency", "Tarnwick (AP)", true},
		{"story after the dateline", "Tarnwick (Reuters Life!) - the ferry board voted on monday.", false},
		{"a name's parenthesis", "Anna Varga (Tarnwick)", false},
		{"a sentence ending in a parenthesis", "The ferry board met on monday in Tarnwick (AP).", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := datelineOnly(tt.in); got != tt.want {
				t.Errorf("datelineOnly(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}
