package summarize

import (
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
)

// TestPrevDefiniteStands: a body sentence opening with "the X" that
// package defect lets stand ("The lantern originated with ...") stands in a
// reader's summary only when a chosen sentence names X or right after the
// sentence that introduced it; a phrase that says which one ("The report
// by ..."), an introduction that is itself definite or a title ("the
// Orrin Gazette", "warden Ada Roe"), a quote and a noun the sentence
// before never mentions leave it free.
func TestPrevDefiniteStands(t *testing.T) {
	arts := []chorus.Article{
		{ID: "1", Text: "A collector in Velmora bought a lantern at a harbour auction on Friday. The lantern originated with a shipwright in the north, the auction house said."},
		{ID: "2", Text: "Inspectors wrote a long report on the ferry. The report by the harbour board was published in May after a delay."},
		{ID: "3", Text: "The Orrin Gazette ran the story on Sunday morning. The gazette reported that the ferry had been docked for weeks."},
		{ID: "4", Text: "Harbour warden Ada Roe spoke on Monday about the ferry. The warden said the crossing would reopen in spring."},
		{ID: "5", Text: "Rain fell over Velmora all week long. The ferry was cancelled twice before the weekend."},
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
		{"alone", "The lantern originated", nil, false},
		{"after its introduction", "The lantern originated", []string{"A collector in Velmora"}, true},
		{"named by another chosen sentence", "The lantern originated", []string{"The ferry was cancelled", "Inspectors wrote"}, false},
		{"pinned by a phrase", "The report by the harbour", nil, true},
		{"introduced as a name", "The gazette reported", nil, true},
		{"introduced as a title", "The warden said", nil, true},
		{"never introduced", "The ferry was cancelled", nil, true},
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
			if got := c.prevDefiniteStands(fact(tt.s), chosen, nm); got != tt.want {
				t.Errorf("prevDefiniteStands(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
	nm := c.newNames()
	nm.add("Velmora's collector said the lantern dated from the last century.")
	if !c.prevDefiniteStands(fact("The lantern originated"), make([]bool, len(c.facts)), nm) {
		t.Error("a lantern named by a chosen sentence should let the sentence stand")
	}
}

// TestIntroducesPlain: a noun introduces when no "the", demonstrative or
// possessive opens its phrase and it ends the phrase.
func TestIntroducesPlain(t *testing.T) {
	tests := []struct {
		prev string
		want bool
	}{
		{"A collector bought an old brass lantern at auction.", true},
		{"She kept lanterns in the shed.", true},
		{"The old brass lantern hung by the door.", false},
		{"Her lantern was lit.", false},
		{"The lantern shop opened on Monday.", false},
	}
	for _, tt := range tests {
		if got := introducesPlain(tt.prev, []string{"lantern"}); got != tt.want {
			t.Errorf("introducesPlain(%q) = %v, want %v", tt.prev, got, tt.want)
		}
	}
}

// TestPinnedAfterAndRewritable: a phrase or an apposition after the noun
// says which one is meant; an introduction with modifiers is one the body
// rewrite writes in, so the sentence is left to it.
func TestPinnedAfterAndRewritable(t *testing.T) {
	pinned := map[string]bool{
		"The report by the harbour board was late.":       true,
		"The clerks, arrested in Orrin, were released.":   true,
		"The lantern originated with a shipwright.":       false,
		"The lantern, a gift, originated with a builder.": false,
	}
	for s, want := range pinned {
		if got := pinnedAfter(s); got != want {
			t.Errorf("pinnedAfter(%q) = %v, want %v", s, got, want)
		}
	}
	s := "The lantern originated with a shipwright."
	if !rewritable(s, "A collector bought an old brass lantern on Friday.") {
		t.Error("an old brass lantern: the rewrite should write it in")
	}
	if rewritable(s, "A collector bought a lantern on Friday.") {
		t.Error("a bare a lantern: the rewrite should leave it")
	}
}
