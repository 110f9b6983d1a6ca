package summarize

import "testing"

// TestRetellsRecord checks which sentences make again the record claim of
// a chosen one, on invented sentences.
func TestRetellsRecord(t *testing.T) {
	chosen := "Rangers in Velmar found the largest known freshwater turtle of its kind, a shell nearly two metres across, in a flooded quarry."
	first := "Osgood became the first rider ever killed on the Velmar bike-share scheme, which opened in 2013."
	tests := []struct {
		name, chosen, other string
		want                bool
	}{
		{"the record in other words", chosen, "Velmar rangers say the quarry reptile is the biggest freshwater turtle ever recorded in the region.", true},
		{"a first told again with its year", first, "It was the first death on the cycle-hire network since it opened in 2013, officials said.", true},
		{"a rank, not the record", chosen, "The reptile is the fifth largest freshwater turtle found in the Velmar quarry region.", false},
		{"a new number", chosen, "The largest freshwater turtle of its kind weighs 340 kilos, Velmar rangers said.", false},
		{"a new name", chosen, "Ilse Marwick, a biologist, called it the largest freshwater turtle Velmar rangers had seen.", false},
		{"a record of another thing", chosen, "Velmar rangers said the quarry is the largest flooded pit in the region.", false},
		{"an order, not a first", first, "Osgood took his first ride on the Velmar bike-share scheme a week earlier.", false},
		{"a denial", chosen, "Velmar rangers said it is not the largest freshwater turtle found in the quarry.", false},
		{"a quote", chosen, `"Nothing this size has turned up before: it is the largest freshwater turtle on our books," a Velmar ranger told reporters.`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, a, b := ledeFacts(t, tt.chosen, tt.other)
			if got := c.retellsRecord(b, a, []int{a}); got != tt.want {
				t.Errorf("retellsRecord = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestSameRecord checks which pairs of texts claim a record of one kind of
// one thing.
func TestSameRecord(t *testing.T) {
	tests := []struct {
		s, t string
		want bool
	}{
		{"the shortest address since 1974", "the briefest address in decades", true},
		{"the shortest address since 1974", "the longest address since 1974", false},
		{"the first lady spoke", "the first lady smiled", false},
		{"her first speech of the tour", "her first speech since the tour", false},
		{"the first death since the launch", "the first death on the scheme in years", true},
		{"the fifth largest lake", "the largest lake", false},
	}
	for _, tt := range tests {
		if got := sameRecord(tt.s, tt.t); got != tt.want {
			t.Errorf("sameRecord(%q, %q) = %v, want %v", tt.s, tt.t, got, tt.want)
		}
	}
}
