package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

// ledeCluster prepares a reader's cluster of the invented articles texts,
// one sentence index per article read first, with figures read.
func ledeCluster(t *testing.T, texts ...string) *cluster {
	t.Helper()
	c := &cluster{lead: -1}
	var arts []chorus.Article
	for i, s := range texts {
		arts = append(arts, chorus.Article{ID: string(rune('a' + i)), Text: s})
	}
	if !c.prepare(arts) {
		t.Fatal("no sentences read")
	}
	c.reader = true
	c.figs = c.figures()
	return c
}

// ledeFacts reads first and other as two articles (ledeCluster) and
// returns the cluster and the facts of the first sentence and the last;
// a case read as one fact tests nothing and fails.
func ledeFacts(t *testing.T, first, other string) (c *cluster, a, b int) {
	t.Helper()
	c = ledeCluster(t, first, other)
	a, b = c.cands[0].fact, c.cands[len(c.cands)-1].fact
	if a == b {
		t.Fatal("one fact read")
	}
	return c, a, b
}

// TestLedeTwins checks which pairs of openings read as two ledes of one
// event, on invented sentences.
func TestLedeTwins(t *testing.T) {
	lead := "Tarnwick harbour police found a stowaway hidden inside a wooden crate on a ferry from Ostrel this week."
	tests := []struct {
		name, other string
		want        bool
	}{
		{"another wire's lede with an age and an aside", "Tarnwick harbour police have found a 19-year-old stowaway hidden inside a crate on the Ostrel ferry, a method not seen before at the port.", true},
		{"a counted figure of its own", "Tarnwick harbour police found 140 stowaways hidden inside crates on ferries from Ostrel this year, the port said.", false},
		{"the same subject, no event word shared", "Tarnwick harbour police say the Ostrel ferry crate stowaway is a 19-year-old student from a wooden village.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, a, b := ledeFacts(t, lead, tt.other)
			if got := c.ledeTwins(b, a); got != tt.want {
				t.Errorf("ledeTwins = %v, want %v", got, tt.want)
			}
		})
	}
	c := ledeCluster(t, lead+" Officers said the stowaway had found his way into the crate before the ferry left Ostrel on Sunday night, hidden inside with water.")
	if c.ledeTwins(c.cands[1].fact, c.cands[0].fact) {
		t.Error("two sentences of one article read as two ledes")
	}
}

// TestReplaceLedeTwins checks that a chosen second lede of the opening's
// event gives its place to a sentence that tells news, and that it stays
// when no sentence may take its place, on invented sentences.
func TestReplaceLedeTwins(t *testing.T) {
	lead := "Tarnwick harbour police found a stowaway hidden inside a wooden crate on a ferry from Ostrel this week."
	twin := "Tarnwick harbour police have found a 19-year-old stowaway hidden inside a crate on the Ostrel ferry, a method not seen before at the port."
	news := "The ferry line Merrow Bell said it will screen every crate loaded in Ostrel from next month."
	c := ledeCluster(t, lead+" "+news, twin)
	if len(c.cands) != 3 {
		t.Fatalf("%d sentences read, want 3", len(c.cands))
	}
	l, n, w := c.cands[0].fact, c.cands[1].fact, c.cands[2].fact
	c.lead = l
	got := c.replaceLedeTwins([]int{l, w})
	if len(got) != 2 || got[0] != l || got[1] != n {
		t.Errorf("picked %v, want [%d %d] (the twin %d replaced)", got, l, n, w)
	}
	c = ledeCluster(t, lead, twin)
	c.lead = c.cands[0].fact
	w = c.cands[1].fact
	if got := c.replaceLedeTwins([]int{c.lead, w}); len(got) != 2 || got[1] != w {
		t.Errorf("picked %v, want the twin kept with nothing to take its place", got)
	}
}

// TestLabelOpening checks the colon label test of a stand-in.
func TestLabelOpening(t *testing.T) {
	for s, want := range map[string]bool{
		"Here are the best lines: the mayor said she would stay.":                                   true,
		"Update: the ferry has left Ostrel.":                                                        true,
		"The mayor of Tarnwick said two things on Monday: she would stay, and the audit was wrong.": false,
	} {
		if got := labelOpening(s); got != want {
			t.Errorf("labelOpening(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestRestatesLede checks which stand-ins tell the opening's news again in
// other words, on invented sentences.
func TestRestatesLede(t *testing.T) {
	tests := []struct {
		name, lead, other string
		want              bool
	}{
		{"the pick in other words", "Senator Ilse Varga announced on Monday that Tomas Brandt will be her running mate in the Tarnwick governor's race.", "Varga named Brandt as her pick for running mate at a rally.", true},
		{"the name and the figure again", "The Merrow Bell ferry, built to sail at 40 knots, entered service in Ostrel on Friday.", "The Merrow Bell, designed for 40 knots, is twice as quick as its forebear.", true},
		{"a fact of its own", "Senator Ilse Varga announced on Monday that Tomas Brandt will be her running mate in the Tarnwick governor's race.", "Brandt, a former harbour master, has never held elected office.", false},
		{"a long sentence with a few words of the lede", "Senator Ilse Varga announced on Monday that Tomas Brandt will be her running mate in the Tarnwick governor's race.", "Polls taken across Tarnwick last spring found Varga trailing her rival among older voters in the northern valleys, where the harbour closures hit hardest and Brandt once ran a ferry line.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, a, b := ledeFacts(t, tt.lead, tt.other)
			if got := c.restatesLede(b, a); got != tt.want {
				t.Errorf("restatesLede = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestCutAtInitial(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Earlier that day, the council named the new harbour master, Ilse K.", true},
		{"Earlier that day, the council named the new harbour master, ilse k.", true},
		{"The council named Ilse Varga the new harbour master.", false},
		{"K.", false},
	}
	for _, tt := range tests {
		if got := cutAtInitial(tt.text); got != tt.want {
			t.Errorf("cutAtInitial(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
