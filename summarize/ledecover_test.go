package summarize

import (
	"strings"
	"testing"
)

// pierArticles are three invented reports of one event: their openings
// tell it, their later sentences tell details around it.
var pierArticles = []string{
	"Harbour officials in Tarnwick closed the old ferry pier on Monday after divers found deep cracks in its pilings. The pier was built in 1921 of Baltic oak and painted white each spring. Local cafes near the promenade said trade was slow all week.",
	"The old ferry pier in Tarnwick was closed by harbour officials on Monday when divers found cracks in the pilings. Ferries from Ostrel will dock at the fishing quay until further notice. A brass band played at the centenary celebration two years ago.",
	"Divers found cracks in the pilings of the old ferry pier in Tarnwick, and harbour officials closed it on Monday. The town council will meet on Friday evening to discuss the cost of repairs.",
}

// factWith returns the fact whose representative sentence holds s, or -1.
func factWith(c *cluster, s string) int {
	for f := range c.facts {
		if strings.Contains(c.cands[c.facts[f].rep].text, s) {
			return f
		}
	}
	return -1
}

// TestLedeEvent checks that the lede event holds the words the sources'
// openings share and not a word one opening alone holds.
func TestLedeEvent(t *testing.T) {
	c := ledeCluster(t, pierArticles...)
	ev := c.ledeEvent()
	if ev == nil {
		t.Fatal("no lede event for three openings telling one event")
	}
	has := func(w string) bool {
		for _, tk := range c.tok.tokens(w) {
			if !tk.stop && ev[tk.hash] {
				return true
			}
		}
		return false
	}
	for _, w := range []string{"pier", "divers", "cracks"} {
		if !has(w) {
			t.Errorf("lede event lacks %q, which every opening holds", w)
		}
	}
	if has("oak") {
		t.Error("lede event holds \"oak\", which one later sentence alone holds")
	}
	if c := ledeCluster(t, "Harbour officials closed the pier on Monday.", "A brass band played at the centenary celebration two years ago."); c.ledeEvent() != nil {
		t.Error("a lede event for openings that share nothing")
	}
}

// TestMissedLede checks that a selection of details around the event
// brings in an opening that states it, and that one holding an opening
// does not.
func TestMissedLede(t *testing.T) {
	c := ledeCluster(t, pierArticles...)
	l := c.pickLead(0, false, false)
	var details []int
	for _, s := range []string{"Local cafes", "brass band", "town council"} {
		f := factWith(c, s)
		if f < 0 {
			t.Fatalf("no fact holds %q", s)
		}
		details = append(details, f)
	}
	g := c.missedLede(&l, details)
	if g < 0 {
		t.Fatal("details alone: no opening brought in")
	}
	if cd := &c.cands[c.facts[g].rep]; !strings.Contains(cd.text, "closed") || cd.pos != 0 {
		t.Errorf("brought in %q (position %d), want an opening stating the closure", cd.text, cd.pos)
	}
	with := append([]int{g}, details...)
	if h := c.missedLede(&l, with); h >= 0 {
		t.Errorf("a selection stating the event brought in %q", c.cands[c.facts[h].rep].text)
	}
	c.reader = false // the benchmarks' fixed-length summaries keep their selection
	if h := c.missedLede(&l, details); h >= 0 {
		t.Errorf("a Fill summary brought in %q", c.cands[c.facts[h].rep].text)
	}
}
