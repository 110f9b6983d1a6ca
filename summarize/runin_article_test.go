package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestCutArticleRunIn(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		// A headline, then a story on "a" that restates it.
		{"Tarnwick ferry worker hurt in pier fall a ferry worker was hurt on monday when he fell from the tarnwick pier during a storm.",
			"A ferry worker was hurt on monday when he fell from the tarnwick pier during a storm.", true},
		// The article opens a verb's object: the sentence stays.
		{"Westvale council will make ferry pier plans public to make a point the council said the ferry pier plans for westvale were open.", "", false},
		// A rate, not a story's opening.
		{"Old ferry engines burned nine gallons a mile, the new ferry engines at westvale pier burn only two gallons.", "", false},
		// A clause word inside the article's noun phrase.
		{"Tarnwick ferry worker hurt in pier fall a bad week when one ferry worker fell from the tarnwick pier was told by the council.", "", false},
		// The story repeats too little of the headline.
		{"Tarnwick council backs new budget for schools a long debate ended on monday when the members voted to close early.", "", false},
	} {
		got, ok := cutArticleRunIn(c.in)
		if ok != c.ok || ok && got != c.want {
			t.Errorf("cutArticleRunIn(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

func TestCutArticleRunInsLowerOnly(t *testing.T) {
	in := "Tarnwick ferry worker hurt in pier fall a ferry worker was hurt on monday when he fell from the tarnwick pier during a storm."
	sum := chorus.Summary{Sentences: []chorus.Sentence{{Text: in}}}
	cutArticleRunIns(&sum, false)
	if sum.Sentences[0].Text != in {
		t.Errorf("cased text changed: %q", sum.Sentences[0].Text)
	}
	cutArticleRunIns(&sum, true)
	if sum.Sentences[0].Text == in {
		t.Errorf("lower-cased text unchanged")
	}
}
