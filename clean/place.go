package clean

import (
	_ "embed"
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

//go:embed places.txt
var placeList string

// places holds the lower-cased places of places.txt, built once and only
// read afterwards.
var places = func() map[string]bool {
	m := make(map[string]bool)
	for _, line := range strings.Split(placeList, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			m[line] = true
		}
	}
	return m
}()

// maxPlaceBytes bounds the place of a colon dateline ("ho chi minh city").
const maxPlaceBytes = 24

// IsDatelinePlace reports whether name, in any case, is a city (or a
// city-state) that a colon dateline names ("Singapore", "KUALA LUMPUR",
// "new delhi"): the places of places.txt. Countries are not listed.
func IsDatelinePlace(name string) bool {
	if len(name) > maxPlaceBytes {
		return false
	}
	return places[lex.LowerASCII(name)]
}

// cutColonDateline cuts a colon dateline from the start of p, a place of
// places.txt and a colon before the story's first sentence ("Singapore:
// the city's port ..." → "The city's port ..."), and reports whether it
// did. At least colonDatelineRest words must follow.
func cutColonDateline(p string) (string, bool) {
	i := strings.IndexByte(p[:min(len(p), maxPlaceBytes+1)], ':')
	if i <= 0 || !IsDatelinePlace(p[:i]) {
		return p, false
	}
	rest := strings.TrimLeft(p[i+1:], " ")
	if rest == "" || rest[0] == '/' || countWords(rest) < colonDatelineRest {
		return p, false // "Singapore:/..." is no dateline
	}
	return lex.UpperFirst(rest), true
}

// colonDatelineRest is the fewest words of the sentence after a colon
// dateline.
const colonDatelineRest = 4
