package story

import (
	"fmt"
	"testing"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/summarize"
)

// TestBoilerplateIgnored checks that sentences in the boilerplate table
// neither link two articles as copies nor weigh in their similarity.
func TestBoilerplateIgnored(t *testing.T) {
	notice := "This report was produced in partnership with the Harbour Press Foundation and edited by its regional desk."
	// A table learned from invented clusters that all carry the notice.
	var l summarize.BoilerplateLearner
	for i := range 3 {
		l.Add([]chorus.Article{{ID: "x", Text: fmt.Sprintf("Story number %d of an unrelated kind happened somewhere today. %s", i, notice)}}, nil)
	}
	bp := l.Table(2, 0.1)
	if !bp.Holds(notice) {
		t.Fatal("the learned table does not hold the notice")
	}
	c := New(Options{})
	c.bp = bp
	a := Doc{ID: "a", Text: "Mira Tensk won the world chess final in Ostrel on Sunday. " + notice}
	b := Doc{ID: "b", Text: "Dockworkers at the Marrow Bay port walked out on Monday over pay. " + notice}
	only := Doc{ID: "c", Text: notice}
	story, decs := runStream(c, []Doc{a, b, only})
	if story["a"] == story["b"] || decs["b"].DuplicateOf != "" {
		t.Errorf("articles sharing only boilerplate linked: stories %d and %d, b copy of %q", story["a"], story["b"], decs["b"].DuplicateOf)
	}
	if decs["c"].Story != 0 || decs["c"].DuplicateOf != "" {
		t.Errorf("a boilerplate-only article joined story %d (copy of %q)", decs["c"].Story, decs["c"].DuplicateOf)
	}
}
