package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

// TestSaysLittle checks the repeat rule of selection on invented
// sentences: a sentence whose content words the chosen sentences already
// hold, all but a quarter, is a repeat; one that adds a figure, a name or
// an event of its own is not.
func TestSaysLittle(t *testing.T) {
	chosen := []string{
		"Linda Marsh, 54, and her son went missing on a fishing trip off Greyhaven on Sunday.",
		"The coastguard said the search for the Marsh family would resume at dawn.",
	}
	tests := []struct {
		name string
		text string
		want bool
	}{
		{"the same fact, fewer words", "Linda Marsh remains missing after the fishing trip.", true},
		{"a quote's other version", "\"The search will resume at dawn,\" the coastguard said.", true},
		{"a new figure", "Divers found the boat's hull 14 miles south of Greyhaven.", false},
		{"a new event about the same people", "Her son was rescued by a passing freighter on Tuesday.", false},
		{"a new name", "Mayor Ossian Pell thanked the volunteers who joined the search.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &cluster{lead: -1}
			var arts []chorus.Article
			for i, s := range append(chosen, tt.text) {
				arts = append(arts, chorus.Article{ID: string(rune('a' + i)), Text: s})
			}
			if !c.prepare(arts) {
				t.Fatal("no sentences read")
			}
			if len(c.cands) != len(chosen)+1 {
				t.Fatalf("%d sentences read, want %d", len(c.cands), len(chosen)+1)
			}
			var picked []int
			for i := range chosen {
				c.said = sortUnique(append(c.said, c.cands[i].terms...))
				picked = append(picked, c.cands[i].fact)
			}
			last := &c.cands[len(chosen)]
			if got := c.saysLittle(last.terms); got != tt.want {
				t.Errorf("saysLittle = %v, want %v", got, tt.want)
			}
			c.figs = c.figures()
			if got := c.redundant(last.fact, picked, 1.1); tt.want && !got {
				t.Errorf("redundant = false for a repeat")
			}
			c.figs = nil // a Fill budget's padding: paraphrases and repeats may pad the tail
			if c.redundant(last.fact, picked, 1.1) {
				t.Errorf("redundant while padding")
			}
		})
	}
}

func TestSameOpening(t *testing.T) {
	chosen := "A federal court ruled on Friday that the harbour authority's dredging plan breaks the coastal protection law."
	tests := []struct {
		name string
		text string
		want bool
	}{
		{"the same lead in other words", "A federal court ruled on Friday that the harbour authority's dredging \"almost certainly\" harms the protected reef, setting up an appeal.", true},
		{"the same opening in other case", "a Federal Court ruled on Friday that the harbour authority must publish its survey data.", true},
		{"another opening", "The harbour authority said it would appeal the ruling within a week.", false},
		{"a shorter sentence", "A federal court ruled on Friday.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &cluster{lead: -1}
			arts := []chorus.Article{{ID: "a", Text: chosen}, {ID: "b", Text: tt.text}}
			if !c.prepare(arts) || len(c.cands) != 2 {
				t.Fatalf("%d sentences read, want 2", len(c.cands))
			}
			if got := c.sameOpening(0, 1); got != tt.want {
				t.Errorf("sameOpening = %v, want %v", got, tt.want)
			}
			c.said = sortUnique(append(c.said, c.cands[0].terms...))
			c.figs = c.figures()
			if got := c.redundant(c.cands[1].fact, []int{c.cands[0].fact}, 1.1); tt.want && !got {
				t.Errorf("redundant = false for a lead told twice")
			}
		})
	}
}

func TestQuoteBonusSpeakerless(t *testing.T) {
	tests := []struct {
		name string
		text string
		want bool // fact.quote set: the bonus is taken away at the default length
	}{
		{"news with a quoted phrase", "The mayor of Greyhaven married his partner on Saturday, saying \"I do\" before 200 guests, sources confirmed to the Greyhaven Post.", false},
		{"a quote that opens the sentence", "\"The whole pier shook,\" said Ada Venn, a ferry clerk.", true},
		{"a quote with no speaker", "The pier \"shook like a leaf, and nobody knew where to run,\" she said.", true},
		{"no quote", "The mayor of Greyhaven married his partner on Saturday before 200 guests.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &cluster{lead: -1}
			if !c.prepare([]chorus.Article{{ID: "a", Text: tt.text}}) || len(c.cands) != 1 {
				t.Fatalf("%d sentences read, want 1", len(c.cands))
			}
			c.score(DefaultModel())
			if got := c.facts[0].quote != 0; got != tt.want {
				t.Errorf("quote bonus taken away = %v, want %v", got, tt.want)
			}
		})
	}
}
