package summarize

import (
	"slices"
	"testing"
)

// TestLedeEchoes checks which other sources' ledes read as the opening's
// event told with other verbs, on invented sentences.
func TestLedeEchoes(t *testing.T) {
	lead := "A three-metre survey buoy being moored off Tarnwick drifted away on Friday during a storm, the coastguard said."
	tests := []struct {
		name, other string
		want        bool
	}{
		{"lost for drifted away", "An expensive survey buoy was lost during the storm.", true},
		{"a place of its own", "An expensive survey buoy was lost near the Ostrel lighthouse during the storm.", false},
		{"a number of its own", "An expensive survey buoy worth 40,000 pounds was lost during the storm.", false},
		{"a second one", "Another survey buoy was lost during the storm.", false},
		{"no verb of the event", "An expensive survey buoy was damaged during the storm.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, a, b := ledeFacts(t, lead, tt.other)
			if got := c.ledeEchoes(b, a); got != tt.want {
				t.Errorf("ledeEchoes = %v, want %v", got, tt.want)
			}
		})
	}
	t.Run("located for found", func(t *testing.T) {
		c := ledeCluster(t, "Harbour officers in Tarnwick said on Thursday they have located the fishing hut that was stolen from its moorings.",
			"The small fishing hut lifted off its moorings and stolen from a quiet bay has been found.")
		if a, b := c.cands[0].fact, c.cands[1].fact; !c.ledeEchoes(b, a) {
			t.Error("found not read as located")
		}
	})
	t.Run("phrases", func(t *testing.T) {
		c := ledeCluster(t, "Vicar Elspeth Marrow stepped down after revealing that she had led a gambling ring.",
			"The Tarnwick vicar will take a leave of absence after disclosing she had led a gambling ring.")
		if a, b := c.cands[0].fact, c.cands[1].fact; !c.ledeEchoes(b, a) {
			t.Error("a leave of absence after disclosing not read as stepping down after revealing")
		}
	})
	t.Run("a restated verb", func(t *testing.T) {
		death := "Tarnwick harbour master Odo Wren, for decades the keeper of the port and the builder of its lighthouse, died on Friday after a long illness, the port said."
		for _, tt := range []struct {
			other string
			want  bool
		}{
			{"The harbour master Odo Wren of Tarnwick is dead.", true},
			{"Odo Wren of Tarnwick died of his injuries after a crane collapsed on the quay.", false},
		} {
			c := ledeCluster(t, death, tt.other)
			a, b := c.cands[0].fact, c.cands[1].fact
			if a == b {
				t.Fatalf("one fact read of %q", tt.other)
			}
			if c.ledeEchoes(b, a) != tt.want {
				t.Errorf("ledeEchoes(%q) = %v, want %v", tt.other, !tt.want, tt.want)
			}
		}
	})
	t.Run("one source", func(t *testing.T) {
		c := ledeCluster(t, lead+" An expensive survey buoy was lost during the storm.")
		if a, b := c.cands[0].fact, c.cands[1].fact; c.ledeEchoes(b, a) {
			t.Error("the opening's own next sentence read as another source's lede")
		}
	})
}

// TestReplaceLedeEchoes checks that an echo of the opening gives its place
// to a sentence that tells news, on invented sentences.
func TestReplaceLedeEchoes(t *testing.T) {
	lead := "A three-metre survey buoy being moored off Tarnwick drifted away on Friday during a storm, the coastguard said."
	news := "Lindell fishing boats were warned to avoid the lane."
	echo := "An expensive survey buoy was lost during the storm."
	c := ledeCluster(t, lead+" "+news, echo)
	if len(c.cands) != 3 {
		t.Fatalf("%d sentences read, want 3", len(c.cands))
	}
	l, n, e := c.cands[0].fact, c.cands[1].fact, c.cands[2].fact
	c.lead = l
	if got := c.replaceLedeEchoes([]int{l, e}); !slices.Equal(got, []int{l, n}) {
		t.Errorf("picked %v, want [%d %d] (the echo %d replaced)", got, l, n, e)
	}
}

// TestAddsClause checks which echoes hold a clause the opening lacks.
func TestAddsClause(t *testing.T) {
	tests := []struct {
		name, s, t string
		want       bool
	}{
		{"a motive", "Odo Wren was killed by a neighbour who owed him rent.", "A man was charged in the death of Odo Wren.", true},
		{"the opening has a clause too", "Odo Wren, who ran the port, has died.", "Odo Wren, the keeper that ran the port, died on Friday.", false},
		{"no clause", "Odo Wren has died.", "Odo Wren died on Friday.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := addsClause(tt.s, tt.t); got != tt.want {
				t.Errorf("addsClause = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestLedeEchoesSharedEvent checks an echo that tells the opening's event
// with the same event word, one none of the lists name, and no event word
// of its own, on invented sentences.
func TestLedeEchoesSharedEvent(t *testing.T) {
	lead := "Heavy rain flooded the Tarnwick harbour road on Friday after the river burst its banks, stranding dozens of cars, the council said."
	tests := []struct {
		name, other string
		want        bool
	}{
		{"flooded told again", "The harbour road in Tarnwick flooded after the heavy rain.", true},
		{"a superlative of its own", "The harbour road in Tarnwick flooded after the heaviest rain.", false},
		{"a record of its own", "The harbour road in Tarnwick flooded after record rain.", false},
		{"an event word of its own", "The harbour road in Tarnwick flooded and collapsed after the heavy rain.", false},
		{"no event word shared", "The harbour road in Tarnwick is under water after the heavy rain.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, a, b := ledeFacts(t, lead, tt.other)
			if got := c.ledeEchoes(b, a); got != tt.want {
				t.Errorf("ledeEchoes = %v, want %v", got, tt.want)
			}
		})
	}
}
