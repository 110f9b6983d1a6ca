package summarize

import "testing"

func TestPromoLineOnly(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"a writer and a topic", "Anna roe on the road back from the harbour.", true},
		{"a topic as a question", "Peter maddox on why he's keeping the old ferry.", true},
		{"a middle name", "Anna lee roe on the harbour's long winter.", false},
		{"a verb before on", "Anna cheated on the harbour master with a pilot.", false},
		{"a present verb before on", "Anna takes on the harbour board in court.", false},
		{"a verb after the topic", "Anna roe on monday said the ferry will stop.", false},
		{"a verb in the topic", "Anna roe on the road back was stopped by the police.", false},
		{"no given name", "Tarnwick council on the ferry fares.", false},
		{"a quotation", `Anna roe on "the ferry".`, false},
		{"a one-word topic", "Anna roe on ferries.", true},
		{"a surname in -ss", "Anna gross on the fall of the harbour board.", true},
		{"too short", "Anna on ferries.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := promoLineOnly(tt.in); got != tt.want {
				t.Errorf("promoLineOnly(%q) = %v; want %v", tt.in, got, tt.want)
			}
		})
	}
}
