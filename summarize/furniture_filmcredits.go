package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A review page's credits box read as a sentence: "<film> <date> cast &
// credits <role> <actor> <role> <actor> ... <studio> presents a film
// directed by <name>." The page sets the title, the release date and the
// cast list in a box above the review; once the markup is gone the box is
// one long sentence of names that tells a reader nothing the review does
// not. A reader's summary leaves it out after selection (filmCreditsOnly
// through dropChosen), so no other sentence moves.

// filmCreditsOnly reports whether s is a review's credits box: "cast &
// credits" (or "cast and credits") and, after it, "presents a film" or
// "presents a movie".
func filmCreditsOnly(s string) bool {
	low := lex.Lower(s)
	_, rest, ok := strings.Cut(low, "cast & credits ")
	if !ok {
		_, rest, ok = strings.Cut(low, "cast and credits ")
	}
	if !ok {
		return false
	}
	return strings.Contains(rest, " presents a film ") || strings.Contains(rest, " presents a movie ")
}
