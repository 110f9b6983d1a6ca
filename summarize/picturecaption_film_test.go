package summarize

import "testing"

// TestFilmCaption checks that a still's caption naming its cast and title
// alone is read, and a story's sentence about the cast is not.
func TestFilmCaption(t *testing.T) {
	for _, tc := range []struct {
		name, s string
		want    bool
	}{
		{"one star", `Anna Varga stars in "The Tarnwick Ferry."`, true},
		{"two stars on a service", "Tomas Rell and Ilse Roe star in 'Harbour Lights' on Netflix.", true},
		{"credit run in", `Ana Roe Tomas Rell and Ilse Varga Star in "Low Tide."`, true},
		{"the return of", `Peter Rell stars in the return of "Tarnwick Nights" on Netflix.`, true},
		{"lower-cased page", `Anna varga stars in the return of " tarnwick nights " on netflix.`, true},
		{"lower-cased story", `Members of the varga family star in " harbour life. "`, false},
		{"lower-cased also", `Ilse roe and ana rell also star in " harbour lights. "`, false},
		{"a role", `Anna Varga stars in the film as Ilse Roe, a ferry captain who loses her boat.`, false},
		{"a clause", `Anna Varga stars in "The Tarnwick Ferry," which opens Friday.`, false},
		{"also", `Tomas Rell and Ilse Roe also star in "Harbour Lights."`, false},
		{"will star", `Anna Varga will star in "The Tarnwick Ferry."`, false},
		{"lower-case subject", `Members of the Varga family star in "Harbour Life."`, false},
		{"one word before", `Varga stars in "The Tarnwick Ferry."`, false},
		{"her own show", `Anna Varga stars in her own show.`, false},
		{"long", `Anna Varga stars in "The Tarnwick Ferry" a Harbour Pictures release presented with Velmora Films of a Peter Rell production.`, false},
		{"star of the town", "Anna Varga is the rising star in Tarnwick.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := filmCaption(tc.s); got != tc.want {
				t.Errorf("filmCaption(%q) = %v, want %v", tc.s, got, tc.want)
			}
		})
	}
}
