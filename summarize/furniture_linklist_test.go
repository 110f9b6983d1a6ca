package summarize

import "testing"

// TestCutLinkListDateline checks that a list of links and the dateline
// after it leave a sentence, and that a dateline with no link before it
// or a parenthesis that names no outlet stays.
func TestCutLinkListDateline(t *testing.T) {
	for _, tc := range []struct {
		name, s, want string
		ok            bool
	}{
		{"link list", "WTRN Tarnwick (con't) ferry updates: wtrn.com/ferry weather & information: wtrn.com/weather (CBS) — the harbour board voted to close the pier on Monday.",
			"The harbour board voted to close the pier on Monday.", true},
		{"lower case", "ferry updates: wtrn.com/ferry (ap) -- the harbour board voted to close the pier on Monday.",
			"The harbour board voted to close the pier on Monday.", true},
		{"place before the outlet", "news & information: cbstarnwick.com/health Tarnwick (cbstarnwick) — the harbour board voted to close the pier on Monday.",
			"The harbour board voted to close the pier on Monday.", true},
		{"no link", "Tarnwick news and weather (CBS) — the harbour board voted to close the pier on Monday.",
			"Tarnwick news and weather (CBS) — the harbour board voted to close the pier on Monday.", false},
		{"no outlet", "See wtrn.com/ferry (the board's page) — the harbour board voted to close the pier on Monday.",
			"See wtrn.com/ferry (the board's page) — the harbour board voted to close the pier on Monday.", false},
		{"no dash", "Anna Varga wrote at wtrn.com/ferry (CBS) that the harbour board voted to close the pier.",
			"Anna Varga wrote at wtrn.com/ferry (CBS) that the harbour board voted to close the pier.", false},
		{"too short", "Updates: wtrn.com/ferry (CBS) — the pier closed.",
			"Updates: wtrn.com/ferry (CBS) — the pier closed.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := cutLinkListDateline(tc.s)
			if got != tc.want || ok != tc.ok {
				t.Errorf("cutLinkListDateline(%q) = %q, %v; want %q, %v", tc.s, got, ok, tc.want, tc.ok)
			}
		})
	}
}
