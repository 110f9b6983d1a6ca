package summarize

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
)

// islandArticles are two invented reports of one ferry strike. The second
// runs a columnist's aside and a stray line of a quote that neither the
// first report nor the chosen lead shares a word with.
var islandArticles = []chorus.Article{
	{ID: "1", Text: "Ferry crews in Corvale walked out on Tuesday over a pay freeze, stranding 4,000 commuters.\n\n" +
		"The union said the strike would last two days.\n\n" +
		"Harbour officials laid on extra buses along the coast road."},
	{ID: "2", Text: "A ferry strike left thousands of Corvale commuters stranded on Tuesday.\n\n" +
		"Lemon cake from the Ostrel bakery still beats anything baked downtown.\n\n" +
		"Passengers queued for hours at the bus depot.\n\n" +
		"Nobody wants that again, believe me.\n\n" +
		"Management offered talks next week."},
}

func TestIsland(t *testing.T) {
	t.Parallel()
	c := &cluster{lead: -1}
	if !c.prepare(islandArticles) {
		t.Fatal("no sentences read")
	}
	c.score(DefaultModel())
	fact := func(substr string) int { return factHolding(t, c, substr) }
	tests := []struct {
		name   string
		chosen []string // sentences chosen before, by a substring
		f      string
		want   bool
	}{
		{"aside shares nothing", []string{"walked out on Tuesday"}, "emon cake", true},
		{"stray quote line", []string{"walked out on Tuesday"}, "Nobody wants that again", true},
		{"shares a word with a chosen sentence", []string{"walked out on Tuesday"}, "bus depot", false},
		{"no chosen sentence's word but another source's", []string{"union said"}, "bus depot", false},
		{"follows a chosen sentence in its source", []string{"walked out on Tuesday", "Passengers queued"}, "Nobody wants that again", false},
		{"joined by a later choice", []string{"walked out on Tuesday", "Management offered"}, "Nobody wants that again", true},
	}
	for _, tt := range tests {
		chosen := make([]bool, len(c.facts))
		c.said = nil
		for _, s := range tt.chosen {
			f := fact(s)
			chosen[f] = true
			c.said = sortUnique(append(c.said, c.cands[c.facts[f].rep].terms...))
		}
		if got := c.island(fact(tt.f), chosen); got != tt.want {
			t.Errorf("%s: island(%q) = %v, want %v", tt.name, tt.f, got, tt.want)
		}
	}
}

// TestNoIslandInReaderSummary checks, on invented reports of a storm
// (testdata/island), that a reader's summary leaves out the lines that
// share nothing with it: a columnist's aside and a quote's stray last
// line.
func TestNoIslandInReaderSummary(t *testing.T) {
	t.Parallel()
	arts := readCase(t, "island")
	s, err := Summarize(arts, chorus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, arts, s, chorus.Options{})
	golden(t, filepath.Join("testdata", "island", "summary.golden.json"), s)
	for _, bad := range []string{"emon cake", "I was there"} {
		if find(s, bad) != nil {
			t.Errorf("reader's summary holds the island %q: %+v", bad, s.Sentences)
		}
	}
	if len(s.Sentences) == 0 || !strings.Contains(s.Sentences[0].Text, "storm") {
		t.Errorf("summary does not open with the storm: %+v", s.Sentences)
	}
}

// TestSelectSkipsIsland gives the columnist's aside of islandArticles the
// best learned score there is: a reader's summary still leaves it out.
func TestSelectSkipsIsland(t *testing.T) {
	t.Parallel()
	c := &cluster{lead: -1}
	if !c.prepare(islandArticles) {
		t.Fatal("no sentences read")
	}
	c.score(DefaultModel())
	aside, lead := -1, -1
	for f := range c.facts {
		switch text := c.cands[c.facts[f].rep].text; {
		case strings.Contains(text, "emon cake"):
			aside = f
		case strings.Contains(text, "walked out on Tuesday"):
			lead = f
		}
	}
	if aside < 0 || lead < 0 {
		t.Fatal("fixture sentences not found")
	}
	c.facts[aside].score += 10
	if picked := c.selectFacts(budget{words: 200, lead: lead, hasLead: true}); slices.Contains(picked, aside) {
		t.Errorf("the aside is picked: %v", picked)
	}
}

// speakerArticles is an invented report whose quote runs over two
// sentences, spaced as Multi-News spaces its marks: the second names no
// speaker.
var speakerArticles = []chorus.Article{
	{ID: "1", Text: "The Lund Street bridge in Marrow reopened on Friday after eight months of repairs.\n\n" +
		"Ada Brenner, the city's roads chief, said: \" we kept every lane open to buses where we could. " +
		"Crews will finish the last repairs at night. \"\n\n" +
		"Repairs cost 4 million euros, the council said."},
}

func TestSpeakerless(t *testing.T) {
	t.Parallel()
	c := &cluster{lead: -1}
	if !c.prepare(speakerArticles) {
		t.Fatal("no sentences read")
	}
	fact := func(substr string) int { return factHolding(t, c, substr) }
	tests := []struct {
		name   string
		chosen []string
		f      string
		want   bool
	}{
		{"a quote's second sentence alone", []string{"reopened on Friday"}, "finish the last repairs", true},
		{"after the sentence naming the speaker", []string{"reopened on Friday", "Ada Brenner"}, "finish the last repairs", false},
		{"a quote that names its speaker", []string{"reopened on Friday"}, "Ada Brenner", false},
		{"no quote", nil, "Repairs cost", false},
	}
	for _, tt := range tests {
		chosen := make([]bool, len(c.facts))
		for _, s := range tt.chosen {
			chosen[fact(s)] = true
		}
		if got := c.speakerless(fact(tt.f), chosen, make(map[int]bool)); got != tt.want {
			t.Errorf("%s: speakerless(%q) = %v, want %v", tt.name, tt.f, got, tt.want)
		}
	}
}

func TestAttributes(t *testing.T) {
	t.Parallel()
	tests := []struct {
		s    string
		want bool
	}{
		{`Earlier, the mayor gave advice to staff, saying, " we always use the word safe.`, true},
		{`"of course it happened before " said one official.`, true},
		{`The union claims the plan " breaks every promise made to us. "`, true},
		{`The rest of the work will be done at night. "`, false},
	}
	for _, tt := range tests {
		if got := attributes(tt.s); got != tt.want {
			t.Errorf("attributes(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestSelectSpeakerlessAfterSpeaker gives the second sentence of the quote
// in speakerArticles the best learned score there is: a reader's summary
// takes it only once the sentence naming its speaker is chosen.
func TestSelectSpeakerlessAfterSpeaker(t *testing.T) {
	t.Parallel()
	c := &cluster{lead: -1}
	if !c.prepare(speakerArticles) {
		t.Fatal("no sentences read")
	}
	c.score(DefaultModel())
	tail, speaker, lead := -1, -1, -1
	for f := range c.facts {
		switch text := c.cands[c.facts[f].rep].text; {
		case strings.Contains(text, "finish the last repairs"):
			tail = f
		case strings.Contains(text, "Ada Brenner"):
			speaker = f
		case strings.Contains(text, "reopened on Friday"):
			lead = f
		}
	}
	if tail < 0 || speaker < 0 || lead < 0 {
		t.Fatal("fixture sentences not found")
	}
	c.facts[tail].score += 10
	picked := c.selectFacts(budget{words: 200, lead: lead, hasLead: true})
	if at := slices.Index(picked, tail); at >= 0 && !slices.Contains(picked[:at], speaker) {
		t.Errorf("the quote's second sentence is picked before its speaker: %v", picked)
	}
}

// TestOffStorySources checks which sources offStorySources finds telling
// another story: the one page of four about something else, none among
// two sources, and never the lead's source.
func TestOffStorySources(t *testing.T) {
	ferry := []string{
		"The ferry Kestrel ran aground off Ormsby harbour on Monday with 90 passengers aboard, the coastguard said. " +
			"Lifeboats took the passengers ashore from the sandbank by midnight, and the harbour master opened an inquiry into the grounding.",
		"Lifeboats took the 90 passengers of the Kestrel ashore from the sandbank off Ormsby on Monday night. " +
			"The coastguard said the ferry had strayed from the channel in fog and the harbour master would hold an inquiry.",
		"The coastguard said the Kestrel ran aground in fog and no passengers were hurt off Ormsby. " +
			"The harbour master said an inquiry would ask why the ferry left the channel, and lifeboats stayed by the sandbank overnight.",
	}
	other := "The Ormsby rowing regatta drew eleven crews from four valleys, and a schoolgirl pair from Lindwick won the junior sculls by a length. " +
		"Organisers praised volunteers who marshalled the towpath, sold pies and mended a broken oarlock before the final heats began. " +
		"Next summer the regatta moves to a wider reach upstream, where spectators can picnic beside the finishing buoys."
	tests := []struct {
		name     string
		articles []chorus.Article
		leadDoc  int // document of the lead fact, -1 for none
		want     []int
	}{
		{"one page of four", articlesOf(ferry[0], ferry[1], ferry[2], other), -1, []int{3}},
		{"no odd one out", articlesOf(ferry[0], ferry[1], ferry[2]), -1, nil},
		{"two sources", articlesOf(ferry[0], other), -1, nil},
		{"the lead's source", articlesOf(ferry[0], ferry[1], ferry[2], other), 3, nil},
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

// factHolding returns the fact of c whose representative sentence holds
// substr, failing t when none does.
func factHolding(t *testing.T, c *cluster, substr string) int {
	t.Helper()
	for f := range c.facts {
		if strings.Contains(c.cands[c.facts[f].rep].text, substr) {
			return f
		}
	}
	t.Fatalf("no sentence holds %q", substr)
	return -1
}

// articlesOf returns one article per text, numbered from "0".
func articlesOf(texts ...string) []chorus.Article {
	var out []chorus.Article
	for i, x := range texts {
		out = append(out, chorus.Article{ID: fmt.Sprint(i), Text: x})
	}
	return out
}
