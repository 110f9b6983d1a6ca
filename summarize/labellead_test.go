package summarize

import (
	"strings"
	"testing"

	chorus "github.com/chorusnews/chorus"
)

// TestIsLabel checks which lines read as a caption or a label (isLabel):
// no finite verb, short, no word in -s after the first.
func TestIsLabel(t *testing.T) {
	for _, tc := range []struct {
		text  string
		label bool
	}{
		{"Harbour ferry at the Tarnwick pier on a grey morning.", true},
		{"Portrait of Ilse Varga from the city archive.", true},
		{"Opening night at the Tarnwick fair.", true},
		{"A record number of people in the region.", true},
		{"Mayor Ilse Varga at the Tarnwick harbour in 2015.", true},
		{"The Tarnwick ferry sank on Tuesday.", false},                                                                               // a past form
		{"Ilse Varga has resigned as mayor of Tarnwick.", false},                                                                     // an auxiliary
		{"Ilse Varga will lead the harbour council next year.", false},                                                               // a modal
		{"Thieves drain the Tarnwick museum's bank account.", true},                                                                  // a plural's present verb is not seen: a headline, its lede tells the same
		{"Harbour workers say the pier at Tarnwick is unsafe.", false},                                                               // copula
		{"It's a big day for the harbour town of Tarnwick.", false},                                                                  // a contraction
		{"Ilse Varga speaks at the opening of the Tarnwick pier.", false},                                                            // a word in -s: a present verb
		{"Ilse Varga opened the new pier at Tarnwick on Monday.", false},                                                             // -ed
		{"Fishermen, ferry crews and harbour staff at the Tarnwick pier during the long and cold winter storm of last year.", false}, // too long
	} {
		cd := &candidate{text: tc.text, words: countWords(tc.text)}
		if got := isLabel(cd); got != tc.label {
			t.Errorf("isLabel(%q) = %v, want %v", tc.text, got, tc.label)
		}
	}
}

// TestLabelDoesNotLead checks that a caption opening an article is no
// lead candidate for a reader's summary, though the benchmarks' Fill
// (which keeps the shape test alone) still weighs it, and that the
// reader's summary opens with the story's lede.
func TestLabelDoesNotLead(t *testing.T) {
	label := "Harbour ferry Tarnwick Star at the Tarnwick pier before the storm."
	arts := []chorus.Article{
		{ID: "a", Text: label + " The harbour ferry Tarnwick Star sank off the Tarnwick pier on Tuesday, killing three passengers, the coast guard said. " +
			"Rescue boats pulled 41 people from the water near the pier. The ferry had left Tarnwick in high winds."},
		{ID: "b", Text: "Three passengers died when the Tarnwick Star ferry sank in a storm near the Tarnwick pier on Tuesday. " +
			"The coast guard said 41 people were rescued. An inquiry into the sinking will open next week."},
		{ID: "c", Text: "A ferry sank near Tarnwick on Tuesday and three of its passengers died, officials said. " +
			"The Tarnwick Star was crossing to the islands when the storm struck. Survivors were taken to the harbour hospital."},
	}
	scored := func(reader bool) bool {
		p := DefaultTuning()
		c := &cluster{p: &p, sal: DefaultSalience(), lead: -1, reader: reader}
		if !c.prepare(arts) {
			t.Fatal("no candidates")
		}
		c.score(DefaultModel())
		l := c.pickLead(0, false, false)
		for f := range l.score {
			if c.cands[c.facts[f].rep].text == label {
				return true
			}
		}
		return false
	}
	if !scored(false) {
		t.Fatal("the caption is no lead candidate for Fill either: the fixture tests nothing")
	}
	if scored(true) {
		t.Error("the caption is a reader's lead candidate")
	}
	sum, err := Summarize(arts, chorus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.Sentences) == 0 || strings.HasPrefix(sum.Sentences[0].Text, "Harbour ferry Tarnwick Star at") {
		t.Errorf("the reader's summary does not open with the lede: %+v", sum.Sentences)
	}
}
