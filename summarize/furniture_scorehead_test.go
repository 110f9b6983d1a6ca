package summarize

import "testing"

func TestCutScoreHeadline(t *testing.T) {
	for _, c := range []struct {
		name, in, want string
		ok             bool
	}{
		{"score and dateline", "Harriers 4, Comets 2 Tarnwick — when the last whistle blew, the home crowd stayed in its seats for an hour.",
			"When the last whistle blew, the home crowd stayed in its seats for an hour.", true},
		{"two-word sides", "Red Harriers 101, Port Comets 99 Westvale -- the visitors had led by 12 points at the half.",
			"The visitors had led by 12 points at the half.", true},
		{"lower-cased sides", "Harriers 4, comets 2 tarnwick — when the last whistle blew, the home crowd stayed on.",
			"When the last whistle blew, the home crowd stayed on.", true},
		{"no dateline", "Harriers 4, Comets 2 was the final score after the home side scored twice in the last minute.", "", false},
		{"a city's subject", "Harriers 4, Comets 2 Tarnwick — Mayor Ilse Varga said the parade would start at noon.", "", false},
		{"a date, not a score", "Tarnwick, May 2 — the home crowd stayed in its seats for an hour after the last whistle.", "", false},
		{"a stopword side", "Harriers 4, the Comets 2 Tarnwick — when the last whistle blew, the home crowd stayed on.", "", false},
		{"short story", "Harriers 4, Comets 2 Tarnwick — the crowd stayed.", "", false},
	} {
		got, ok := cutScoreHeadline(c.in)
		if ok != c.ok || ok && got != c.want {
			t.Errorf("%s: cutScoreHeadline(%q) = %q, %v; want %q, %v", c.name, c.in, got, ok, c.want, c.ok)
		}
	}
}
