package summarize

import "testing"

// TestLinkLabelRun checks that a run of labelled links is found, and
// prose with a label-like word or a transcript's marks is not.
func TestLinkLabelRun(t *testing.T) {
	for _, tc := range []struct {
		name, s string
		want    bool
	}{
		{"marked run", "New: 'ferry' pilot not the first at the line >> earlier: crew may have been tired >> more: pilot's fall raises questions ilse varga, 41, was found on the pier.", true},
		{"related", "Related: ferry fares go up again in may the harbour board said the rise would be the last.", true},
		{"marked more", "The pier closed on monday >> more: the harbour board's plan for the winter.", true},
		{"transcript", ">> the ferry left the harbour an hour late on friday night.", false},
		{"dateline mark", "Tarnwick >> a ferry ran aground off the cape on monday, the coast guard said.", false},
		{"prose more", "The board wanted one thing more: a pier that stays open all winter.", false},
		{"related prose", "Related costs rose by a fifth after the board raised the fares.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := linkLabelRun(tc.s); got != tc.want {
				t.Errorf("linkLabelRun(%q) = %v, want %v", tc.s, got, tc.want)
			}
		})
	}
}
