package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestMendDropCap(t *testing.T) {
	words := map[string]bool{"the": true, "on": true, "police": true, "marlowe": true, "by": true, "she": true}
	for _, c := range []struct {
		name, in, want string
		ok             bool
	}{
		{"drop cap", "T he ferry line closed on Monday.", "The ferry line closed on Monday.", true},
		{"drop cap on a preposition", "O n Monday, the pier reopened.", "On Monday, the pier reopened.", true},
		{"drop cap before a capital", "M Arlowe says the pier will reopen.", "Marlowe says the pier will reopen.", true},
		{"joined before cut", "S he left the harbour at dawn.", "She left the harbour at dawn.", true},
		{"stray letter", "S despite the rain, the crowd stayed on the pier.", "Despite the rain, the crowd stayed on the pier.", true},
		{"stray letter before an article", "G a ferry from Tarnwick sank on Monday.", "A ferry from Tarnwick sank on Monday.", true},
		{"a class of thing", "X class ferries are the largest on the coast.", "X class ferries are the largest on the coast.", false},
		{"a character's name", "K is good at steering the ferry.", "K is good at steering the ferry.", false},
		{"an initial", "C Robert Marlowe led the study.", "C Robert Marlowe led the study.", false},
		{"a word of its own", "A ferry sank.", "A ferry sank.", false},
	} {
		got, ok := mendDropCap(c.in, words)
		if got != c.want || ok != c.ok {
			t.Errorf("%s: mendDropCap(%q) = %q, %v; want %q, %v", c.name, c.in, got, ok, c.want, c.ok)
		}
	}
}

func TestMendDropCaps(t *testing.T) {
	c := &cluster{docs: []document{{paras: []string{"The ferry line closed. Police said the pier was safe."}}}}
	sum := chorus.Summary{Words: 13, Sentences: []chorus.Sentence{
		{Text: "T he ferry line closed."},
		{Text: "A ferry sank."},
		{Text: "U should see the pier."},
	}}
	c.mendDropCaps(&sum)
	if got := sum.Sentences[0].Text; got != "The ferry line closed." {
		t.Errorf("first sentence = %q", got)
	}
	if sum.Sentences[1].Text != "A ferry sank." || sum.Sentences[2].Text != "U should see the pier." {
		t.Errorf("sentences changed: %q, %q", sum.Sentences[1].Text, sum.Sentences[2].Text)
	}
	if sum.Words != 12 {
		t.Errorf("Words = %d, want 12", sum.Words)
	}
}
