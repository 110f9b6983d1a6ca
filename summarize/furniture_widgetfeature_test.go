package summarize

import "testing"

func TestWidgetFeatureLede(t *testing.T) {
	tests := []struct {
		name, s string
		want    bool
	}{
		{"scene", "While moving into a flat by the Tarnwick pier, anna varga's life was upended when the ferry caught fire.", true},
		{"neighbours' reaction", "As neighbours took in the news of the ferry fire, many had kind words for the captain accused of starting it.", true},
		{"a habit", "Usually game for a photo, the harbour seal at the Tarnwick pier may be moved after it bit a tourist.", true},
		{"an aside", "It was a quiet morning at the Tarnwick pier until the ferry struck it.", true},
		{"a question put as a statement", "When Anna Varga left the harbour board ten years ago, nobody expected her back.", true},
		{"a letter", "Dear councillors, as harbour pilots of Tarnwick we urge you to keep the pier open.", true},
		{"news lede", "A ferry struck the Tarnwick pier on monday, injuring four passengers, the harbour board said.", false},
		{"a count opening on as", "As many as 40 boats were pulled from the Tarnwick harbour after the storm on sunday.", false},
		{"a quote further in", `The Tarnwick harbour board voted monday to close the pier, saying "we have no choice" after the storm.`, false},
		{"a dateline", "Tarnwick – more than 40 boats were pulled from the harbour after the storm on sunday.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := widgetFeatureLede(tt.s); got != tt.want {
				t.Errorf("widgetFeatureLede(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}
