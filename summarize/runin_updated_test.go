package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestCutUpdatedRunIn(t *testing.T) {
	for _, c := range []struct {
		name, in, want string
		ok             bool
	}{
		{"label with colon", "Tarnwick ferry board sued over pier sale updated: two former crew members are suing the tarnwick ferry board over wages.",
			"Two former crew members are suing the tarnwick ferry board over wages.", true},
		{"byline and e-mail before the label", "Ferry strike ends by anna varga avarga@gazette.com updated: the ferry strike in tarnwick ended on monday after nine days.",
			"The ferry strike in tarnwick ended on monday after nine days.", true},
		{"label in parentheses", "Varga quits ferry board (updated) anna varga has left the tarnwick ferry board after a long feud.",
			"Anna varga has left the tarnwick ferry board after a long feud.", true},
		{"label with a note", "Ferry crew say they were not paid (updated: board denies) two former crew members say the tarnwick ferry board owes them wages.",
			"Two former crew members say the tarnwick ferry board owes them wages.", true},
		{"label after a dash", "Ferry crew caught on camera – updated the crew of the tarnwick ferry was filmed leaving the pier early.",
			"The crew of the tarnwick ferry was filmed leaving the pier early.", true},
		{"bare label before a name", "Ferry boss turns 90 and still sails updated anna varga turned 90 today and took the helm of the ferry.",
			"Anna varga turned 90 today and took the helm of the ferry.", true},
		{"a verb with its object", "The tarnwick harbour board updated its advice to ferry passengers on monday after the storm.", "", false},
		{"a verb before a name", "The board, at its meeting, updated anna varga on the state of the pier and the ferry.", "", false},
		{"kept updated", "The crew kept passengers updated on the storm as the ferry waited outside the harbour.", "", false},
		{"an adjective", "New harbour maps updated by the survey office last spring show the pier is sinking.", "", false},
		{"a stamp after the label", "Ferry strike ends updated: june 7, 2016 4:59 pm the ferry strike in tarnwick ended on monday.", "", false},
		{"a stamp, then the label again", "Ferry strike ends published: 16 jun 2014 10:05 updated: 16 jun 2014 17:25 updated: the ferry strike in tarnwick ended on monday.",
			"The ferry strike in tarnwick ended on monday.", true},
		{"a sentence end before", "The ferry sank. Updated: the crew was saved by a passing fishing boat on monday night.", "", false},
		{"too short a story", "Ferry strike talks resume updated: the tarnwick talks.", "", false},
		{"too short a headline", "Strike updated: the ferry strike in tarnwick ended on monday after nine days.", "", false},
	} {
		got, ok := cutUpdatedRunIn(c.in)
		if ok != c.ok || ok && got != c.want {
			t.Errorf("%s: cutUpdatedRunIn(%q) = %q, %v; want %q, %v", c.name, c.in, got, ok, c.want, c.ok)
		}
	}
}

func TestCutUpdatedRunInsLowerOnly(t *testing.T) {
	in := "Tarnwick ferry board sued over pier sale updated: two former crew members are suing the tarnwick ferry board over wages."
	sum := chorus.Summary{Sentences: []chorus.Sentence{{Text: in}}}
	cutUpdatedRunIns(&sum, false)
	if sum.Sentences[0].Text != in {
		t.Errorf("cased text changed: %q", sum.Sentences[0].Text)
	}
	cutUpdatedRunIns(&sum, true)
	if sum.Sentences[0].Text == in {
		t.Errorf("lower-cased text unchanged")
	}
}
