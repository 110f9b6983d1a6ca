package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// TestCandidateCaches: the answers a candidate keeps (subjectSceneOf,
// casedAt) are those of the functions they keep, asked once or twice.
func TestCandidateCaches(t *testing.T) {
	arts := []chorus.Article{
		{ID: "1", Text: "Harbour workers gather at the Velmora pier on Monday, March 9, 2026. The ferry strike ended after two weeks, the union said."},
		{ID: "2", Text: "the ferry strike at velmora ended on monday. union leader ilse varga said the deal was fair."},
		{ID: "3", Text: "A newborn seal rests on the rocks near the quarry. Walkers were asked to keep their dogs on a lead."},
	}
	c := &cluster{p: func() *Tuning { x := DefaultTuning(); return &x }(), lead: -1}
	if !c.prepare(arts) {
		t.Fatal("cannot prepare the articles")
	}
	for round := range 2 {
		for i := range c.cands {
			text := c.cands[i].text
			scene, dated := subjectScene(text)
			if gs, gd := c.subjectSceneOf(i); gs != scene || gd != dated {
				t.Errorf("round %d: subjectSceneOf(%q) = %v, %v, want %v, %v", round, text, gs, gd, scene, dated)
			}
			if got, want := c.subjectCaptionAt(i), subjectCaption(text); got != want {
				t.Errorf("round %d: subjectCaptionAt(%q) = %v, want %v", round, text, got, want)
			}
			if got, want := c.casedAt(i), lex.Cased(text); got != want {
				t.Errorf("round %d: casedAt(%q) = %v, want %v", round, text, got, want)
			}
		}
	}
}
