package summarize

import "testing"

// TestCutListNumber checks list items' numbers against sentences that
// open on a figure.
func TestCutListNumber(t *testing.T) {
	for _, tc := range []struct {
		name, s, want string
	}{
		{"item", "1. Anna Varga, the harbour master, resigned on Monday.", "Anna Varga, the harbour master, resigned on Monday."},
		{"two digits", "12. The Tarnwick ferry was the last to sail before the storm.", "The Tarnwick ferry was the last to sail before the storm."},
		{"parenthesis", "3) Passengers must show their tickets at the pier.", "Passengers must show their tickets at the pier."},
		{"a figure", "1.5 million people crossed the Tarnwick pier last year.", "1.5 million people crossed the Tarnwick pier last year."},
		{"a year", "2019. The ferry sank.", "2019. The ferry sank."},
		{"lower case after", "2. and the pier closed for the winter season.", "2. and the pier closed for the winter season."},
		{"too short", "4. Anna Varga resigned.", "4. Anna Varga resigned."},
		{"quote after", "2. \"We will sail again,\" Anna Varga said on Monday.", "2. \"We will sail again,\" Anna Varga said on Monday."},
	} {
		if got, _ := cutListNumber(tc.s); got != tc.want {
			t.Errorf("%s: cutListNumber(%q) = %q, want %q", tc.name, tc.s, got, tc.want)
		}
	}
}
