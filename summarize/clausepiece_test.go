package summarize

import (
	"strings"
	"testing"

	chorus "github.com/chorusnews/chorus"
)

func TestClausePiece(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want bool
	}{
		{"which alone", "Which means the ferry will not run until spring.", true},
		{"which is why", "Which is why the council of Tarnwick voted again.", true},
		{"headless who", "Who rowed for Velmora for a decade -- retired on Monday.", true},
		{"who question", "Who knows what the mayor will do next.", false},
		{"who asked", "Who paid for the pier? Nobody will say.", false},
		{"where alone", "Where the old mill stood before the flood.", true},
		{"where with main clause", "Where the mill stood, the town built a school.", false},
		{"cut at time", "When the mayor of Tarnwick left the hall at 9 p.m.", true},
		{"cut at acronym", "As the delegation prepares to visit the U.S.", true},
		{"one clause", "While the crew was repairing the pier.", true},
		{"verbless", "After a long and bitter winter in the hills.", true},
		{"long verbless hides a verb", "After a long pause the band from Velmora returns to the stage at the Tarnwick hall.", false},
		{"main clause pronoun", "When the ferry stopped they walked home.", false},
		{"main clause two verbs", "When the dam broke the valley was flooded.", false},
		{"contraction", "If we're late they'll close the gate.", false},
		{"comma", "While the crew slept, the storm moved north.", false},
		{"as many as", "As many as 40 boats sank in the harbour.", false},
		{"since a year", "Since 2031 there has been no ferry.", false},
		{"since then", "Since then the pier has stood empty.", false},
		{"plain sentence", "The ferry sank in the harbour on Monday.", false},
		{"quoted", `"Which way is the pier," she asked.`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := clausePiece(tt.s); got != tt.want {
				t.Errorf("clausePiece(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}

func TestStrayMarkOpening(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{`" the harbour board said it would meet again. "we will not sell the pier," a clerk said.`, true},
		{`" we will not sell the pier, " a clerk said.`, false},
		{`"We will not sell the pier," a clerk said.`, false},
		{`" [The board] will meet again," a clerk said.`, false},
	}
	for _, tt := range tests {
		if got := strayMarkOpening(tt.s); got != tt.want {
			t.Errorf("strayMarkOpening(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestMarkClausePieces: a relative clause left alone is never selected,
// and the cluster keeps its length (countsForLength).
func TestMarkClausePieces(t *testing.T) {
	arts := []chorus.Article{
		{ID: "1", Text: "The Tarnwick ferry stopped running on Monday after a storm damaged the pier. Which means the islanders must wait for the spring."},
		{ID: "2", Text: "Ferry services to Tarnwick were halted on Monday when a storm hit the harbour."},
	}
	c := &cluster{p: func() *Tuning { x := DefaultTuning(); return &x }(), lead: -1}
	if !c.prepare(arts) {
		t.Fatal("cannot prepare the articles")
	}
	c.markClausePieces()
	seen := false
	for i := range c.cands {
		cd := &c.cands[i]
		piece := strings.HasPrefix(cd.text, "Which means")
		seen = seen || piece
		if selectable(cd) == piece {
			t.Errorf("%q: selectable %v", cd.text, selectable(cd))
		}
		if piece && !countsForLength(cd) {
			t.Errorf("%q: no longer counts for the length", cd.text)
		}
	}
	if !seen {
		t.Error("no candidate opens with the relative clause")
	}
}
