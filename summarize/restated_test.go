package summarize

import (
	"slices"
	"testing"
)

// restatedLead and restatedNext open the invented summary the tests of
// restated read a third sentence against.
const (
	restatedLead = "Mara Roe won the Tarnwick mayoral primary on Tuesday, beating Ilse Doe by a wide margin after a long and bitter campaign."
	restatedNext = "Roe, a former harbour master, will face the Ostrel party's candidate in the November election for the town's top job."
)

// TestRestated checks which sentences read as telling again what the
// summary already tells, on invented sentences.
func TestRestated(t *testing.T) {
	tests := []struct {
		name, s string
		want    bool
	}{
		{"the verb as its noun", "Roe's victory over Doe in Tuesday's Tarnwick mayoral primary was wide.", true},
		{"a number of its own", "Roe's victory over Doe in Tuesday's Tarnwick mayoral primary came by 412 votes.", false},
		{"a person of its own", "Roe's victory over Doe in Tuesday's Tarnwick primary was cheered by her husband.", false},
		{"a step of its own", "Doe conceded the Tarnwick mayoral primary to Roe on Tuesday.", false},
		{"a denial", "Doe did not win Tuesday's Tarnwick mayoral primary against Roe.", false},
		{"a second one", "Roe also won the Ostrel county primary on Tuesday, beating Doe.", false},
		{"a quotation", "\"Roe won the Tarnwick mayoral primary on Tuesday,\" Doe said.", false},
		{"short, held whole by one sentence", "Roe beat Doe.", true},
		{"too short to judge", "Roe won.", false},
		{"a name of its own", "Roe's victory over Doe in Tuesday's Tarnwick mayoral primary was cheered by Piet Valk.", false},
		{"a contrast of its own", "Roe's victory over Doe in Tuesday's Tarnwick mayoral primary was wide, but disputed.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := ledeCluster(t, restatedLead, restatedNext, tt.s)
			l, a, r := c.cands[0].fact, c.cands[1].fact, c.cands[len(c.cands)-1].fact
			if r == l || r == a {
				t.Fatal("the sentence joined another's fact")
			}
			if got := c.restated(r, []int{l, a}); got != tt.want {
				t.Errorf("restated = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestRestatedKeys checks that a verb and the noun or form that names it
// read as one key.
func TestRestatedKeys(t *testing.T) {
	for _, p := range [][2]string{{"won", "victory"}, {"killed", "death"}, {"announced", "announcement"}, {"postponed", "delay"}} {
		if a, b := restatedKeys(p[0]), restatedKeys(p[1]); !slices.Equal(a, b) {
			t.Errorf("%q and %q read as %v and %v", p[0], p[1], a, b)
		}
	}
}

// TestReplaceRestatedFacts checks that a restated sentence leaves the
// summary and the opening and the others stay, on invented sentences.
func TestReplaceRestatedFacts(t *testing.T) {
	c := ledeCluster(t, restatedLead, restatedNext,
		"Turnout in the primary was the highest the town has seen in two decades, the county clerk's office said on Wednesday.",
		"Roe's victory over Doe in Tuesday's Tarnwick mayoral primary was wide.")
	if len(c.cands) != 4 {
		t.Fatalf("%d sentences read, want 4", len(c.cands))
	}
	l, a, n, r := c.cands[0].fact, c.cands[1].fact, c.cands[2].fact, c.cands[3].fact
	c.lead = l
	if got := c.replaceRestatedFacts([]int{l, a, n, r}); !slices.Equal(got, []int{l, a, n}) {
		t.Errorf("picked %v, want [%d %d %d] (the restated %d left out)", got, l, a, n, r)
	}
}
