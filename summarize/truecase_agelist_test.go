package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestRaiseAgeListNames(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"a couple", "Tamsin, 41, and brown, 39, left Orla. brown's sister spoke.", "Tamsin, 41, and Brown, 39, left Orla. Brown's sister spoke."},
		{"a list with semicolons", "The children -- Mira, 9; jovan, 7; and Ela, 4 -- are safe.", "The children -- Mira, 9; Jovan, 7; and Ela, 4 -- are safe."},
		{"after a possessive", "Tamsin, 41, and her son, 9, left.", "Tamsin, 41, and her son, 9, left."},
		{"no capitalised item", "brown, 39, and jovan, 7, left.", "brown, 39, and jovan, 7, left."},
		{"the colour elsewhere", "Tamsin, 41, and brown, 39, wore brown coats.", "Tamsin, 41, and Brown, 39, wore brown coats."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sum := &chorus.Summary{Sentences: []chorus.Sentence{{Text: tt.in}}}
			raiseAgeListNames(sum)
			if got := sum.Sentences[0].Text; got != tt.want {
				t.Errorf("raiseAgeListNames(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
