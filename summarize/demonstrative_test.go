package summarize

import (
	"slices"
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
)

// TestDemonstrativeHeads: a "these X" or "those X", or a "that X" after a
// preposition, that points back gives its noun; a time, a count, an
// idiom, a place, a phrase that says which ones, a pronoun or conjunction
// use and a noun the sentence names before give nothing.
func TestDemonstrativeHeads(t *testing.T) {
	tests := []struct {
		name, s string
		want    []string
	}{
		{"object", "The harbour board doubted the rumour because of its tight control of those units.", []string{"unit"}},
		{"subject", "Police in Tarnwick say those attempts were unsuccessful.", []string{"attempt"}},
		{"two modifiers", "Along with those gravity-mapping instruments, the probe will carry a camera.", []string{"instrument"}},
		{"at a comma", "Anna Varga said these ferries, all built in 1980, must be retired.", []string{"ferrie"}},
		{"a time", "Ferries are rarely late these days, the harbour board said.", nil},
		{"a manner", "To lose a ferry in these circumstances is hard, Anna Varga said.", nil},
		{"counted", "The guard who rang those 12 bells was thanked on Monday.", nil},
		{"counted in words", "Explaining why they picked those two singers, the founder spoke.", nil},
		{"pinned by a phrase", "Those ferries of the northern line were sold in May.", nil},
		{"pinned by a clause", "Those ferries that sailed at night were late.", nil},
		{"pronoun", "Those who sailed on Monday were late.", nil},
		{"a modifier before the noun", "Those bus timetables were never printed.", []string{"timetable"}},
		{"named before", "Tarnwick runs six ferries, and those ferries are all old.", nil},
		{"no demonstrative", "The ferries of Tarnwick are all old.", nil},
		{"that after a preposition", "Based on that call, the harbour board sent a boat.", []string{"call"}},
		{"that, singular, the answer", "The answer to that question is that no ferry sank.", []string{"question"}},
		{"that as a conjunction", "Anna Varga said that ferries were late.", nil},
		{"that in an idiom", "In that case, the ferry would not sail.", nil},
		{"that and a time", "Anna Varga was hailed for her actions on that fateful day last May.", nil},
		{"that and a place", "Ferries in that country are old.", nil},
		{"that running into the clause", "Coins dropped at that spot slipped under the boards.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := demonstrativeHeads(tt.s); !slices.Equal(got, tt.want) {
				t.Errorf("demonstrativeHeads(%q) = %q, want %q", tt.s, got, tt.want)
			}
		})
	}
}

// TestDemonstrativeStands: a sentence with "those X" stands in a reader's
// summary only when a chosen sentence names X or right after the sentence
// before it in its source.
func TestDemonstrativeStands(t *testing.T) {
	arts := []chorus.Article{
		{ID: "1", Text: "The harbour board of Tarnwick sold two of its old ferries on Friday. Anna Varga said those ferries had sailed for forty years."},
		{ID: "2", Text: "Tarnwick's ferries are among the oldest in the north. Rain fell over Tarnwick all week long."},
		{ID: "3", Text: "A storm closed the harbour of Tarnwick on Sunday. The crossing reopened on Monday morning."},
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
		want   bool
	}{
		{"alone", "Anna Varga said those ferries", nil, false},
		{"after the sentence before it", "Anna Varga said those ferries", []string{"The harbour board of Tarnwick"}, true},
		{"named by another chosen sentence", "Anna Varga said those ferries", []string{"Tarnwick's ferries are"}, true},
		{"not named", "Anna Varga said those ferries", []string{"A storm closed"}, false},
		{"no demonstrative", "The crossing reopened", nil, true},
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
			if got := c.demonstrativeStands(fact(tt.s), chosen, nm); got != tt.want {
				t.Errorf("demonstrativeStands(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
	off := &cluster{p: c.p, lead: -1}
	if !off.prepare(arts) {
		t.Fatal("cannot prepare the articles")
	}
	if !off.demonstrativeStands(off.cands[1].fact, make([]bool, len(off.facts)), off.newNames()) {
		t.Error("a summary not for a reader holds the sentence back")
	}
}
