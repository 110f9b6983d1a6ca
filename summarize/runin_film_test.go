package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestCutFilmHeader(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		// The header before a review that names the film in quotes.
		{`Harbour lights (2031) early in "harbour lights," the two ferry captains quarrel over a lost cargo of tin.`,
			`Early in "harbour lights," the two ferry captains quarrel over a lost cargo of tin.`, true},
		// The title's "the" may go in the review.
		{`The tin coast (1998) few films about a mining town have looked as grand as tin coast, the story of one long winter.`,
			`Few films about a mining town have looked as grand as tin coast, the story of one long winter.`, true},
		// The review never names the film: the header stays.
		{`Harbour lights (2031) it is hard to say what went wrong with this long story of two ferry captains.`, "", false},
		// The title and year are the sentence's subject.
		{`Harbour lights (2031) was the biggest film of the year, and harbour lights made its captains famous.`, "", false},
		// No year in parentheses alone, or a comma before it.
		{`Harbour lights (2031 remake) early in "harbour lights," the two ferry captains quarrel over tin.`, "", false},
		{`In tarnwick, harbour lights (2031) early in "harbour lights," the two ferry captains quarrel over tin.`, "", false},
		// Too short a review.
		{`Harbour lights (2031) harbour lights is long.`, "", false},
	} {
		got, ok := cutFilmHeader(c.in)
		if ok != c.ok || ok && got != c.want {
			t.Errorf("cutFilmHeader(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

func TestCutFilmHeadersLowerOnly(t *testing.T) {
	in := `Harbour lights (2031) early in "harbour lights," the two ferry captains quarrel over a lost cargo of tin.`
	sum := chorus.Summary{Sentences: []chorus.Sentence{{Text: in}}}
	cutFilmHeaders(&sum, false)
	if sum.Sentences[0].Text != in {
		t.Errorf("cased text changed: %q", sum.Sentences[0].Text)
	}
	cutFilmHeaders(&sum, true)
	if sum.Sentences[0].Text == in {
		t.Errorf("lower-cased text unchanged")
	}
}
