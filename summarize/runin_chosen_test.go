package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestCutChosenHeadlines(t *testing.T) {
	for _, c := range []struct{ before, in, want string }{
		// A headline run into a story that opens on "the" and the
		// headline's own noun.
		{"", "First week of ferry fares brings in about $20,000 for tarnwick the first week of the new ferry fares raised about $20,000 for the tarnwick harbour board, its chair ilse varga said.",
			"The first week of the new ferry fares raised about $20,000 for the tarnwick harbour board, its chair ilse varga said."},
		{"", "Quist-harbour has a real varga canvas the quist-harbour museum in tarnwick said experts confirmed a canvas in its store is by ilse varga.",
			"The quist-harbour museum in tarnwick said experts confirmed a canvas in its store is by ilse varga."},
		// "The <noun> <verb>" after a sentence that names the noun.
		{"Ilse varga's fraud trial opened in tarnwick last week.", "Harbour clerk to testify at varga fraud trial the trial will hear the harbour clerk on monday after a short recess in tarnwick.",
			"The trial will hear the harbour clerk on monday after a short recess in tarnwick."},
		{"The tarnwick ferry pact was signed on friday.", "Deal reached on new tarnwick ferry pact the pact is expected to cut fares and add a night crossing to westvale.",
			"The pact is expected to cut fares and add a night crossing to westvale."},
		// A headline given twice.
		{"", "The ferry pier the ferry pier was closed on monday after storm damage to its deck, the tarnwick council said.",
			"The ferry pier was closed on monday after storm damage to its deck, the tarnwick council said."},
		// Left alone: the story's noun is no word of the headline (it
		// points back); "<name> the <epithet> <name>"; the headline's
		// object before its subject; a year; "The <noun> is"
		// with no earlier sentence naming the noun; a possessive's noun
		// phrase goes on across the cut; an auxiliary ends the noun
		// phrase before a headline word; a story the cuts before
		// selection would open on no "The".
		{"", "Tarnwick ferry strike ends after two weeks of talks the council will meet on monday to discuss the pier repairs at the harbour.", ""},
		{"", "Varga on tarnwick the builder tarnwick has doubled its ferry fleet and rebuilt the harbour in ten years, the council said on monday.", ""},
		{"", "Deal reached on new tarnwick ferry pact the pact is expected to cut fares and add a night crossing to westvale.", ""},
		{"", "Ilse varga and tarnwick ferry bring back the romance ilse varga and the tarnwick ferry crews have made up after a long dispute over pay.", ""},
		{"", "Dell roe council candidate the 2019 council candidate was accused of misusing ferry funds by several members of the tarnwick board.", ""},
		{"", "Ferry hour looks back at harbour years tarnwick radio's the ferry hour will look back at the harbour years and whether they paid off.", ""},
		{"", "Ferry years looks back at the harbour tarnwick radio's the show will look back at the ferry years and whether they paid off.", ""},
		{"", "Tarnwick ferry strike ends after two weeks of talks a tarnwick ferry strike has ended after the crews accepted a pay offer.", ""},
	} {
		first := c.before
		if first == "" {
			first = "Ilse varga leads the tarnwick council."
		}
		sum := chorus.Summary{Sentences: []chorus.Sentence{{Text: first, Sources: []int{1}}, {Text: c.in, Sources: []int{2}, Support: 2}}}
		cutChosenHeadlines(&sum, true)
		want := c.want
		if want == "" {
			want = c.in
		}
		if got := sum.Sentences[1].Text; got != want {
			t.Errorf("cutChosenHeadlines(%q)\n got %q\nwant %q", c.in, got, want)
		}
		if sum.Sentences[0].Text != first || sum.Sentences[1].Support != 2 || len(sum.Sentences[1].Sources) != 1 {
			t.Errorf("cutChosenHeadlines(%q) changed more than the sentence's text: %+v", c.in, sum)
		}
	}
}

func TestCutChosenHeadlinesCased(t *testing.T) {
	in := "Harbour clerk to testify at varga fraud trial the trial will hear the harbour clerk on monday after a short recess in tarnwick."
	sum := chorus.Summary{Sentences: []chorus.Sentence{{Text: in}}}
	cutChosenHeadlines(&sum, false)
	if sum.Sentences[0].Text != in {
		t.Errorf("a cased summary was cut: %q", sum.Sentences[0].Text)
	}
}

// Before selection (no headFields, or one not chosen) the cuts still
// leave a story that would open on "The <common noun>" whole.
func TestChosenStoryOpeningOnlyAfterSelection(t *testing.T) {
	in := "Harbour clerk to testify at varga fraud trial the trial will hear the harbour clerk on monday after a short recess in tarnwick."
	for _, cut := range chosenStoryCuts {
		if got := cut(nil, in, false); got != in {
			t.Errorf("before selection: got %q", got)
		}
		var h headFields
		if got := cut(&h, in, false); got != in {
			t.Errorf("before selection (headFields): got %q", got)
		}
	}
	if !chosenStoryOpening("The trial will hear the clerk on monday.", []string{"varga", "fraud", "trial"}) {
		t.Error(`chosenStoryOpening: "The trial ..." after a headline on the trial refused`)
	}
	if chosenStoryOpening("The show will look back at the ferry years.", []string{"looking", "back", "ferry"}) {
		t.Error(`chosenStoryOpening: a headline word after the noun phrase's auxiliary allowed`)
	}
	if chosenStoryOpening("The builder tarnwick has doubled its ferry fleet.", []string{"varga", "on", "tarnwick"}) {
		t.Error(`chosenStoryOpening: "<name> the <epithet> <name>" cut after the first name`)
	}
	if !chosenStoryOpening("The case was put on hold in spring.", []string{"ferry", "crews", "charged", "in", "fraud", "case"}) {
		t.Error(`chosenStoryOpening: "<headline> case the case ..." refused`)
	}
	if chosenStoryOpening("The council will meet on monday.", []string{"varga", "fraud", "trial"}) {
		t.Error(`chosenStoryOpening: "The council ..." after a headline without it allowed`)
	}
}
