package summarize

import "testing"

// TestHookHalf checks that the first half of a two-sentence hook is
// found, and a hook that holds its own turn is not.
func TestHookHalf(t *testing.T) {
	for _, tc := range []struct {
		name, s string
		want    bool
	}{
		{"minute", "One minute, a ferry hand was waving to the crowd on the pier.", true},
		{"moment", "One moment Anna Varga was mending nets on the Tarnwick pier.", true},
		{"turn", "One moment the ferry was at the pier, the next it was gone.", false},
		{"count", "One minute of silence was held at the pier on Monday.", false},
		{"quoted", "\"One minute, he was there,\" Anna Varga said.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := hookHalf(tc.s); got != tc.want {
				t.Errorf("hookHalf(%q) = %v, want %v", tc.s, got, tc.want)
			}
		})
	}
}
