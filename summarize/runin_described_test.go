package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestCutDescribedRunIn(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		// A headline with its verb, then a description and the name again.
		{"Ilse varga quits tarnwick ferry board harbour town mayor ilse varga has resigned from the ferry board after an audit of its accounts.",
			"Harbour town mayor ilse varga has resigned from the ferry board after an audit of its accounts.", true},
		// A stopword before the description: the description starts after it.
		{"Tomas brenn is filming a new thriller in westvale screen star tomas brenn was ordered by a judge to pay back taxes on monday.",
			"Screen star tomas brenn was ordered by a judge to pay back taxes on monday.", true},
		// No role noun before the name: the headline stays.
		{"Ilse varga quits tarnwick ferry board after audit harbour town ilse varga has resigned from the ferry board after an audit.", "", false},
		// No finite verb after the name.
		{"Ilse varga quits tarnwick ferry board the council asked harbour mayor ilse varga to resign from the ferry board after an audit.", "", false},
		// A comma just before: the story opens earlier, on a clause.
		{"Ilse varga could lead the ferry board by june on monday, harbour mayor ilse varga was named chair of the ferry board by the council.", "", false},
		// The name alone, with no words between: not this rule's.
		{"Ilse varga quits tarnwick ferry board ilse varga has resigned from the ferry board after an audit of its accounts.", "", false},
	} {
		got, ok := cutDescribedRunIn(c.in)
		if ok != c.ok || ok && got != c.want {
			t.Errorf("cutDescribedRunIn(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

func TestCutDescribedRunInsLowerOnly(t *testing.T) {
	in := "Ilse varga quits tarnwick ferry board harbour town mayor ilse varga has resigned from the ferry board after an audit of its accounts."
	sum := chorus.Summary{Sentences: []chorus.Sentence{{Text: in, Sources: []int{2}}}}
	cutDescribedRunIns(&sum, false)
	if sum.Sentences[0].Text != in {
		t.Errorf("cased text changed: %q", sum.Sentences[0].Text)
	}
	cutDescribedRunIns(&sum, true)
	if sum.Sentences[0].Text == in || len(sum.Sentences[0].Sources) != 1 {
		t.Errorf("lower-cased text unchanged or sources lost: %+v", sum.Sentences[0])
	}
}
