package summarize

import (
	"testing"

	"github.com/chorusnews/chorus/internal/lex"
)

func TestOpeningItStands(t *testing.T) {
	for _, c := range []struct {
		name, s string
		want    bool
	}{
		{"no secret", "It's no secret that harbour fees in Tarnwick have risen for years.", true},
		{"cleft just", "It wasn't just luck that saved 40 of the ferry's passengers, experts said.", true},
		{"cleft until", "It was not until Monday that the Tarnwick council named a new harbour master.", true},
		{"leans on headline", "It's finally here.", false},
		{"a rout", "It was a rout for the harbour party.", false},
		{"time since", "It's been six months since the Tarnwick ferry sank.", false},
		{"enough", "It wasn't enough for the council to close the quay.", false},
		{"own voice", "It's no secret that we love the old quay.", false},
		{"not it", "Its harbour is no secret.", false},
	} {
		if got := openingItStands(lex.LetterWords(c.s, 12)); got != c.want {
			t.Errorf("%s: openingItStands(%q) = %v, want %v", c.name, c.s, got, c.want)
		}
	}
}
