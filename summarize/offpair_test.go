package summarize

import (
	"slices"
	"testing"

	"github.com/chorusnews/chorus"
)

// TestOffStoryPair checks that of two sources sharing almost no words, the
// one without the lead is off the story, and that two pages of one event,
// or a cluster with no lead, are left whole.
func TestOffStoryPair(t *testing.T) {
	arrest := "Police in Tarnwick arrested the harbour master, Peter Rell, on Tuesday on charges of selling mooring permits for cash. " +
		"Detectives said Rell took payments from at least twelve trawler owners over three years and kept no record of the fees. " +
		"He was released on bail and will appear before the county magistrates next month, a police spokeswoman said."
	arrestToo := "The harbour master of Tarnwick, Peter Rell, was arrested on Tuesday and charged with selling mooring permits, police said. " +
		"Trawler owners told detectives they paid Rell in cash for berths, and he kept no record of the permits he sold. " +
		"Rell was released on bail and is due before the magistrates next month."
	bakery := "Anna Varga's bakery on Mill Lane won the county's bread prize with a rye loaf baked in a wood oven her grandfather built. " +
		"Judges praised its crust and the sour tang of a starter she has fed every morning since opening the shop in a former forge. " +
		"Queues now stretch past the chapel on Saturday mornings, and she plans to hire two apprentices before the autumn fair."
	tests := []struct {
		name     string
		articles []chorus.Article
		leadDoc  int // document of the lead fact, -1 for none
		want     []int
	}{
		{"other story", articlesOf(arrest, bakery), 0, []int{1}},
		{"other story first", articlesOf(bakery, arrest), 1, []int{0}},
		{"one event", articlesOf(arrest, arrestToo), 0, nil},
		{"no lead", articlesOf(arrest, bakery), -1, nil},
		{"three sources", articlesOf(arrest, arrestToo, bakery), 0, []int{2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := DefaultTuning()
			c := cluster{p: &p, lead: -1}
			if !c.prepare(tt.articles) {
				t.Fatal("no text")
			}
			c.st = c.collectStats()
			lead := -1
			if tt.leadDoc >= 0 {
				lead = c.cands[c.docs[tt.leadDoc].cands[0]].fact
			}
			var got []int
			for d := range c.offStorySources(lead) {
				got = append(got, d)
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("off-story sources %v, want %v", got, tt.want)
			}
		})
	}
}
