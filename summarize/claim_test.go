package summarize

import (
	"slices"
	"testing"

	"github.com/chorusnews/chorus"
)

// TestSameClaim checks that near-identical sentences are grouped into one
// fact only when they give the same numbers and agree on negation, so that a
// source is never cited for a figure or a claim it does not make.
func TestSameClaim(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		a, b      string
		wantGroup bool
	}{
		{"copy", "The storm killed 12 people in the valley on Sunday, officials said.",
			"The storm killed 12 people in the valley on Sunday, officials said.", true},
		{"spun copy", "The storm killed 12 people in the valley on Sunday, officials said.",
			"The storm killed 12 people in the valley on Sunday, authorities said.", true},
		{"other figure", "The storm killed 12 people in the valley on Sunday, officials said.",
			"The storm killed 15 people in the valley on Sunday, officials said.", false},
		{"denial", "The mayor said the dam had been inspected in the spring before the storm.",
			"The mayor denied the dam had been inspected in the spring before the storm.", false},
		{"negation", "The bridge was closed to traffic after the storm damaged its supports.",
			"The bridge was not closed to traffic after the storm damaged its supports.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts := []chorus.Article{
				{ID: "a", Text: tt.a + " Rescue teams searched the area through the night."},
				{ID: "b", Text: tt.b + " Schools across the district stayed closed on Monday."},
			}
			s, err := Summarize(arts, chorus.Options{})
			if err != nil {
				t.Fatal(err)
			}
			both := false
			for _, sen := range s.Sentences {
				if slices.Equal(sen.Sources, []int{1, 2}) {
					both = true
				}
			}
			if both != tt.wantGroup {
				t.Errorf("one sentence cited by both sources = %v, want %v; summary: %+v", both, tt.wantGroup, s.Sentences)
			}
		})
	}
}
