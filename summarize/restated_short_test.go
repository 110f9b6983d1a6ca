package summarize

import "testing"

// TestRestatedShort checks which sentences of fewer than
// restatedMinTerms content words read as restated, on invented
// sentences: one other chosen sentence must hold each of their words and
// numbers.
func TestRestatedShort(t *testing.T) {
	const (
		lead = "Tarnwick council sold the harbour ferry to Ostrel Lines on Friday for an undisclosed sum, ending a long dispute."
		next = "About 20 crew members will keep their jobs under the new owner, a union official said on Saturday."
	)
	tests := []struct {
		name, s string
		want    bool
	}{
		{"held whole by the lead", "The ferry was sold to Ostrel Lines.", true},
		{"a word of its own", "The ferry was sold cheaply to Ostrel.", false},
		{"its words spread over two sentences", "Ferry crews keep jobs.", false},
		{"a number only another sentence gives", "The ferry was sold to Ostrel Lines for 20.", false},
		{"a denial", "The ferry was not sold to Ostrel Lines.", false},
		{"too few words", "Ferry sold.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := ledeCluster(t, lead, next, tt.s)
			l, a, r := c.cands[0].fact, c.cands[1].fact, c.cands[len(c.cands)-1].fact
			if r == l || r == a {
				t.Fatal("the sentence joined another's fact")
			}
			if n := len(restatedKeys(c.cands[len(c.cands)-1].text)); n >= restatedMinTerms {
				t.Fatalf("%d content words, not a short sentence", n)
			}
			if got := c.restated(r, []int{l, a}); got != tt.want {
				t.Errorf("restated = %v, want %v", got, tt.want)
			}
		})
	}
}
