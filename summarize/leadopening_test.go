package summarize

import (
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
)

// openingCluster prepares and scores a cluster of arts as summarizeWith
// does for a reader's summary, up to the lead.
func openingCluster(t *testing.T, arts []chorus.Article) *cluster {
	t.Helper()
	p := DefaultTuning()
	c := &cluster{p: &p, sal: DefaultSalience(), lead: -1, reader: true}
	if !c.prepare(arts) {
		t.Fatal("no candidates")
	}
	c.score(DefaultModel())
	c.stale = c.staleFacts()
	return c
}

// factOf returns the fact whose representative opens with prefix.
func factOf(t *testing.T, c *cluster, prefix string) int {
	t.Helper()
	for f := range c.facts {
		if strings.HasPrefix(c.cands[c.facts[f].rep].text, prefix) {
			return f
		}
	}
	t.Fatalf("no fact opens with %q", prefix)
	return -1
}

func TestOpeningAgreesMore(t *testing.T) {
	arts := openingArts()
	c := openingCluster(t, arts)
	mid := factOf(t, c, "At 2 p.m.")
	if first := c.pickLead(0, false, false); first.fact != mid {
		t.Fatalf("the first choice leads with %q, not the scene line: the fixture tests nothing", c.cands[c.facts[first.fact].rep].text)
	}
	if !c.midLead(mid) {
		t.Fatalf("the scene line opens no article: midLead should hold")
	}
	if !c.openingAgreesMore(mid, 0, false) {
		t.Errorf("a scene line from the middle of both articles leads while their openings agree: it should be chosen again")
	}
	open := factOf(t, c, "A heron rescued")
	if c.midLead(open) || c.openingAgreesMore(open, 0, false) {
		t.Errorf("an article's opening keeps its lead")
	}

	// The same scene with no opening that the other source tells: the lead
	// stays.
	alone := []chorus.Article{
		{ID: "a", Text: "Fishing crews on the Velmora coast are bracing for a short season.\n\n" +
			"At 2 p.m. the heron stepped out of its crate near the old pier and flew low over the reeds.\n\n" +
			"The harbour board meets on Friday."},
		{ID: "b", Text: "The Tarnwick ferry timetable changes next month, the operator said.\n\n" +
			"At 2 p.m. the heron stepped out of its crate near the old pier and flew low over the reeds, an officer said.\n\n" +
			"Tickets will cost the same."},
	}
	c = openingCluster(t, alone)
	if c.openingAgreesMore(factOf(t, c, "At 2 p.m."), 0, false) {
		t.Errorf("openings that tell other stories should not take the lead")
	}
}

// openingArts is a cluster of two articles whose openings tell one event
// and whose middles tell the same scene.
func openingArts() []chorus.Article {
	return []chorus.Article{
		{ID: "a", Text: "A heron rescued from an oil spill was released into the Velmora marshes on Tuesday, wildlife officers said.\n\n" +
			"The bird had been treated for three weeks at the Tarnwick rescue centre, where staff fed it sprats by hand.\n\n" +
			"At 2 p.m. the heron stepped out of its crate near the old pier and flew low over the reeds.\n\n" +
			"Volunteers cleaned more than forty gulls, ducks and geese after the barge ran aground in March."},
		{ID: "b", Text: "Wildlife officers on Tuesday released a heron that was rescued from the Velmora oil spill back into the marshes.\n\n" +
			"Fuel from the grounded barge coated twelve miles of shoreline this spring, and the cleanup cost the county dearly.\n\n" +
			"At 2 p.m. the heron stepped out of its crate near the old pier and flew low over the reeds, an officer said.\n\n" +
			"A small band on its leg will let researchers follow where it feeds this winter."},
		{ID: "c", Text: "The Velmora marshes got one of their herons back on Tuesday, after the bird spent weeks recovering from the oil spill.\n\n" +
			"Local children painted a banner for the release, and the mayor thanked the volunteers.\n\n" +
			"At 2 p.m. the heron stepped out of its crate near the old pier and flew low over the reeds.\n\n" +
			"Birdwatchers say the marsh is quieter than before the spill."},
	}
}

// TestGluedOpening checks that an opening with page text glued to it is
// found, and a plain lede is not.
func TestGluedOpening(t *testing.T) {
	for _, tc := range []struct {
		name, s string
		want    bool
	}{
		{"blank", "The Harbour Prize winners and the judges' comments: ___ reporting — the Tarnwick Gazette for its ferry series.", true},
		{"heading said twice", "The board voted Monday to rename the pier Anna Varga Pier Anna Varga Pier was chosen from seven names.", true},
		{"fused dateline", "Tarnwick since the ferry stopped running, the island's shops have lost half their trade.", true},
		{"plain", "The Tarnwick harbour board voted Monday to close the old pier for a month of repairs.", false},
		{"since opens", "Since the ferry stopped running, the island's shops have lost half their trade.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := gluedOpening(tc.s); got != tc.want {
				t.Errorf("gluedOpening(%q) = %v, want %v", tc.s, got, tc.want)
			}
		})
	}
}
