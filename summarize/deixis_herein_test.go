package summarize

import "testing"

func TestHereInPlace(t *testing.T) {
	tests := []struct{ name, s, want string }{
		{"mid-sentence", "A suit was filed here in Tarnwick against the ferry board.", "A suit was filed in Tarnwick against the ferry board."},
		{"opening", "Here in Velmora, the pier is closed.", "In Velmora, the pier is closed."},
		{"right here", "The pies are baked right here in Tarnwick.", "The pies are baked in Tarnwick."},
		{"opening right here", "Right here in Tarnwick, the pies are baked.", "In Tarnwick, the pies are baked."},
		{"lower-case after", "The coral, seen here in a nursery, is dying.", "The coral, seen here in a nursery, is dying."},
		{"a month", "An expo here in May drew crowds.", "An expo here in May drew crowds."},
		{"quoted", `"We live here in Tarnwick," she said.`, `"We live here in Tarnwick," she said.`},
		{"no here", "The ferry sailed from Tarnwick.", "The ferry sailed from Tarnwick."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := hereInPlace(tt.s); got != tt.want {
				t.Errorf("hereInPlace(%q) = %q, want %q", tt.s, got, tt.want)
			}
		})
	}
}
