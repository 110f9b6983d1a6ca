package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

func TestPersonPlace(t *testing.T) {
	for _, tt := range []struct {
		s    string
		j    int
		want bool
	}{
		{"Sgt. Ada quill said no.", 2, true},
		{"spokesman Ada quill said no.", 2, true},
		{"a call from Ada quill, who left.", 4, true},
		{"Ada quill's dog barked.", 1, true},
		{"Ada quill has left.", 1, true},
		{"Ada quill sings well.", 1, false},
		{"Ada prevails, they say.", 1, false},
		{"Pope Ada prepares a speech.", 2, false},
		{"Ada always says so.", 1, false},
		{"the Oscar winner, 44, wed.", 2, false},
		{"the Morning Joe host's absence", 3, false},
		{"a Rand Paul event, which drew fans", 3, false},
		{"E.L. James novel, some say", 2, false},
		{"the St. Louis suburb after it", 3, false},
		{"Queen Ada publicly said so.", 2, false},
	} {
		fields := lex.SpaceFields(tt.s)
		core, _ := lowerCore(fields[tt.j])
		if got := personPlace(fields, tt.j, core); got != tt.want {
			t.Errorf("personPlace(%q, %d) = %v, want %v", tt.s, tt.j, got, tt.want)
		}
	}
}

func TestCaseSurnamesAfterGiven(t *testing.T) {
	c := &cluster{}
	for _, s := range []string{
		"harbour spokesman karen quill said the ferry road was shut.",
		"quill said it would reopen on friday.",
		"the ferry's owner, quill added, had no comment.",
	} {
		c.cands = append(c.cands, candidate{text: s})
	}
	sum := chorus.Summary{Sentences: []chorus.Sentence{
		{Text: "Harbour spokesman Karen quill said the ferry road was shut."},
		{Text: "Karen quill sings well."},
	}}
	c.caseSurnamesAfterGiven(&sum)
	for i, want := range []string{
		"Harbour spokesman Karen Quill said the ferry road was shut.",
		"Karen quill sings well.", // no person's place: left
	} {
		if got := sum.Sentences[i].Text; got != want {
			t.Errorf("sentence %d = %q, want %q", i, got, want)
		}
	}
}
