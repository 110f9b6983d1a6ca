package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestCutExclusiveRunIn(t *testing.T) {
	for _, c := range []struct {
		name, in, want string
		ok             bool
	}{
		{"headline, label, name", "Anna varga quits ferry board amid feud exclusive anna varga has left the tarnwick ferry board after a long feud.",
			"Anna varga has left the tarnwick ferry board after a long feud.", true},
		{"label with colon, determiner", "Westvale pier sold exclusive: the westvale pier has been sold to a hotel group for $4 million.",
			"The westvale pier has been sold to a hotel group for $4 million.", true},
		{"label first", "Exclusive the tarnwick ferry will stop running in june, two crew members told us.",
			"The tarnwick ferry will stop running in june, two crew members told us.", true},
		{"subject lost in the data", "Ferry boss sued exclusive is being sued by two former crew members over unpaid wages.", "", false},
		{"an outlet's scoop", "The gazette confirmed the wthr exclusive that the ferry line is being sold this spring.", "", false},
		{"an adjective", "The pier is one of the most exclusive addresses in westvale and one of the dearest.", "", false},
		{"before what it labels", "Westvale gazette has obtained exclusive video of the ferry crash on the pier last week.", "", false},
		{"sentence end before", "The ferry sank. Exclusive the crew was saved by a passing fishing boat on monday.", "", false},
	} {
		got, ok := cutExclusiveRunIn(c.in)
		if ok != c.ok || ok && got != c.want {
			t.Errorf("%s: cutExclusiveRunIn(%q) = %q, %v; want %q, %v", c.name, c.in, got, ok, c.want, c.ok)
		}
	}
}

func TestCutExclusiveRunInsLowerOnly(t *testing.T) {
	in := "Westvale pier sold exclusive: the westvale pier has been sold to a hotel group for $4 million."
	sum := chorus.Summary{Sentences: []chorus.Sentence{{Text: in}}}
	cutExclusiveRunIns(&sum, false)
	if sum.Sentences[0].Text != in {
		t.Errorf("cased text changed: %q", sum.Sentences[0].Text)
	}
	cutExclusiveRunIns(&sum, true)
	if sum.Sentences[0].Text == in {
		t.Errorf("lower-cased text unchanged")
	}
}
