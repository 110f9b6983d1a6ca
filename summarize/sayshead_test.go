package summarize

import (
	"strings"
	"testing"
)

func TestSaysHead(t *testing.T) {
	for _, tc := range []struct {
		name, sentence, role string
		at                   int // the surname's field
		want                 bool
	}{
		{"the head right after the name", "Ilse Varga was a NASA astronaut for ten years.", "former astronaut", 1, true},
		{"the head far after the name", "Ilse Varga said the crew was safe and the launch went on, the astronaut added.", "astronaut", 1, false},
		{"the head before the name", "An astronaut said Ilse Varga was safe.", "astronaut", 4, false},
		{"another head", "Ilse Varga was a pilot.", "astronaut", 1, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := saysHead(strings.Fields(tc.sentence), tc.at, tc.role); got != tc.want {
				t.Errorf("saysHead(%q, %q) = %v; want %v", tc.sentence, tc.role, got, tc.want)
			}
		})
	}
}
