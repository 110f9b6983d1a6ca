package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestCutCityHeadline(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"headline", "Ferry sinks off the cape as storm builds london — a ferry carrying forty people sank off the cape on monday.",
			"A ferry carrying forty people sank off the cape on monday."},
		{"agency tag", "| ap washington -- the harbour board voted on monday to close the old ferry pier by june.",
			"The harbour board voted on monday to close the old ferry pier by june."},
		{"city of two words", "Harbour board votes to close pier new york – the harbour board voted on monday to close the pier.",
			"The harbour board voted on monday to close the pier."},
		{"caption before", "A ferry at the old pier. paris - the harbour board voted on monday to close the old ferry pier.",
			"The harbour board voted on monday to close the old ferry pier."},
		// Left as they are.
		{"preposition before", "The mayor flew back to washington -- and she will not leave the harbour office until the vote.", ""},
		{"verb after", "Ferry pilots who sleep less say london — with its tides — is the hardest harbour of all to enter.", ""},
		{"conjunction after", "Ferry pilots flew home to paris — and the harbour board says it will pay for every ticket.", ""},
		{"compound", "Both pilots make new york – style turns at the harbour's mouth on every windy day of the year.", ""},
		{"possessive before", "Ilse varga's london — a city of ferries and tides — is the subject of the exhibition.", ""},
		{"unknown city", "Ferry sinks off the cape tarnwick — a ferry carrying forty people sank off the cape on monday.", ""},
		{"nothing before", "London — a ferry carrying forty people sank off the cape on monday, the coast guard said.", ""},
		{"short rest", "Ferry sinks off the cape london — a ferry sank.", ""},
		{"capital after", "Ferry sinks off the cape london — A ferry carrying forty people sank off the cape on monday.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := cutCityHeadline(tt.in)
			want := tt.want
			if want == "" {
				want = tt.in
			}
			if got != want || ok != (tt.want != "") {
				t.Errorf("cutCityHeadline(%q) = %q, %v; want %q", tt.in, got, ok, want)
			}
		})
	}
}

func TestCutCityHeadlinesOpening(t *testing.T) {
	head := "Ferry sinks off the cape london — a ferry carrying forty people sank off the cape on monday."
	c := &cluster{
		cands: []candidate{{text: head, pos: 0}, {text: head, pos: 5}},
		facts: []fact{{rep: 0}, {rep: 1}},
	}
	sum := chorus.Summary{Sentences: []chorus.Sentence{{Text: head}, {Text: head}}}
	c.cutCityHeadlines([]int{0, 1}, &sum)
	if want := "A ferry carrying forty people sank off the cape on monday."; sum.Sentences[0].Text != want {
		t.Errorf("opening sentence: got %q, want %q", sum.Sentences[0].Text, want)
	}
	if sum.Sentences[1].Text != head {
		t.Errorf("sentence deep in its article cut: %q", sum.Sentences[1].Text)
	}
	cased := "Ferry sinks off the cape London — A ferry carrying forty people sank off the cape on Monday."
	c = &cluster{cands: []candidate{{text: cased, pos: 0}}, facts: []fact{{rep: 0}}}
	sum = chorus.Summary{Sentences: []chorus.Sentence{{Text: cased}}}
	c.cutCityHeadlines([]int{0}, &sum)
	if sum.Sentences[0].Text != cased {
		t.Errorf("cased text cut: %q", sum.Sentences[0].Text)
	}
}
