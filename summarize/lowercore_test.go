package summarize

import "testing"

// TestLowerCore checks lowerCore's fast paths against the words the full
// trim reads: plain words, words closed by ASCII punctuation, and the
// others (capitals, quotes, possessives, inner punctuation).
func TestLowerCore(t *testing.T) {
	for _, tt := range []struct {
		in    string
		w     string
		punct bool
	}{
		{"harbour", "harbour", false},
		{"ferry,", "ferry", true},
		{"quay.", "quay", true},
		{"tolvane:\"", "tolvane", true},
		{"brisk)]", "brisk", true},
		{"velm'", "velm", true},
		{"velm's", "velm", true},
		{"velm's,", "velm", true},
		{"Velm,", "velm", true},
		{"\"velm", "velm", false},
		{"u.s.", "u.s", true},
		{"e-mail,", "e-mail", true},
		{"café,", "café", true},
		{"quay”", "quay", true},
		{"...", "", true},
		{"2019,", "2019", true},
	} {
		w, punct := lowerCore(tt.in)
		if w != tt.w || punct != tt.punct {
			t.Errorf("lowerCore(%q) = %q, %v; want %q, %v", tt.in, w, punct, tt.w, tt.punct)
		}
	}
}
