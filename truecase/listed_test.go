package truecase

import "testing"

func TestListedForm(t *testing.T) {
	m := &Model{
		words: map[string]word{
			"tarnish": {n: [numClasses]uint32{1, 12, 0, 0}, units: 5, lowUnits: 1},
			"varga":   {n: [numClasses]uint32{2, 10, 0, 0}, units: 5, lowUnits: 1},
			"tapi":    {n: [numClasses]uint32{1, 0, 30, 0}, units: 5, lowUnits: 1},
			"harbour": {n: [numClasses]uint32{1, 12, 0, 0}, units: 5, lowUnits: 1},
			"anna":    {n: [numClasses]uint32{0, 12, 0, 0}, units: 5},
		},
		proper: map[string]bool{"tarnish": true, "varga": true, "tapi": true, "anna": true},
	}
	tests := []struct {
		key, want string
		ok        bool
	}{
		{"tarnish", "Tarnish", true},
		{"tapi", "TAPI", true},
		{"varga", "", false},   // capitalised 10 times, lower-case twice
		{"harbour", "", false}, // no proper noun of the list
		{"anna", "", false},    // never lower-case: Apply raises it
		{"unknown", "", false},
	}
	for _, tt := range tests {
		if got, ok := m.ListedForm(tt.key); got != tt.want || ok != tt.ok {
			t.Errorf("ListedForm(%q) = %q, %v, want %q, %v", tt.key, got, ok, tt.want, tt.ok)
		}
	}
}
