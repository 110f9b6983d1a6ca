package summarize

import (
	"strings"
	"testing"

	chorus "github.com/chorusnews/chorus"
)

func TestSpokenLine(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want bool
	}{
		{"kinda", "And it kinda all happened at once.", true},
		{"gonna", "The pier is gonna fall into the sea.", true},
		{"ain't", "That ferry ain't sailing today.", true},
		{"typographic apostrophe", "That ferry ain’t sailing today.", true},
		{"you know opening", "You know, the pier was gone when we got there.", true},
		{"i mean opening", "I mean, the whole harbour was under water.", true},
		{"filler opening", "Um, the water was everywhere on the quay.", true},
		{"a writer's wink", "The mayor's record on piers is, um, mixed.", false},
		{"an aside between commas", "Anna Varga asked the mayor, you know, one sailor to another, what he planned.", false},
		{"yeah opening", "Yeah, the ferry left without us.", true},

		{"quoted", `"It's gonna be the best pier in the world," Anna Varga said.`, false},
		{"like a verb", "Residents like the new pier at Tarnwick.", false},
		{"you know a clause", "Anna Varga said you know a harbour by its smell.", false},
		{"place name", "Divers found a wreck off Umm Tuba on Sunday.", false},
		{"acronym", "A professor at uh, the University of Tarnwick, read the letters.", false},
		{"plain news", "The Tarnwick ferry sank on Tuesday.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := spokenLine(tt.s); got != tt.want {
				t.Errorf("spokenLine(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}

// TestMarkSpokenLines: a spoken line after its article's first sentence
// is left out (flagNarrator); the first sentence is kept.
func TestMarkSpokenLines(t *testing.T) {
	arts := []chorus.Article{
		{ID: "1", Text: "The Tarnwick pier was, um, not built to last. Anna Varga saw it fall on Tuesday. There was water everywhere and it kinda all happened at once."},
	}
	c := &cluster{p: func() *Tuning { x := DefaultTuning(); return &x }(), lead: -1}
	if !c.prepare(arts) {
		t.Fatal("cannot prepare the articles")
	}
	c.markSpokenLines()
	seen := 0
	for i := range c.cands {
		cd := &c.cands[i]
		want := strings.HasPrefix(cd.text, "There was water")
		if want || strings.HasPrefix(cd.text, "The Tarnwick pier") {
			seen++
		}
		if got := cd.flags&flagNarrator != 0; got != want {
			t.Errorf("%q: flagNarrator %v, want %v", cd.text, got, want)
		}
	}
	if seen != 2 {
		t.Errorf("%d of the 2 sentences are candidates", seen)
	}
}
