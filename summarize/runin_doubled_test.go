package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestCutDoubledHeadline(t *testing.T) {
	for _, c := range []struct {
		name, in, want string
		ok             bool
	}{
		{"exclusive, story on a verb", "Anna varga ferry feud heats up anna varga -- ferry feud heats up exclusive is not backing down from her fight with the tarnwick ferry board.",
			"Anna varga is not backing down from her fight with the tarnwick ferry board.", true},
		{"exclusive's", "Anna varga ferry deal falls apart anna varga -- ferry deal falls apart exclusive's plan to buy the tarnwick ferry has collapsed after a vote.",
			"Anna varga's plan to buy the tarnwick ferry has collapsed after a vote.", true},
		{"no label: the title goes", "Varga sells tarnwick ferry to rival firm anna varga -- sells tarnwick ferry.",
			"Anna varga -- sells tarnwick ferry.", true},
		{"two names joined", "Anna varga & piet holm split up for good piet holm & anna varga -- split up for good exclusive were seen apart at the pier on monday night.",
			"Piet holm & anna varga were seen apart at the pier on monday night.", true},
		{"headline not repeated", "Anna varga fights on anna varga -- the ferry board will meet again next week to vote on the tarnwick plan.", "", false},
		{"a dash inside a sentence", "The ferry was late again on monday -- the third time this week, riders said.", "", false},
		{"a full stop before the dash", "Ferry sinks. anna varga said the board knew anna varga -- ferry sinks in the bay.", "", false},
	} {
		got, ok := cutDoubledHeadline(c.in)
		if ok != c.ok || ok && got != c.want {
			t.Errorf("%s: cutDoubledHeadline(%q) = %q, %v; want %q, %v", c.name, c.in, got, ok, c.want, c.ok)
		}
	}
}

func TestCutDoubledHeadlinesLowerOnly(t *testing.T) {
	in := "Anna varga ferry feud heats up anna varga -- ferry feud heats up exclusive is not backing down from her fight with the board."
	sum := chorus.Summary{Sentences: []chorus.Sentence{{Text: in}}}
	cutDoubledHeadlines(&sum, false)
	if sum.Sentences[0].Text != in {
		t.Errorf("cased text changed: %q", sum.Sentences[0].Text)
	}
	cutDoubledHeadlines(&sum, true)
	if sum.Sentences[0].Text == in {
		t.Errorf("lower-cased text unchanged")
	}
}
