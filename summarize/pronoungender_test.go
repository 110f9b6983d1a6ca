package summarize

import (
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
)

// TestPronounSubject: "he" or "she" as a sentence's first word, after a
// quotation mark too, gives its gender; any other opening none.
func TestPronounSubject(t *testing.T) {
	tests := []struct {
		name, s string
		want    byte
	}{
		{"he", "He said the sale was hard to bear.", 'm'},
		{"she", "She was released on Monday.", 'f'},
		{"in a quotation", "\"He's a fixer,\" a colleague said.", 'm'},
		{"they", "They said the sale was hard.", 0},
		{"a name", "Anna Varga said the sale was hard.", 0},
		{"a fronted phrase", "On Monday, he said the sale was hard.", 0},
		{"hero", "Heroes of Tarnwick were thanked on Monday.", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := pronounSubject(tt.s); got != tt.want {
				t.Errorf("pronounSubject(%q) = %q, want %q", tt.s, got, tt.want)
			}
		})
	}
}

// TestNamesSomeone: a given name, a word of the gender or of a person's
// part, a title or an age names someone a pronoun after it may stand
// for; a sentence about things names no one.
func TestNamesSomeone(t *testing.T) {
	tests := []struct {
		name, s string
		g       byte
		want    bool
	}{
		{"given name", "Daniel Lind sold the line.", 'm', true},
		{"given name of the other gender", "Anna Varga sold the line.", 'm', true},
		{"a word of the gender", "The old man sold the line.", 'm', true},
		{"a role", "The harbour ranger climbed the ridge.", 'm', true},
		{"a possessive role", "The boat was taken from the victim's yard.", 'f', true},
		{"a title", "The line was sold, Dr. Lind said.", 'm', true},
		{"an age", "Varga, 41, sold the line.", 'f', true},
		{"an age in words", "Varga, an 18-year-old student, sold it.", 'f', true},
		{"things only", "The line was sold to the harbour board in 1990.", 'm', false},
		{"a count, not an age", "The board, 12 members strong, sold the line.", 'm', false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := namesSomeone(tt.s, tt.g); got != tt.want {
				t.Errorf("namesSomeone(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}

// TestOpensPlain: a sentence opening with a function word opens plain;
// one opening with a name, a noun or a pronoun of a person does not.
func TestOpensPlain(t *testing.T) {
	tests := []struct {
		name, s string
		want    bool
	}{
		{"the", "The line was sold in 1990.", true},
		{"a preposition", "In 1990, the line was sold.", true},
		{"a surname", "Lind sold the line in 1990.", false},
		{"a noun", "Police sold the line in 1990.", false},
		{"a pronoun", "He sold the line in 1990.", false},
		{"his", "His line was sold in 1990.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := opensPlain(tt.s); got != tt.want {
				t.Errorf("opensPlain(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}

// TestPronounStands: a sentence opening with "he" whose article's
// sentence before it names no one, the person named a few sentences up,
// stands in a reader's summary only when a chosen sentence names a man,
// a person by their part or that person by surname; a "she" after a
// sentence that names her needs nothing more.
func TestPronounStands(t *testing.T) {
	arts := []chorus.Article{
		{ID: "1", Text: "Daniel Lind ran the ferry line in Tarnwick for thirty years. The line was sold to the harbour board in 1990. He said the sale was hard to bear."},
		{ID: "2", Text: "The harbour board of Tarnwick bought two new ferries on Friday. Rain fell over Tarnwick all week long. Lind spoke to reporters at the pier on Sunday."},
		{ID: "3", Text: "Anna Varga, 41, took over the ferry line on Monday. She said the ferries would run again by May."},
		{ID: "4", Text: "A storm closed the harbour of Tarnwick on Sunday. The harbour ranger closed the pier for a week."},
	}
	c := &cluster{p: func() *Tuning { x := DefaultTuning(); return &x }(), lead: -1, reader: true}
	if !c.prepare(arts) {
		t.Fatal("cannot prepare the articles")
	}
	fact := func(prefix string) int {
		for i := range c.cands {
			if strings.HasPrefix(c.cands[i].text, prefix) {
				return c.cands[i].fact
			}
		}
		t.Fatalf("no candidate %q", prefix)
		return -1
	}
	tests := []struct {
		name   string
		s      string
		chosen []string // sentences chosen before
		with   string   // a sentence brought in beside it
		want   bool
	}{
		{"after a sentence naming no one", "He said the sale", []string{"The line was sold"}, "", false},
		{"a man named", "He said the sale", []string{"The line was sold", "Daniel Lind ran"}, "", true},
		{"the person by surname", "He said the sale", []string{"The line was sold", "Lind spoke"}, "", true},
		{"a person by their part", "He said the sale", []string{"The line was sold", "The harbour ranger"}, "", true},
		{"only a woman named", "He said the sale", []string{"The line was sold", "Anna Varga"}, "", false},
		{"brought in with a man named", "He said the sale", []string{"The line was sold"}, "Daniel Lind ran", true},
		{"brought in with no one named", "He said the sale", nil, "The line was sold", false},
		{"after a sentence naming her", "She said the ferries", []string{"Anna Varga"}, "", true},
		{"no pronoun", "The line was sold", nil, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			nm := c.newNames()
			for _, p := range tt.chosen {
				nm.add(c.cands[c.facts[fact(p)].rep].text)
			}
			with := -1
			if tt.with != "" {
				with = fact(tt.with)
			}
			if got := c.pronounStands(fact(tt.s), nm, with); got != tt.want {
				t.Errorf("pronounStands(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
	off := &cluster{p: c.p, lead: -1}
	if !off.prepare(arts) {
		t.Fatal("cannot prepare the articles")
	}
	if !off.pronounStands(off.cands[2].fact, off.newNames(), -1) {
		t.Error("a summary not for a reader holds the sentence back")
	}
}
