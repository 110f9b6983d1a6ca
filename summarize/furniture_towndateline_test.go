package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestCutTownHeadline(t *testing.T) {
	for _, c := range []struct {
		name, in, want string
		ok             bool
	}{
		{"town named again", "Ferry sinks off the cape holm tarnwick -- a ferry bound for tarnwick harbour sank on monday with forty people on board.",
			"A ferry bound for tarnwick harbour sank on monday with forty people on board.", true},
		{"town not named again", "Ferry sinks off the cape holm tarnwick -- a ferry bound for the harbour sank on monday with forty people on board.", "", false},
		{"a noun restated", "The council bought a new ferry for the harbour -- a ferry that will run to the harbour twice a day from june.", "", false},
		{"a stopword before the dash", "The ferry sank in the bay near tarnwick -- the tarnwick ferry board met on monday to talk about what went wrong.", "", false},
		{"an aside", "Anna varga tarnwick -- the tarnwick mayor -- said the ferry would run again on monday after the repairs.", "", false},
		{"no determiner after the dash", "Ferry sinks off the cape holm tarnwick -- police in tarnwick said the ferry sank on monday with forty people aboard.", "", false},
	} {
		got, ok := cutTownHeadline(c.in)
		if ok != c.ok || ok && got != c.want {
			t.Errorf("%s: cutTownHeadline(%q) = %q, %v; want %q, %v", c.name, c.in, got, ok, c.want, c.ok)
		}
	}
}

func TestTownNameLost(t *testing.T) {
	head := "Harbour chief anna varga tarnwick -- "
	for _, c := range []struct {
		name  string
		other string
		lost  bool
	}{
		{"surname bare elsewhere", "Varga led the harbour board for twenty years.", true},
		{"full name elsewhere", "Anna varga led the harbour board for twenty years.", true},
		{"surname not elsewhere", "The board will meet again on monday.", false},
	} {
		sum := chorus.Summary{Sentences: []chorus.Sentence{{Text: head + "a harbour chief in tarnwick was found dead on monday."}, {Text: c.other}}}
		if got := townNameLost(head, &sum, 0); got != c.lost {
			t.Errorf("%s: townNameLost = %v; want %v", c.name, got, c.lost)
		}
	}
}
