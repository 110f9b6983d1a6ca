package truecase

import "testing"

// TestKnown checks that the default model holds common words in lower
// case and names with a capital, and holds no invented word.
func TestKnown(t *testing.T) {
	m := Default()
	tests := []struct {
		word           string
		known, capital bool
	}{
		{"water", true, false},
		{"london", true, true},
		{"zzqxv", false, false},
	}
	for _, tt := range tests {
		if known, capital := m.Known(tt.word); known != tt.known || capital != tt.capital {
			t.Errorf("Known(%q) = %v, %v, want %v, %v", tt.word, known, capital, tt.known, tt.capital)
		}
	}
}
