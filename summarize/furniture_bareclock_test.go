package summarize

import "testing"

// TestCutBareClockStamp checks that a live blog's colonless clock stamp
// opening a sentence is cut, and a year opening one is left.
func TestCutBareClockStamp(t *testing.T) {
	for _, tc := range []struct {
		name, s, want string
	}{
		{"morning", "0710 the harbour board has closed the north pier.", "The harbour board has closed the north pier."},
		{"night", "2215 ferries out of tarnwick are cancelled until morning.", "Ferries out of tarnwick are cancelled until morning."},
		{"year", "2016 was the warmest year the harbour has recorded.", "2016 was the warmest year the harbour has recorded."},
		{"old year", "1971 was a hard year for the ferry line at all.", "1971 was a hard year for the ferry line at all."},
		{"minutes", "0770 the harbour board has closed the north pier.", "0770 the harbour board has closed the north pier."},
		{"capital", "0710 Ferries out of tarnwick are cancelled until morning.", "0710 Ferries out of tarnwick are cancelled until morning."},
		{"short", "0710 ferries are cancelled.", "0710 ferries are cancelled."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got, _ := cutBareClockStamp(tc.s); got != tc.want {
				t.Errorf("cutBareClockStamp(%q) = %q, want %q", tc.s, got, tc.want)
			}
		})
	}
}
