package summarize

import "testing"

func TestCutBuyPhotoLede(t *testing.T) {
	tests := []struct {
		name, s, want string
	}{
		{"button after a cut credit", "buy photo a ferry struck the Tarnwick pier on monday, injuring four passengers, the harbour board said.",
			"A ferry struck the Tarnwick pier on monday, injuring four passengers, the harbour board said."},
		{"button before a dateline", "buy photo tarnwick – more than 40 boats were pulled from the harbour after the storm on sunday.",
			"Tarnwick – more than 40 boats were pulled from the harbour after the storm on sunday."},
		{"caption opening its paragraph", "Buy photo Flyers about the missing ferry hand are handed out at the Tarnwick pier on saturday.",
			"Buy photo Flyers about the missing ferry hand are handed out at the Tarnwick pier on saturday."},
		{"a stamp after the button", "buy photo update 6 a.m.", "buy photo update 6 a.m."},
		{"a dateline alone", "buy photo tarnwick, ia", "buy photo tarnwick, ia"},
		{"a quote after the button", `buy photo "we never saw the ferry coming," said Anna Varga, who runs the pier cafe.`,
			`buy photo "we never saw the ferry coming," said Anna Varga, who runs the pier cafe.`},
		{"button inside the sentence", "Anna Varga wanted to buy photo prints of the ferry for the harbour museum in Tarnwick.",
			"Anna Varga wanted to buy photo prints of the ferry for the harbour museum in Tarnwick."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cutBuyPhotoLede(tt.s); got != tt.want {
				t.Errorf("cutBuyPhotoLede(%q) = %q, want %q", tt.s, got, tt.want)
			}
		})
	}
}
