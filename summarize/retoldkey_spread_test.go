package summarize

import (
	"slices"
	"testing"
)

// TestReplaceSpreadKeys checks that a dated sentence whose other words
// the rest of the summary gives is left out, and one that adds a count,
// a role or a contrast stays, on invented sentences.
func TestReplaceSpreadKeys(t *testing.T) {
	lead := "A rowing club in Ostrel has named a new captain after a vote that split its members."
	won := "Mara Velt, 31, took the club title on May 9, beating nine rivals in the final race."
	next := "The club title is the first step toward the national rowing crown decided each October in Tarnwick."
	tests := []struct {
		name, last string
		want       bool // left out
	}{
		{"the date and the next step retold", "Velt took the club title on May 9 and will row for the national crown in October.", true},
		{"an age of its own", "Velt, 31, took the club title on May 9 and will row for the 19-year-old's national crown in October.", false},
		{"a name written small", "Velt says oskarine was on the bank on May 9 to watch the national crown race in October.", false},
		{"a count of its own", "Velt took the club title on May 9 and will row for the national crown with 14 teammates.", false},
		{"kin of its own", "Velt took the club title on May 9, and her sister will row for the national crown in October.", false},
		{"a contrast", "Velt took the club title on May 9 but will not row for the national crown in October.", false},
		{"another day", "Velt took the club title on May 10 and will row for the national crown in October.", false},
		{"much of its own", "Velt took the club title on May 9 after training through a winter of floods that closed the river for weeks.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkLastLeftOut(t, (*cluster).replaceSpreadKeys, tt.want, lead, won, next, tt.last)
		})
	}
}

// checkLastLeftOut reads four invented sentences as a cluster, the first
// its lead, runs replace on all four chosen and checks that it keeps the
// first three and leaves the last out exactly when leftOut is set.
func checkLastLeftOut(t *testing.T, replace func(*cluster, []int) []int, leftOut bool, lead, a, n, last string) {
	t.Helper()
	c := ledeCluster(t, lead, a, n, last)
	if len(c.cands) != 4 {
		t.Fatalf("%d sentences read, want 4", len(c.cands))
	}
	l, fa, fn, r := c.cands[0].fact, c.cands[1].fact, c.cands[2].fact, c.cands[3].fact
	c.lead = l
	want := []int{l, fa, fn, r}
	if leftOut {
		want = want[:3]
	}
	if got := replace(c, []int{l, fa, fn, r}); !slices.Equal(got, want) {
		t.Errorf("picked %v, want %v", got, want)
	}
}
