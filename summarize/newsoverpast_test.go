package summarize

import (
	"slices"
	"testing"
)

// pastLead opens the invented summaries below; it writes the cluster's
// latest year.
const pastLead = "The Tarnwick ferry line has lost its busiest boat, its 2019 report says."

// pastBackground tells a past year and no day of the news.
const pastBackground = "The boat last ran aground in 2009, when the harbour was dredged."

// pastNews names the day of the news.
const pastNews = "The Brellin Star sank at its mooring in Brellin harbour on Sunday night after a storm."

// TestNewsOverPast: the day's sentence goes above the background right
// before it, with the lines of its article that read on from it.
func TestNewsOverPast(t *testing.T) {
	c := frameCluster(pastLead, "Crews have been pumping out the harbour all week.", pastBackground, pastNews)
	c.cands[2].doc, c.cands[3].doc = 1, 1 // the background and the news from one article, after another line of it
	c.cands[1].doc = 1
	shareTerm(c)
	picked := []int{0, 1, 2, 3}
	c.newsOverPast(picked)
	if want := []int{0, 1, 3, 2}; !slices.Equal(picked, want) {
		t.Errorf("same article: order %v, want %v", picked, want)
	}

	c = frameCluster(pastLead, "Ilse Varga bought the line from its founder's heirs.", pastBackground, pastNews, "The owner had insured it for half its price.")
	c.cands[4].doc, c.cands[4].prevInDoc = 3, 3 // read on from the news: goes with it
	shareTerm(c)
	c.cands[3].terms = []uint64{1, 3}
	picked = []int{0, 1, 2, 3, 4}
	c.newsOverPast(picked)
	if want := []int{0, 1, 3, 4, 2}; !slices.Equal(picked, want) {
		t.Errorf("with its next line: order %v, want %v", picked, want)
	}
}

// TestNewsOverPastKeeps: the order stands when the day's sentence tells a
// plan, opens with a quotation, points back, tells what would have been
// or a past year itself, is short; when the background's year is quoted,
// is no past year, or is the line its article writes right before the
// day's sentence; and for a Fill summary.
func TestNewsOverPastKeeps(t *testing.T) {
	for _, tc := range []struct {
		name     string
		bg, news string
		follows  bool
		fill     bool
	}{
		{"plan", pastBackground, "The Brellin Star will be raised from Brellin harbour on Sunday by a salvage crew.", false, false},
		{"quote", pastBackground, "\"It went down in minutes,\" a harbour pilot in Brellin said on Sunday night.", false, false},
		{"points back", pastBackground, "Another boat of the line sank at its mooring in Brellin on Sunday night.", false, false},
		{"would have", pastBackground, "One more hour on Sunday and the crew would have saved the Brellin Star.", false, false},
		{"past year in news", pastBackground, "The Brellin Star, built in 1988, sank at its mooring in Brellin on Sunday night.", false, false},
		{"short", pastBackground, "It sank on Sunday.", false, false},
		{"quoted year", "The owner wrote that \"nothing has sunk here since 1954\" in a letter.", pastNews, false, false},
		{"no past year", "The boat carried 300 passengers a crossing.", pastNews, false, false},
		{"article's order", pastBackground, pastNews, true, false},
		{"fill", pastBackground, pastNews, false, true},
		{"black friday", pastBackground, "The Brellin Star sank at its mooring in Brellin harbour during Black Friday sales.", false, false},
		{"day in a quote", pastBackground, "A pilot said the Brellin Star \"went down on Sunday night\" at its mooring.", false, false},
		{"usa today", pastBackground, "The Brellin Star sank at its mooring in Brellin harbour, USA Today reported.", false, false},
		{"name from background", "Ilse Varga first sailed the boat in 2009 with Piet Maas.", "Maas said on Sunday that the boat sank at its mooring in Brellin.", false, false},
		{"background leans", "It last ran aground in 2009, when the harbour was dredged.", pastNews, false, false},
		{"previous", "The previous wreck in the harbour was in 2009.", pastNews, false, false},
	} {
		c := frameCluster(pastLead, "Ilse Varga bought the line from its founder's heirs.", tc.bg, tc.news)
		c.reader = !tc.fill
		shareTerm(c)
		if tc.follows {
			c.cands[3].prevInDoc = 2
		}
		picked := []int{0, 1, 2, 3}
		c.newsOverPast(picked)
		if want := []int{0, 1, 2, 3}; !slices.Equal(picked, want) {
			t.Errorf("%s: order %v, want %v", tc.name, picked, want)
		}
	}
}

// TestNewsOverPastNarrative: background that goes on a story told in
// order of years keeps its place; one told against that order does not.
func TestNewsOverPastNarrative(t *testing.T) {
	for _, tc := range []struct {
		before string
		want   []int
	}{
		{"The line was founded in 1991 by a fisherman.", []int{0, 1, 2, 3}},
		{"The line was sold to Ilse Varga in 2015.", []int{0, 1, 3, 2}},
	} {
		c := frameCluster(pastLead, tc.before, pastBackground, pastNews)
		shareTerm(c)
		picked := []int{0, 1, 2, 3}
		c.newsOverPast(picked)
		if !slices.Equal(picked, tc.want) {
			t.Errorf("%q: order %v, want %v", tc.before, picked, tc.want)
		}
	}
}

// TestNewsOverPastLeaned: a day's sentence stays when the next sentence
// of its article, not read on from it, leans on it.
func TestNewsOverPastLeaned(t *testing.T) {
	c := frameCluster(pastLead, "Ilse Varga bought the line from its founder's heirs.", pastBackground, pastNews, "The harbour master would not say why.")
	c.cands[4].doc, c.cands[4].flags = 3, flagDefinite
	shareTerm(c)
	c.cands[3].terms = []uint64{1, 3}
	picked := []int{0, 1, 2, 3, 4}
	c.newsOverPast(picked)
	if want := []int{0, 1, 2, 3, 4}; !slices.Equal(picked, want) {
		t.Errorf("order %v, want %v", picked, want)
	}
}

// TestNewsOverPastOffStory: a day's sentence sharing no term with the
// lead or the sentences before it keeps its place.
func TestNewsOverPastOffStory(t *testing.T) {
	c := frameCluster(pastLead, "Ilse Varga bought the line from its founder's heirs.", pastBackground, "Stocks in Brellin opened higher on Monday after a strong report on jobs.")
	picked := []int{0, 1, 2, 3}
	c.newsOverPast(picked)
	if want := []int{0, 1, 2, 3}; !slices.Equal(picked, want) {
		t.Errorf("order %v, want %v", picked, want)
	}
}

// shareTerm gives the lead and the last sentence of c a content term in
// common, as the ferry's name would.
func shareTerm(c *cluster) {
	c.cands[0].terms = []uint64{1, 2}
	c.cands[len(c.cands)-1].terms = []uint64{1, 3}
}

// TestBeforeQuote: quoted words are left out, an open quotation to the
// end.
func TestBeforeQuote(t *testing.T) {
	for s, want := range map[string]bool{
		"The mayor said \"not since 1954\" on the radio.": false,
		"The ferry, built in 1988, is \"the best\" boat.": true,
		"The ferry said \"not since 1954 ...":             false,
	} {
		if got := pastYearIn(frameWords(beforeQuote(s)), 2019); got != want {
			t.Errorf("pastYearIn(beforeQuote(%q)) = %v, want %v", s, got, want)
		}
	}
}
