package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

// TestPairNewsLead checks that of two pages sharing almost no words, a
// lead from the page that reads as no news report (no verb of saying, no
// day) gives way to the news page's lead, and that a lead from the news
// page, a pair of two news pages, or a pair of two pages with no report
// are left as offStoryPair chose.
func TestPairNewsLead(t *testing.T) {
	sacked := "Anna Varga, the Tarnwick harbour pilot, was sacked on Monday after a trawler ran aground at the mouth of the estuary. " +
		"The port authority said she had ignored two warnings from the coastguard about the falling tide. " +
		"Varga told reporters she would appeal, and the pilots' union called the dismissal a scapegoating of its members."
	wages := "Glass recycling collectors empty bottle banks along suburban routes and sort clear from coloured cullet by hand. " +
		"Median annual earnings for such collectors exceed those of warehouse packers by a wide margin across every region. " +
		"Employment projections show modest growth in municipal depots, with openings concentrated near large cities."
	bakery := "Mira Holt's bakery on Mill Lane won the county bread prize on Saturday with a rye loaf baked in a wood oven. " +
		"Judges praised its crust and the sour tang of an old starter that set it apart from forty other entries at the fair. " +
		"Holt told the paper she plans to hire apprentices before the autumn market opens."
	rye := "Rye is a hardy cereal grass grown across northern plains where wheat fails in poor sandy soils and long frosts. " +
		"Its grain is milled into dark flour, distilled into whisky or fed to cattle as winter fodder in upland farms. " +
		"Ergot, a fungus of wet summers, makes the crop poisonous unless the infected kernels are removed before milling."
	tests := []struct {
		name     string
		articles []chorus.Article
		leadDoc  int  // document of the first lead
		want     bool // the lead is chosen again
		wantDoc  int  // document of the lead chosen again
	}{
		{"lead on the page of wages", articlesOf(sacked, wages), 1, true, 0},
		{"lead on the page of wages first", articlesOf(wages, sacked), 0, true, 1},
		{"lead on the news page", articlesOf(sacked, wages), 0, false, 0},
		{"two pages with no report", articlesOf(rye, wages), 1, false, 0},
		{"two news pages", articlesOf(sacked, bakery), 0, false, 0},
		{"two news pages other first", articlesOf(bakery, sacked), 1, false, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := DefaultTuning()
			c := cluster{p: &p, lead: -1}
			if !c.prepare(tt.articles) {
				t.Fatal("no text")
			}
			c.st = c.collectStats()
			c.reader = true
			lead := leadChoice{fact: c.cands[c.docs[tt.leadDoc].cands[0]].fact, score: map[int]float64{}}
			off := c.offStorySources(lead.fact)
			if len(off) != 1 {
				t.Fatalf("offStoryPair left out %v, want one page", off)
			}
			again, bar, ok := c.pairNewsLead(lead, off, 0, false, true)
			if ok != tt.want {
				t.Fatalf("chosen again = %v, want %v", ok, tt.want)
			}
			if !ok {
				return
			}
			if !bar[tt.leadDoc] || len(bar) != 1 {
				t.Errorf("left out %v, want the first lead's page %d", bar, tt.leadDoc)
			}
			if !c.carries(again.fact, tt.wantDoc) {
				t.Errorf("lead %q is not from page %d", c.cands[c.facts[again.fact].rep].text, tt.wantDoc)
			}
		})
	}
}
