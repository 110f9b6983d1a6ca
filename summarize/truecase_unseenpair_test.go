package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestRaiseUnseenPairNames(t *testing.T) {
	c := &cluster{}
	for _, s := range []string{
		"the trial of zorvath quill opened today.",
		"zorvath quill pleaded not guilty.",
		"\" i was not there, \" quill said.",
		"the plavex valve failed twice.",
		"plavex valve makers said nothing.",
		"the valve said nothing.",
	} {
		c.cands = append(c.cands, candidate{text: s})
	}
	for _, tt := range []struct{ name, in, want string }{
		{"speaker's surname", "The trial of zorvath quill opened.", "The trial of Zorvath Quill opened."},
		{"possessive", "zorvath quill's lawyer spoke.", "Zorvath Quill's lawyer spoke."},
		{"a thing's noun", "The plavex valve failed.", "The plavex valve failed."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			sum := &chorus.Summary{Sentences: []chorus.Sentence{{Text: tt.in}}}
			c.raiseUnseenPairNames(sum)
			if got := sum.Sentences[0].Text; got != tt.want {
				t.Errorf("raiseUnseenPairNames(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
