package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestCutRestartedName(t *testing.T) {
	for _, c := range []struct {
		name, in, want string
		ok             bool
	}{
		{"surname headline, full name and a verb", "Varga's ferry plan sinks at council vote anna varga said on monday she would bring the plan back next year.",
			"Anna varga said on monday she would bring the plan back next year.", true},
		{"present verb after the name", "Varga hits back at ferry critics anna varga responds to the council's claims about the pier in a long letter.",
			"Anna varga responds to the council's claims about the pier in a long letter.", true},
		{"appositive", "Varga leaves ferry board after feud anna varga, the tarnwick ferry board's longest member, has quit after a feud.",
			"Anna varga, the tarnwick ferry board's longest member, has quit after a feud.", true},
		{"a title before the name", "Varga vows to fight on ferry plan tarnwick mayor anna varga said on monday she would bring it back.", "", false},
		{"kin before the name", "Varga, 48, sat next to her husband, peter varga, who said on monday the ferry plan would return.", "", false},
		{"a stopword before the name", "Varga was at the pier with anna varga when the ferry left the dock on monday night.", "", false},
		{"a description before the name", "Varga quits over ferry plan the former head of the ferry board anna varga has quit over the plan.", "", false},
		{"a place, then a group", "Police name pier suspect as westvale man san francisco police were looking into the man's past on monday.", "", false},
		{"no verb after the name", "Varga sails again anna varga ferry tours now run twice a day from the tarnwick pier.", "", false},
	} {
		got, ok := cutRestartedName(c.in)
		if ok != c.ok || ok && got != c.want {
			t.Errorf("%s: cutRestartedName(%q) = %q, %v; want %q, %v", c.name, c.in, got, ok, c.want, c.ok)
		}
	}
}

func TestCutRestartedNamesLowerOnly(t *testing.T) {
	in := "Varga's ferry plan sinks at council vote anna varga said on monday she would bring the plan back next year."
	sum := chorus.Summary{Sentences: []chorus.Sentence{{Text: in}}}
	cutRestartedNames(&sum, false)
	if sum.Sentences[0].Text != in {
		t.Errorf("cased text changed: %q", sum.Sentences[0].Text)
	}
	cutRestartedNames(&sum, true)
	if sum.Sentences[0].Text == in {
		t.Errorf("lower-cased text unchanged")
	}
}
