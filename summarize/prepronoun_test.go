package summarize

import (
	"strings"
	"testing"

	chorus "github.com/chorusnews/chorus"
)

func TestPrepPronounOpening(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want bool
	}{
		{"in it with a comma", "In it, the harbour master describes the night the pier fell.", true},
		{"in it bare", "In it he lists every ferry that sank off Tarnwick.", true},
		{"on them", "On them is the face of a missing Velmora fisherman.", true},
		{"inside it", "Inside it, divers found a brass bell from 1902.", true},
		{"within them", "Within them, the mayor names three harbour clerks.", true},

		{"it all", "In it all, nobody asked the ferry crew.", false},
		{"misspelt its", "In it's place, the council will build a car park.", false},
		{"behind it", "Behind it, the cable snapped and struck two sailors.", false},
		{"without it", "Without it, the Tarnwick ferry could not sail.", false},
		{"in its", "In its report, the harbour board blamed the storm.", false},
		{"in item", "In item four, the council lists the pier's debts.", false},
		{"on time", "On time and under budget, the pier reopened.", false},
		{"lower case", "in it, the mayor describes the storm.", false},
		{"plain news", "The Tarnwick ferry sank on Tuesday.", false},
		{"empty", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := prepPronounOpening(tt.s); got != tt.want {
				t.Errorf("prepPronounOpening(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}

// TestPrepPronounStands: "In it, ..." stands right after its article's
// sentence before it, or once a chosen sentence names the video its
// article names before it; it never leads (flagLeansBack).
func TestPrepPronounStands(t *testing.T) {
	arts := []chorus.Article{
		{ID: "1", Text: "A video of the Tarnwick pier collapse was posted on Friday. In it, a ferry clerk runs along the quay as the planks give way. The pier had been closed twice before."},
		{ID: "2", Text: "Harbour officials in Tarnwick released the video on Saturday. Rain fell over Tarnwick all week long."},
		{ID: "3", Text: "A storm closed the harbour of Tarnwick on Sunday. The crossing reopened on Monday morning."},
		{ID: "4", Text: "Velmora's mayor shared a clip of the collapse with her followers. She called for an inquiry."},
	}
	c := &cluster{p: func() *Tuning { x := DefaultTuning(); return &x }(), lead: -1, reader: true}
	if !c.prepare(arts) {
		t.Fatal("cannot prepare the articles")
	}
	c.markPrepPronouns()
	fact := func(prefix string) int {
		for i := range c.cands {
			if strings.HasPrefix(c.cands[i].text, prefix) {
				return c.cands[i].fact
			}
		}
		t.Fatalf("no candidate %q", prefix)
		return -1
	}
	if rep := &c.cands[c.facts[fact("In it,")].rep]; rep.flags&flagLeansBack == 0 {
		t.Errorf("%q: no flagLeansBack", rep.text)
	}
	tests := []struct {
		name   string
		s      string
		chosen []string // sentences chosen before
		want   bool
	}{
		{"alone", "In it,", nil, false},
		{"after the sentence before it", "In it,", []string{"A video of the Tarnwick"}, true},
		{"container named by another source", "In it,", []string{"Harbour officials in Tarnwick"}, true},
		{"a container of the same kind", "In it,", []string{"Velmora's mayor shared"}, true},
		{"not named", "In it,", []string{"A storm closed"}, false},
		{"no opening pronoun", "The crossing reopened", nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			nm := c.newNames()
			chosen := make([]bool, len(c.facts))
			for _, p := range tt.chosen {
				f := fact(p)
				chosen[f] = true
				nm.add(c.cands[c.facts[f].rep].text)
			}
			if got := c.prepPronounStands(fact(tt.s), chosen, nm); got != tt.want {
				t.Errorf("prepPronounStands(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
	off := &cluster{p: c.p, lead: -1}
	if !off.prepare(arts) {
		t.Fatal("cannot prepare the articles")
	}
	if !off.prepPronounStands(off.cands[1].fact, make([]bool, len(off.facts)), off.newNames()) {
		t.Error("a summary not for a reader holds the sentence back")
	}
}
