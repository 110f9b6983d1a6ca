package summarize

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
)

func TestQuotesAfterSpeakers(t *testing.T) {
	c := &cluster{lead: -1}
	texts := []string{
		`"This is the largest road investment in a generation," Osei told reporters.`,
		"The money will go first to the M4.",
		"Transport minister Hana Osei announced the plan on Monday.",
	}
	for i, s := range texts {
		c.cands = append(c.cands, candidate{text: s, flags: sentenceFlags(s), fact: i})
		c.facts = append(c.facts, fact{rep: i, members: []int{i}})
	}
	picked := []int{0, 1, 2}
	c.quotesAfterSpeakers(picked)
	if want := []int{1, 2, 0}; !slices.Equal(picked, want) {
		t.Errorf("order %v, want %v (the quote after the sentence naming Hana Osei)", picked, want)
	}
}

func TestStandAloneFirst(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		lead  int
		want  []int
	}{
		{"time phrase first gives way", []string{
			"Some weeks later, the ferry was sailing again between the two islands.",
			"A ferry carrying 200 passengers ran aground off Tarnwick on Monday night.",
		}, -1, []int{1, 0}},
		{"presupposed event first gives way", []string{
			"The crash happened shortly after the bus left the depot at dawn.",
			"Nine people were hurt when a bus overturned near Oldbridge on Friday.",
		}, -1, []int{1, 0}},
		{"a standalone first stays", []string{
			"Nine people were hurt when a bus overturned near Oldbridge on Friday.",
			"Some weeks later, the road was reopened to all traffic again.",
		}, -1, []int{0, 1}},
		{"the lead stays", []string{
			"The crash happened shortly after the bus left the depot at dawn.",
			"Nine people were hurt when a bus overturned near Oldbridge on Friday.",
		}, 0, []int{0, 1}},
		{"nothing can lead", []string{
			"The crash happened shortly after the bus left the depot at dawn.",
			"He said the driver had been on duty for eleven hours straight.",
		}, -1, []int{0, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &cluster{lead: tt.lead}
			for i, s := range tt.texts {
				c.cands = append(c.cands, candidate{text: s, words: len(strings.Fields(s)), flags: sentenceFlags(s), fact: i, prevInDoc: -1})
				c.facts = append(c.facts, fact{rep: i, members: []int{i}})
			}
			picked := []int{0, 1}
			c.standAloneFirst(picked)
			if !slices.Equal(picked, tt.want) {
				t.Errorf("order %v, want %v", picked, tt.want)
			}
		})
	}
}

// TestBackgroundKeepsItsPlace checks that a sentence telling history (a past
// year) is ordered where its source tells it, right after the news it
// explains, not sent after every other sentence.
func TestBackgroundKeepsItsPlace(t *testing.T) {
	arts := []chorus.Article{
		{ID: "wire", Text: "A court in Tarnwick freed Ivo Brandt on Friday after a prosecutor found new evidence in his case.\n\n" +
			"Brandt was convicted in 2012 of setting the fire that destroyed the Tarnwick mill.\n\n" +
			"The prosecutor said a witness had lied at the trial."},
		{ID: "herald", Text: "Neighbours in Ostvale hung banners across the main street for the freed man.\n\n" +
			"A party is planned at the village hall for Sunday evening."},
	}
	p := DefaultTuning()
	c := cluster{p: &p, lead: -1}
	if !c.prepare(arts) {
		t.Fatal("no text")
	}
	var picked []int
	for f := range c.facts {
		picked = append(picked, f)
	}
	slices.Reverse(picked)
	c.order(picked, c.rank)
	var got []string
	for _, f := range picked {
		got = append(got, c.cands[c.facts[f].rep].text)
	}
	i := slices.IndexFunc(got, func(s string) bool { return strings.Contains(s, "2012") })
	j := slices.IndexFunc(got, func(s string) bool { return strings.HasPrefix(s, "Neighbours") })
	if i < 0 || j < 0 || i > j || i == len(got)-1 {
		t.Errorf("order %q: want the 2012 conviction in its source's place, before the other source's sentences", got)
	}
}

// TestLeaningAfterOtherWording checks that a sentence leaning on its
// predecessor follows that predecessor's fact when the summary shows
// another source's wording of it, one that stands later in reading order
// than the leaning sentence itself.
func TestLeaningAfterOtherWording(t *testing.T) {
	c := &cluster{lead: -1}
	texts := []struct {
		s        string
		doc, pos int
		prev     int
		fact     int
	}{
		{"The gale hit the Velmora coast on Monday.", 0, 0, -1, 0},
		{"It flooded the old harbour.", 0, 1, 0, 1},
		{"A gale struck the Velmora coast early on Monday, officials said.", 1, 0, -1, 0},
	}
	for _, x := range texts {
		c.cands = append(c.cands, candidate{text: x.s, flags: sentenceFlags(x.s), doc: x.doc, pos: x.pos, prevInDoc: x.prev, fact: x.fact})
	}
	// The gale's fact is shown in the second source's words.
	c.facts = []fact{{rep: 2, members: []int{0, 2}}, {rep: 1, members: []int{1}}}
	picked := []int{1, 0}
	c.order(picked, []int{0, 1})
	if want := []int{0, 1}; !slices.Equal(picked, want) {
		t.Errorf("order %v, want %v (\"It flooded ...\" after the gale)", picked, want)
	}
}

func TestLeadSourceFirst(t *testing.T) {
	day := time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name   string
		dates  []time.Time // of the three documents; zero: undated
		reader bool
		leadIn int // document of the lead's sentence; -1: no lead
		want   []int
	}{
		{"undated: the lead's source first", []time.Time{{}, {}, {}}, true, 2, []int{1, 2, 0}},
		{"lead already first", []time.Time{{}, {}, {}}, true, 0, []int{0, 1, 2}},
		{"middle source", []time.Time{{}, {}, {}}, true, 1, []int{1, 0, 2}},
		{"all dated: earliest first", []time.Time{day, day, day}, true, 2, []int{0, 1, 2}},
		{"some dated: the lead's source first", []time.Time{day, {}, day}, true, 2, []int{1, 2, 0}},
		{"fill keeps the order", []time.Time{{}, {}, {}}, false, 2, []int{0, 1, 2}},
		{"no lead", []time.Time{{}, {}, {}}, true, -1, []int{0, 1, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &cluster{reader: tt.reader, lead: -1}
			for i, d := range tt.dates {
				c.docs = append(c.docs, document{index: i, article: &chorus.Article{Published: d}})
				c.cands = append(c.cands, candidate{doc: i})
				c.facts = append(c.facts, fact{rep: i})
			}
			if tt.leadIn >= 0 {
				c.lead = tt.leadIn
			}
			rank := []int{0, 1, 2}
			got := c.leadSourceFirst(rank)
			if !slices.Equal(got, tt.want) {
				t.Errorf("leadSourceFirst = %v, want %v", got, tt.want)
			}
			if !slices.Equal(rank, []int{0, 1, 2}) {
				t.Errorf("rank changed in place: %v", rank)
			}
		})
	}
}

// TestDefiniteKeepsItsPlace checks that a sentence opening with a bare
// "the X" stays where its source tells it, not moved after a later
// sentence that only mentions X ("the mayor's plan").
func TestDefiniteKeepsItsPlace(t *testing.T) {
	texts := []string{
		"Ilse Varga won a second term as leader of Tarnwick on Sunday.",
		"The mayor thanked volunteers at a rally in the old market.",
		"Opponents said the mayor's housing plan had cost them the race.",
	}
	c := &cluster{lead: -1, reader: true}
	for i, s := range texts {
		c.cands = append(c.cands, candidate{text: s, flags: sentenceFlags(s), doc: 0, pos: i, fact: i, prevInDoc: -1})
		c.facts = append(c.facts, fact{rep: i, members: []int{i}})
	}
	p := DefaultTuning()
	c.p = &p
	picked := []int{0, 1, 2}
	c.order(picked, []int{0})
	if want := []int{0, 1, 2}; !slices.Equal(picked, want) {
		t.Errorf("order %v, want %v (\"The mayor thanked ...\" in its source's place)", picked, want)
	}
}
