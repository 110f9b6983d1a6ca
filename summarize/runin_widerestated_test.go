package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestWideRestated(t *testing.T) {
	for _, c := range []struct {
		name, in, want string
		ok             bool
	}{
		{"list subject",
			"Two missing after dinghy found off tarnwick point the u.k. coastguard, harbour police and lifeboat crews are searching for two men whose dinghy was found off tarnwick point on sunday.",
			"The u.k. coastguard, harbour police and lifeboat crews are searching for two men whose dinghy was found off tarnwick point on sunday.", true},
		{"long deck",
			"Ferry chief filmed himself reading crew letters and logbooks at the tarnwick pier office, sparking anger the volunteers camped at a hall in westvale are now reading letters and logbooks of the ferry crews, sparking anger among the crews' families.",
			"The volunteers camped at a hall in westvale are now reading letters and logbooks of the ferry crews, sparking anger among the crews' families.", true},
		// A comma in the story's opening that no list subject makes: a
		// headline's second clause goes on.
		{"second clause",
			"Tarnwick council passes the ferry budget, sends it to the mayor the council voted on monday to pass the ferry budget and send it to the mayor.",
			"", false},
		// The list has no "and" before its verb.
		{"no and",
			"Two missing after dinghy found off tarnwick point the u.k. coastguard, harbour police, lifeboat crews are searching for two men whose dinghy was found off tarnwick point.",
			"", false},
		// A strict repeat with no list: cutRestatedHeadline's own case,
		// left to it.
		{"strict repeat",
			"Tarnwick ferry worker hurt in pier fall the ferry worker was hurt on monday when he fell from the tarnwick pier during a storm.",
			"", false},
		// Too few words repeated for a long deck.
		{"few repeated",
			"Ferry chief filmed himself reading crew letters and logbooks at the tarnwick pier office, sparking anger the strikers are now reading letters in the office while the families wait outside for news.",
			"", false},
		// An auxiliary's verb takes "a" as its object.
		{"auxiliary",
			"Tarnwick hoard of silver ferry tokens called one of the finest ever found, and harbour museum staff will now study and prepare a report on the finest hoard of ferry tokens ever found in tarnwick by a museum diver.",
			"", false},
		// An infinitive takes "the" as its object.
		{"infinitive",
			"Three crews set out to search the harbour, the river and the canal for the dinghy the crews said they would search the harbour, the river and the canal for the dinghy.",
			"", false},
	} {
		got, ok := wideRestated(c.in)
		if ok != c.ok || ok && got != c.want {
			t.Errorf("%s: wideRestated(%q) = %q, %v; want %q, %v", c.name, c.in, got, ok, c.want, c.ok)
		}
	}
}

func TestCutWideRestatedLowerOnly(t *testing.T) {
	in := "Two missing after dinghy found off tarnwick point the u.k. coastguard, harbour police and lifeboat crews are searching for two men whose dinghy was found off tarnwick point on sunday."
	sum := chorus.Summary{Sentences: []chorus.Sentence{{Text: in}}}
	cutWideRestated(&sum, false)
	if sum.Sentences[0].Text != in {
		t.Errorf("cased text changed: %q", sum.Sentences[0].Text)
	}
	cutWideRestated(&sum, true)
	if sum.Sentences[0].Text == in {
		t.Errorf("lower-cased text unchanged")
	}
}
