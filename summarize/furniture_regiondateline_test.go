package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestCutRegionDateline(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"state", "Tarnwick, vermont a ferry carrying forty people sank off the cape on monday, the coast guard said.",
			"A ferry carrying forty people sank off the cape on monday, the coast guard said."},
		{"country of two words", "Port vellin, south korea the harbour board voted on monday to close the old ferry pier.",
			"The harbour board voted on monday to close the old ferry pier."},
		{"abbreviated state", "Tarnwick, fla. shortly after dawn a ferry carrying forty people sank off the cape.",
			"Shortly after dawn a ferry carrying forty people sank off the cape."},
		{"town of two words", "Saint-vellin fallow, france a ferry carrying forty people sank off the cape on monday.",
			"A ferry carrying forty people sank off the cape on monday."},
		{"date and dash", "Tarnwick, norway feb 8 - ferry fever is sweeping the coast where thousands wait for the boats.",
			"Ferry fever is sweeping the coast where thousands wait for the boats."},
		{"noun after", "Tarnwick, maine police said on monday that a ferry carrying forty people sank off the cape.",
			"Police said on monday that a ferry carrying forty people sank off the cape."},
		// Left as they are.
		{"verb after", "Tarnwick, vermont is where the harbour board will meet on monday to vote on the pier.", ""},
		{"past verb after", "Tarnwick, vermont experienced the worst storm of the decade on monday, the board said.", ""},
		{"comma after region", "Tarnwick, vermont, voted on monday to close the old ferry pier by the end of june.", ""},
		{"adverb first", "Recently, vermont divers said the old ferry pier was sinking into the harbour mud.", ""},
		{"time first", "Late on sunday, vermont police said a ferry carrying forty people sank off the cape.", ""},
		{"preposition first", "In tarnwick, vermont the harbour board voted on monday to close the old ferry pier.", ""},
		{"number first", "Two tarnwick, vermont police officers were hurt on monday when a ferry sank off the cape.", ""},
		{"given name first", "Ilse varga, vermont department of harbours spokeswoman, said the ferry sank off the cape.", ""},
		{"role before said", "Varga holm, vermont harbour board spokeswoman, said on monday the ferry sank off the cape.", ""},
		{"list of places", "Norway, sweden and finland agreed on monday to close the old ferry line across the sea.", ""},
		{"newspaper credit", "Varga holm, vermont today portrait of the ferry captain who sank off the cape in june.", ""},
		{"site credit", "Varga holm, norway tarnwick.com.au relatives of the ferry's passengers waited at the pier.", ""},
		{"unknown region", "Tarnwick, vellonia a ferry carrying forty people sank off the cape on monday, police said.", ""},
		{"short rest", "Tarnwick, vermont a ferry sank off the cape.", ""},
		{"capital after", "Tarnwick, vermont Police said a ferry carrying forty people sank off the cape on monday.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := cutRegionDateline(tt.in)
			want := tt.want
			if want == "" {
				want = tt.in
			}
			if got != want || ok != (tt.want != "") {
				t.Errorf("cutRegionDateline(%q) = %q, %v; want %q", tt.in, got, ok, want)
			}
		})
	}
}

func TestCutRegionDatelinesCased(t *testing.T) {
	in := "Tarnwick, Vermont a ferry carrying forty people sank off the cape on Monday, police said."
	sum := chorus.Summary{Sentences: []chorus.Sentence{{Text: in}}}
	cutRegionDatelines(&sum, false)
	if sum.Sentences[0].Text != in {
		t.Errorf("cased text cut: %q", sum.Sentences[0].Text)
	}
	cutRegionDatelines(&sum, true)
	if want := "A ferry carrying forty people sank off the cape on Monday, police said."; sum.Sentences[0].Text != want {
		t.Errorf("got %q, want %q", sum.Sentences[0].Text, want)
	}
}
