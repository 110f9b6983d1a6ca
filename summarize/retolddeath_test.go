package summarize

import (
	"slices"
	"testing"
)

// TestRetellsDeath checks which sentences read as a named person's death
// told again after the opening's, on invented sentences.
func TestRetellsDeath(t *testing.T) {
	lead := "Anna Varga, who ran the Tarnwick ferry for forty years, has died."
	tests := []struct {
		name, other string
		want        bool
	}{
		{"a day and a place", "Varga died on Sunday in Tarnwick.", true},
		{"passed away", "Varga passed away on Sunday.", true},
		{"found dead", "Varga was found dead at her home on Sunday.", true},
		{"a cause of its own", "Varga died of a stroke on Sunday.", false},
		{"much of its own", "Varga died on Sunday at the harbour hospital in Ostrel, her son Piet told the Tarnwick council.", false},
		{"a second one", "Her husband, Jon Varga, also died.", false},
		{"a relative clause", "Varga, who died on Sunday, never married.", false},
		{"a pronoun's death", "A Varga family statement said she died on Sunday.", false},
		{"a denial", "Police did not say how Varga died.", false},
		{"a clause of time", "Since Varga died, the Tarnwick ferry has stopped.", false},
		{"someone else", "Ilse Kern died on Sunday in Tarnwick.", false},
		{"a dead thing", "Varga kept her dead husband's boat.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, a, b := ledeFacts(t, lead, tt.other)
			if got := c.retellsDeath(b, a); got != tt.want {
				t.Errorf("retellsDeath = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestReplaceRetoldDeaths checks that a death told again gives its place
// to a sentence that tells news, and that the opening stays.
func TestReplaceRetoldDeaths(t *testing.T) {
	lead := "Anna Varga, who ran the Tarnwick ferry for forty years, has died."
	news := "Lindell fishing boats were warned to avoid the lane."
	again := "Varga died on Sunday evening at her Tarnwick home, police said."
	c := ledeCluster(t, lead+" "+news, again)
	if len(c.cands) != 3 {
		t.Fatalf("%d sentences read, want 3", len(c.cands))
	}
	l, n, e := c.cands[0].fact, c.cands[1].fact, c.cands[2].fact
	c.lead = l
	if got := c.replaceRetoldDeaths([]int{l, e}); !slices.Equal(got, []int{l, n}) {
		t.Errorf("picked %v, want [%d %d] (the retold death %d replaced)", got, l, n, e)
	}
	c.lead = e
	if got := c.replaceRetoldDeaths([]int{e, l}); !slices.Equal(got, []int{e, l}) {
		t.Errorf("picked %v, want [%d %d] (no death told before the opening's)", got, e, l)
	}
}
