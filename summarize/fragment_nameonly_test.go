package summarize

import "testing"

// TestNameOnlyLine: a name alone, its titles, and a cast line leave
// the candidates; a short sentence with a verb or of common words
// stays.
func TestNameOnlyLine(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"Governor Tomas Rell.", true},
		{"Crown prince oren al tallis.", true},
		{"With Ilse Varga, Oren Tallis.", true},
		{"Starring Ilse Varga and Oren Tallis.", true},
		{"Ilse, Ilse, Ilse.", true},
		{"Tomas Rell resigned.", false},
		{"With Ilse Varga.", false},
		{"Happy new year.", false},
		{"Game over.", false},
		{"Tarnwick.", false},
		{"Tomas Rell, 54.", false},
		{"Tomas Rell's boat.", false},
		{"Tomas Rell Inc. sold it.", false},
		{"Rell: the ferryman.", false},
		{"With the crew, the ferry left.", false},
	}
	for _, tt := range tests {
		if got := nameOnlyLine(tt.s); got != tt.want {
			t.Errorf("%q: got %v, want %v", tt.s, got, tt.want)
		}
	}
}
