package summarize

import "testing"

// TestEndsUnfinished checks which invented sentences end on a predicate
// cut short.
func TestEndsUnfinished(t *testing.T) {
	tests := []struct {
		name, s string
		want    bool
	}{
		{"bare refusal", "Vell, who lost his farm in the flood, has refused.", true},
		{"refusal with object", "Vell has refused the offer of a new farm.", false},
		{"refused as last word without auxiliary", "The offer was one he refused.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := endsUnfinished(tt.s); got != tt.want {
				t.Errorf("endsUnfinished(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}

// TestOwnContrast checks that a contrast word counts only when the
// other text lacks it.
func TestOwnContrast(t *testing.T) {
	tests := []struct {
		name, s, t string
		want       bool
	}{
		{"own however", "The board, however, kept the plan.", "The board kept the plan.", true},
		{"shared but", "The board met but kept the plan.", "It met but did not vote.", false},
		{"own most", "Most of the ballots were late.", "At least three ballots were late.", true},
		{"none", "The ballots were late.", "Three ballots were late.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ownContrast(tt.s, tt.t); got != tt.want {
				t.Errorf("ownContrast = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestOpeningName checks which opening words before a verb read as a
// name.
func TestOpeningName(t *testing.T) {
	tests := []struct {
		w, next string
		want    bool
	}{
		{"tarnwick", "said", true},
		{"officials", "said", false},
		{"it", "is", false},
		{"rowe", "unveiled", false},
	}
	for _, tt := range tests {
		if got := openingName(tt.w, tt.next); got != tt.want {
			t.Errorf("openingName(%q, %q) = %v, want %v", tt.w, tt.next, got, tt.want)
		}
	}
}
