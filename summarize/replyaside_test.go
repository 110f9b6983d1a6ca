package summarize

import "testing"

func TestReplyAside(t *testing.T) {
	tests := []struct {
		name, s string
		want    bool
	}{
		{"answer to the page's question", "Yes, indeed it has, for the Tarnwick ferry turns 100 today.", true},
		{"columnist's aside", "Yes, the fares are too high, but the harbour board has no other money.", true},
		{"reply with no negation", "No, really: the harbour board wants a bigger pier.", true},
		{"a fragment", "No, not the old pier, but the new one.", true},
		{"a denial states a fact", "No, the Tarnwick ferry did not sink on monday.", false},
		{"a contracted denial", "No, Anna Varga didn't resign from the harbour board.", false},
		{"a rank", "No. 10 seed Anna Varga won the Tarnwick open on sunday.", false},
		{"a quoted reply", `"Yes, we will close the pier," Anna Varga said.`, false},
		{"a word opening", "Yesterday the ferry struck the Tarnwick pier.", false},
		{"no comma", "No ferries sailed from Tarnwick on monday.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := replyAside(tt.s); got != tt.want {
				t.Errorf("replyAside(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}
