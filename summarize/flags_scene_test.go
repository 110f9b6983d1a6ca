package summarize

import "testing"

// TestMarkNarratorsShortDatedScene checks that a reader's candidates
// refuse a picture's caption closing with a short date, and keep news
// closing with one.
func TestMarkNarratorsShortDatedScene(t *testing.T) {
	c := &cluster{cands: []candidate{
		{text: "Harbour master ana velmor, left, greets visitors at the tarnwick pier on monday.", pos: 3},
		{text: "The velmora council votes on the pier plan on monday.", pos: 1},
	}}
	for i := range c.cands {
		c.cands[i].words = countWords(c.cands[i].text) // a selectable length: markNarrators skips what selectable refuses
	}
	c.markNarrators()
	if c.cands[0].flags&flagNarrator == 0 {
		t.Errorf("caption not flagged: %q", c.cands[0].text)
	}
	if c.cands[1].flags&flagNarrator != 0 {
		t.Errorf("news flagged: %q", c.cands[1].text)
	}
}
