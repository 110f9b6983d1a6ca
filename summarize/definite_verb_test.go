package summarize

import (
	"slices"
	"testing"
)

func TestDefiniteRunEndsAtVerb(t *testing.T) {
	tests := []struct {
		name   string
		s      string
		heads  []string
		pinned bool
	}{
		{"past verb then preposition", "The protests came after a ruling on the Tarnwick harbour levy.", []string{"protest"}, false},
		{"present verb then preposition", "The levy comes from a vote of the harbour board last spring.", []string{"levy"}, false},
		{"listed verb", "The lantern belongs to a harbour museum in Tarnwick.", []string{"lantern"}, false},
		{"a verb that explains stays pinned", "The case stems from a theft at the Tarnwick pier.", []string{"case", "stem"}, true},
		{"preposition after the noun pins it", "The report by the harbour panel found no fault.", []string{"report"}, true},
		{"verb-like first word stays", "The hit single from the album topped the charts.", []string{"hit", "single"}, true},
		{"noun run of two", "The harbour levy fell sharply in May.", []string{"harbour", "levy"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := definiteHeads(tt.s); !slices.Equal(got, tt.heads) {
				t.Errorf("definiteHeads(%q) = %q, want %q", tt.s, got, tt.heads)
			}
			if got := pinnedAfter(tt.s); got != tt.pinned {
				t.Errorf("pinnedAfter(%q) = %v, want %v", tt.s, got, tt.pinned)
			}
		})
	}
}
