package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestTruecaseSummary(t *testing.T) {
	sum := func() chorus.Summary {
		return chorus.Summary{
			Sentences: []chorus.Sentence{
				{Text: "The ferry to the harbour in washington left on monday, officials said."},
				{Text: "Pell Quarrington, who runs the line, said service resumes in may."},
				{Text: "Aides to quarrington said the u.s. coast guard will inspect it."},
			},
			Voices: []chorus.Voice{{
				Name: "Pell Quarrington", Role: "head of the washington ferry line",
				Statements: []chorus.Statement{{Text: "We will sail again on friday.", Quote: true}},
			}},
		}
	}
	want := []string{
		"The ferry to the harbour in Washington left on Monday, officials said.",
		"Pell Quarrington, who runs the line, said service resumes in May.",
		"Aides to Quarrington said the U.S. coast guard will inspect it.",
	}
	c := &cluster{lower: 1}
	got := sum()
	c.truecaseSummary(&got)
	for i, s := range got.Sentences {
		if s.Text != want[i] {
			t.Errorf("sentence %d = %q, want %q", i, s.Text, want[i])
		}
	}
	if r := got.Voices[0].Role; r != "head of the Washington ferry line" {
		t.Errorf("role = %q", r)
	}
	if s := got.Voices[0].Statements[0].Text; s != "We will sail again on Friday." {
		t.Errorf("statement = %q", s)
	}

	cased := &cluster{lower: 2}
	got = sum()
	cased.truecaseSummary(&got)
	if got.Sentences[0].Text != sum().Sentences[0].Text {
		t.Errorf("a cased cluster's summary changed: %q", got.Sentences[0].Text)
	}
}

func TestRaiseAfterQuestion(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Second place? it fell to fourth.", "Second place? It fell to fourth."},
		{`"Late again? you promised," she said. Why? because.`, `"Late again? You promised," she said. Why? Because.`},
		{"Who knew? 12 people did.", "Who knew? 12 people did."},
		{"No question here.", "No question here."},
		{"Ends with a question?", "Ends with a question?"},
	} {
		if got := raiseAfterQuestion(c.in); got != c.want {
			t.Errorf("raiseAfterQuestion(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
