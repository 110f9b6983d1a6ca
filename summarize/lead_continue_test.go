package summarize

import (
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
)

// TestContinuesOpening checks that a sentence going on from its article's
// opening ("Ruiz, 54, ...") gives its place as a reader's lead to that
// opening, and that a sentence introducing its own subject ("A second
// audit ...") does not.
func TestContinuesOpening(t *testing.T) {
	arts := []chorus.Article{
		{ID: "1", Text: "The mayor of Velmora, Ana Ruiz, resigned on Monday after an audit found missing funds in the city budget.\n\n" +
			"Ruiz, 54, had led the northern city since 2015 and was elected again last spring.\n\n" +
			"A second audit of the harbour authority is due in March, officials in Velmora said."},
		{ID: "2", Text: "Velmora's council will choose an acting mayor on Friday, a week after the audit of the city budget was published.\n\n" +
			"The council meets in the old town hall."},
	}
	p := DefaultTuning()
	c := &cluster{p: &p, sal: DefaultSalience(), lead: -1, reader: true}
	if !c.prepare(arts) {
		t.Fatal("no candidates")
	}
	c.score(DefaultModel())
	find := func(prefix string) *candidate {
		for i := range c.cands {
			if strings.HasPrefix(c.cands[i].text, prefix) {
				return &c.cands[i]
			}
		}
		t.Fatalf("no sentence %q", prefix)
		return nil
	}
	opening, cont, intro := find("The mayor of Velmora"), find("Ruiz, 54"), find("A second audit")
	score := map[int]float64{opening.fact: 0.8, cont.fact: 0.9, intro.fact: 0.9}
	if g, ok := c.continuesOpening(cont.fact, cont, score); !ok || g != opening.fact {
		t.Errorf("continuation: got %d, %v; want the opening's fact %d", g, ok, opening.fact)
	}
	if _, ok := c.continuesOpening(intro.fact, intro, score); ok {
		t.Error("a sentence introducing its subject was held back")
	}
	score[opening.fact] = 0.9 - leadOpeningSlack - 0.05
	if _, ok := c.continuesOpening(cont.fact, cont, score); ok {
		t.Error("held back for an opening scoring far below it")
	}
	if _, ok := c.continuesOpening(opening.fact, opening, score); ok {
		t.Error("the opening itself was held back")
	}
}

// TestCaptionOpening checks that a photo caption telling who is who by
// dress or pose does not take a continuation's place as a reader's lead,
// and that a news sentence naming a colour, a garment or "poses" does.
func TestCaptionOpening(t *testing.T) {
	arts := []chorus.Article{
		{ID: "1", Text: "Harbour master Ana Velmor, blue jacket, poses at the new pier in Velmora.\n\n" +
			"Velmor, 54, said on Monday the pier would open to ferries from the north in March.\n\n" +
			"The council of Velmora paid for the pier."},
		{ID: "2", Text: "The new pier of Velmora will open to ferries in March, the harbour master said on Monday.\n\n" +
			"The pier cost the city two million."},
	}
	p := DefaultTuning()
	c := &cluster{p: &p, sal: DefaultSalience(), lead: -1, reader: true}
	if !c.prepare(arts) {
		t.Fatal("no candidates")
	}
	c.score(DefaultModel())
	var caption, cont *candidate
	for i := range c.cands {
		switch {
		case strings.HasPrefix(c.cands[i].text, "Harbour master"):
			caption = &c.cands[i]
		case strings.HasPrefix(c.cands[i].text, "Velmor, 54"):
			cont = &c.cands[i]
		}
	}
	if caption == nil || cont == nil {
		t.Fatal("fixture sentences not found")
	}
	score := map[int]float64{caption.fact: 0.9, cont.fact: 0.9}
	if g, ok := c.continuesOpening(cont.fact, cont, score); ok {
		t.Errorf("the continuation gave its place to a caption opening (fact %d)", g)
	}
}
