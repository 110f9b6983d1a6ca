package voices

import "testing"

// TestListedFilter checks that the filter before the listed map never
// turns a listed word away, and that wordFlags still reads the lists.
func TestListedFilter(t *testing.T) {
	for w := range listed {
		if !mayBeListed(w) {
			t.Errorf("mayBeListed(%q) = false, but it is listed", w)
		}
	}
	tests := []struct {
		name string
		word string
		want uint8
	}{
		{"listed role", "mayor", notNameWord},
		{"particle", "van", particleWord},
		{"unlisted name", "quillfeather", 0},
		{"empty", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := wordFlags(tt.word, tt.word) & (notNameWord | particleWord); got&tt.want != tt.want || tt.want == 0 && got != 0 {
				t.Errorf("wordFlags(%q) = %08b, want the bits %08b", tt.word, got, tt.want)
			}
		})
	}
}
