package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

// tailArticles is an invented report of a ferry fire: its tail holds a
// kicker, a stray quote line, a row cut from a list and short lines that
// tell events.
var tailArticles = []chorus.Article{
	{ID: "1", Text: "A fire broke out on a ferry crossing from Tarnwick to Oster Holm on Saturday, forcing 212 passengers into lifeboats.\n\n" +
		"The coastguard said all passengers were brought ashore at Tarnwick harbour within three hours.\n\n" +
		"Tarnwick holds its breath.\n\n" +
		"Fourteen crew members were injured.\n\n" +
		"The ferry's owner, Velmora Lines, said the fire began in the engine room."},
	{ID: "2", Text: "Ilse Varga, a passenger, said the crew handed out blankets and water.\n\n" +
		"\"It was calm.\"\n\n" +
		"Tarnwick harbour ferries > timetable > winter.\n\n" +
		"Investigators from the maritime authority boarded the ferry on Sunday to look for the cause of the fire."},
	{ID: "3", Text: "Ferry services between the two islands were suspended until further notice.\n\n" +
		"He never reached the Oster Holm quay."},
}

// TestReadsClean checks the tail's test of a sentence (tail.go) on
// invented sentences: a short kicker, a quote's stray line, a list row
// and a sentence leaning on one not chosen do not read clean; a long
// news sentence and a short one that tells an event do.
func TestReadsClean(t *testing.T) {
	t.Parallel()
	c := &cluster{lead: -1}
	if !c.prepare(tailArticles) {
		t.Fatal("no sentences read")
	}
	fact := func(substr string) int { return factHolding(t, c, substr) }
	chosen := make([]bool, len(c.facts))
	nm := c.newNames()
	for _, s := range []string{"A fire broke out", "The coastguard said"} {
		f := fact(s)
		chosen[f] = true
		nm.add(c.cands[c.facts[f].rep].text)
	}
	tests := []struct {
		name, text string
		want       bool
	}{
		{"a news sentence", "The ferry's owner", true},
		{"a news sentence of another source", "Investigators from the maritime authority", true},
		{"a short sentence that tells an event", "Fourteen crew members were injured", true},
		{"a kicker", "Tarnwick holds its breath", false},
		{"a quote's stray line", "It was calm", false},
		{"a row cut from a list", "timetable > winter", false},
		{"a pronoun with nothing to lean on", "He never reached the Oster Holm quay", false},
	}
	for _, tt := range tests {
		if got := c.readsClean(fact(tt.text), chosen, nm); got != tt.want {
			t.Errorf("%s: readsClean(%q) = %v, want %v", tt.name, tt.text, got, tt.want)
		}
	}
}

// TestTailStopsShort checks that a default summary of tailArticles ends
// with no sentence that fails the tail's test: with none clean left, it
// is shorter instead.
func TestTailStopsShort(t *testing.T) {
	t.Parallel()
	s, err := Summarize(tailArticles, chorus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range s.Sentences {
		t.Log(x.Text)
	}
	for _, bad := range []string{"Tarnwick holds its breath", "It was calm", "timetable > winter", "He never reached"} {
		if find(s, bad) != nil {
			t.Errorf("default summary holds %q: %+v", bad, s.Sentences)
		}
	}
	if len(s.Sentences) < 2 {
		t.Errorf("default summary has %d sentences: %+v", len(s.Sentences), s.Sentences)
	}
}

// TestTailRepeats checks the tail's repeat test on invented sentences: a
// second source's line that tells the chosen sentence's fact again with a
// detail repeats it; a new fact about the same people does not.
func TestTailRepeats(t *testing.T) {
	t.Parallel()
	chosen := "Harbour police in Tarnwick arrested the ferry's captain, Odwin Brekke, on Sunday after the engine fire."
	tests := []struct {
		name, text string
		want       bool
	}{
		{"the fact again with a detail", "Captain Odwin Brekke was taken into custody by Tarnwick police, a harbour official said.", true},
		{"a new fact about the same people", "Brekke had sailed the Oster Holm route for 22 years without an accident.", false},
	}
	for _, tt := range tests {
		c := &cluster{lead: -1}
		arts := []chorus.Article{{ID: "a", Text: chosen}, {ID: "b", Text: tt.text}}
		if !c.prepare(arts) {
			t.Fatal("no sentences read")
		}
		if len(c.facts) != 2 {
			t.Fatalf("%s: %d facts, want 2", tt.name, len(c.facts))
		}
		picked := make([]bool, len(c.facts))
		picked[c.cands[0].fact] = true
		if got := c.tailRepeats(c.cands[1].fact, picked); got != tt.want {
			t.Errorf("%s: tailRepeats = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// cutShortArticles is an invented report of a mayor's resignation whose
// second source lost its subject's name to a dropped link: "Signed ..."
// opens with its verb.
var cutShortArticles = []chorus.Article{
	{ID: "1", Text: "Tarnwick mayor Ilse Varga resigned on Monday after the harbour council passed a vote of no confidence in her over the ferry contract."},
	{ID: "2", Text: "Signed the 40 million crown ferry contract with Velmora Lines in 2024 without a tender and kept it from the harbour council for a year.\n\n" +
		"Varga had led Tarnwick since 2019."},
	{ID: "3", Text: "The harbour council of Tarnwick voted 9-2 against mayor Ilse Varga on Monday.\n\n" +
		"Velmora Lines runs the ferry to Oster Holm under a contract worth 40 million crowns, signed without a tender."},
}

// TestCutShort checks that a sentence whose subject is gone is no
// sentence of a reader's summary at any place, and that whole ones are.
func TestCutShort(t *testing.T) {
	t.Parallel()
	c := &cluster{lead: -1}
	if !c.prepare(cutShortArticles) {
		t.Fatal("no sentences read")
	}
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Signed the 40 million crown ferry contract", true},
		{"Tarnwick mayor Ilse Varga resigned", false},
		{"Varga had led Tarnwick", false},
	} {
		if got := c.cutShort(factHolding(t, c, tt.text)); got != tt.want {
			t.Errorf("cutShort(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
	s, err := Summarize(cutShortArticles, chorus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range s.Sentences {
		t.Log(x.Text)
	}
	if find(s, "Signed the 40 million") != nil {
		t.Errorf("default summary holds a sentence with no subject: %+v", s.Sentences)
	}
	if find(s, "Ilse Varga resigned") == nil {
		t.Errorf("default summary lost its lead: %+v", s.Sentences)
	}
}
