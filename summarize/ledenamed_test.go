package summarize

import (
	"slices"
	"testing"
)

// namedFacts returns the facts of c's sentences in their order.
func namedFacts(c *cluster) []int {
	var out []int
	for i := range c.cands {
		out = append(out, c.cands[i].fact)
	}
	return out
}

// TestOpenWithNamedTwin: an opening that names its subject by role alone
// gives its place to another source's lede that names the person under
// that role; the rest keeps its order.
func TestOpenWithNamedTwin(t *testing.T) {
	for name, named := range map[string]string{
		"title":      "Harbour master Anna Varga, who rebuilt the ferry pier, said Tuesday that she will leave her post in June.",
		"apposition": "Anna Varga, the Tarnwick harbour master, said Tuesday that she will leave her post in June.",
	} {
		c := ledeCluster(t,
			"The Tarnwick harbour master has announced that she is stepping down after two stormy years.",
			"Ferry crews in Brellin will vote on a new timetable in May.",
			named,
		)
		f := namedFacts(c)
		got := c.openWithNamedTwin(slices.Clone(f))
		if want := []int{f[2], f[1]}; !slices.Equal(got, want) {
			t.Errorf("%s: summary %v, want %v", name, got, want)
		}
		if c.lead != f[2] {
			t.Errorf("%s: lead %d, want %d", name, c.lead, f[2])
		}
	}
}

// TestOpenWithNamedTwinKeeps: the summary stands when the opening names
// its subject or opens with no "The", when the later line names someone
// under another title or names no one, when it is no lede or comes from
// the opening's own article, and for a Fill summary.
func TestOpenWithNamedTwinKeeps(t *testing.T) {
	const opening = "The Tarnwick harbour master has announced that she is stepping down after two stormy years."
	const named = "Harbour master Anna Varga, who rebuilt the ferry pier, said Tuesday that she will leave her post in June."
	for _, tc := range []struct {
		name    string
		texts   []string
		notLede bool
		fill    bool
	}{
		{"opening names", []string{"Tarnwick harbour master Anna Varga has announced that she is stepping down.", named}, false, false},
		{"no the", []string{"Tarnwick's harbour master has announced that she is stepping down after two stormy years.", named}, false, false},
		{"other title", []string{opening, "Ferry captain Ilse Brandt, who sails to Brellin, said Tuesday that the harbour master will leave."}, false, false},
		{"no name", []string{opening, "The harbour master said Tuesday that she will leave her post in June."}, false, false},
		{"no lede", []string{opening, named}, true, false},
		{"same article", []string{opening + " " + named}, false, false},
		{"fill", []string{opening, named}, false, true},
	} {
		c := ledeCluster(t, tc.texts...)
		if tc.notLede {
			c.cands[1].pos = ledeDepth
		}
		c.reader = !tc.fill
		c.lead = c.cands[0].fact
		f := namedFacts(c)
		if got := c.openWithNamedTwin(slices.Clone(f)); !slices.Equal(got, f) || c.lead != f[0] {
			t.Errorf("%s: summary %v lead %d, want %v lead %d", tc.name, got, c.lead, f, f[0])
		}
	}
}

// TestNamedAfterHead: a name titled by the subject's head opens the line.
func TestNamedAfterHead(t *testing.T) {
	for s, want := range map[string]bool{
		"Harbour master Anna Varga, who rebuilt the pier, said she will go.": true,
		"Anna Varga, the Tarnwick harbour master, said she will go.":         true,
		"The harbour master said Tuesday that she will go.":                  false,
		"Harbour master Varga said Tuesday that she will go.":                false,
		"Anna Varga, who rebuilt the pier, said the master will go.":         false,
	} {
		if got := namedAfterHead(s, "master"); got != want {
			t.Errorf("namedAfterHead(%q) = %v, want %v", s, got, want)
		}
	}
}
