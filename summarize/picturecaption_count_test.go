package summarize

import "testing"

func TestCountsCaption(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"both", "Both swam ashore.", true},
		{"all", "All three were treated in Tarnwick.", true},
		{"pronoun", "She swam ashore.", false},
		{"connective", "But the ferry sank.", false},
		{"name", "Anna Varga swam ashore.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := countsCaption(tt.in); got != tt.want {
				t.Errorf("countsCaption(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}
