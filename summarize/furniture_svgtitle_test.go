package summarize

import "testing"

func TestIsIconTitle(t *testing.T) {
	tests := []struct {
		name, s string
		want    bool
	}{
		{"shape", "Shape Created with Sketch.", true},
		{"gallery button", "Tarnwick harbour in pictures show all 14 left created with sketch.", true},
		{"lower case", "Right created with sketch.", true},
		{"story", "The mural was created with chalk by Anna Varga over three nights.", false},
		{"long", "The designer said the new logo, which the council unveiled on Tuesday after a year of work, was created with Sketch, a drawing program popular with studios.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := isIconTitle(tt.s); got != tt.want {
				t.Errorf("isIconTitle(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}
