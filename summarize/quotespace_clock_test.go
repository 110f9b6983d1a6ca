package summarize

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestClockColon holds clockColon to spacedClock: a text it refuses never
// matches, and the texts with a spaced clock time are found.
func TestClockColon(t *testing.T) {
	pieces := []string{"9", "12", "130", ":", ": ", " ", "30", "0", "a", "at", "é", "\xff", "::", ": 3", "7: 4"}
	r := rand.New(rand.NewPCG(18, 5))
	found := 0
	for range 100000 {
		var b strings.Builder
		for range r.IntN(8) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		m := spacedClock.MatchString(s)
		if m && !clockColon(s) {
			t.Fatalf("clockColon(%q) = false, but spacedClock matches", s)
		}
		if m {
			found++
		}
	}
	if found < 1000 {
		t.Errorf("only %d random texts hold a spaced clock time", found)
	}
	for s, want := range map[string]bool{"at 9: 30 the ferry left": true, "a: 30": false, "9: 3": false, "9:30": false} {
		if got := clockColon(s); got != want {
			t.Errorf("clockColon(%q) = %v, want %v", s, got, want)
		}
	}
}
