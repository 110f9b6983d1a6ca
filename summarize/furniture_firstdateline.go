package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// A dateline whose place no list holds, left at the front of an article's
// first sentence: "Ashbury — police began searching the harbour ...",
// "Tarnwick county - a frantic search ...". cutFrontDatelines knows a
// place by a list of cities or by its region; a town's own name alone
// before the dash is left, and it reads as a stray word in front of the
// story. A dateline stands only at an article's start, so the cut is made
// on a reader's summary sentence that is its article's first sentence
// (cutFirstLineDatelines), after selection: only the sentence changes.
// Multi-News validation: no summary changes; train 1-38,000: 11 change,
// all read: 10 better (the town's name gone: "Mission — a border patrol
// agent ...", "Gaza - two cameramen ..."), 1 the same (a station's name
// cut, the city left: "Wsb-tv - Atlanta a Georgia man ...").

// firstDatelineMaxWords is the most words of an unlisted dateline's place.
const firstDatelineMaxWords = 3

// cutFirstLineDatelines cuts an unlisted dateline (cutFirstLineDateline)
// from each sentence of sum, a reader's summary in the order of picked,
// that opens its article, or stands second in it after a headline
// (cutSecondLineDateline; rewritePicked).
func (c *cluster) cutFirstLineDatelines(picked []int, sum *chorus.Summary) {
	rewritePicked(picked, sum, func(i int, s string) (string, bool) {
		switch c.cands[c.facts[picked[i]].rep].pos {
		case 0:
			return cutFirstLineDatelineIn(s, c.lowerCased())
		case 1:
			return cutSecondLineDateline(s)
		}
		return s, false
	})
}

// cutSecondLineDateline is cutFirstLineDateline for an article's second
// sentence, the first a headline the splitter set apart ("<headline>.
// Centennial — authorities began ..."): the story after the dash holds no
// second dash at all ("Spam — the square can ... — was invented ...": an
// aside longer than asideDash reads) and opens on a word of two letters
// or more, or on "a" ("Sea-dog -- t moment: ..." is no story).
func cutSecondLineDateline(s string) (string, bool) {
	out, ok := cutFirstLineDateline(s)
	if !ok {
		return s, false
	}
	first, _, _ := strings.Cut(out, " ")
	if first = strings.Trim(first, `"“'‘`); len(first) < 2 && first != "A" || lex.ContainsAny(out, "—–") || strings.Contains(out, " - ") || strings.Contains(out, "--") {
		return s, false
	}
	return out, true
}

// cutFirstLineDateline returns s without a place that opens it before a
// dash, and true: at most firstDatelineMaxWords capitalised words of
// letters (inner dots, hyphens and apostrophes allowed), no stopword
// among them; after the dash at least frontDatelineMinRest words opening
// in lower case (placeDashRest: no second dash closing an aside, "<Name> —
// a town of 900 — voted ..."), on a word that does not go on describing
// the words before the dash (firstDatelineTies, a participle in -ed or
// -ing: "<Name> — considered the favourite, ...", "<Name> — admitted to
// ..."). s and false otherwise.
func cutFirstLineDateline(s string) (string, bool) {
	return cutFirstLineDatelineIn(s, false)
}

// cutFirstLineDatelineIn is cutFirstLineDateline; in lower-cased text
// (lower), the place's words after its first may open in lower case, as
// the Multi-News text writes them ("St. tarnwick's — if you doubt ...":
// the place's own capital is all the text kept), when the story opens
// on a word that opens a story after a dateline (dashlessOpeners: "the",
// "a", "if", ...), not a verb.
// Multi-News validation: 1 summary changes, read, better (a two-word
// town's dateline before an "if you ..." opening gone); train 1-38,000:
// 2 change, both read, both better (a two-word city's dateline gone, and
// a kicker of two words before a dash).
func cutFirstLineDatelineIn(s string, lower bool) (string, bool) {
	at, rest, ok := placeDashRest(s, 60, frontDatelineMinRest)
	if !ok {
		return s, false
	}
	place := lex.SpaceFieldsShared(s[:at])
	if len(place) == 0 || len(place) > firstDatelineMaxWords {
		return s, false
	}
	lowPlace := false
	for k, w := range place {
		if datelinePlaceWord(w) {
			continue
		}
		if !lower || k == 0 || !datelinePlaceWord(lex.UpperFirst(w)) {
			return s, false
		}
		lowPlace = true
	}
	next, _ := lowerCore(lex.SpaceFieldsShared(rest)[0])
	if lowPlace && !dashlessOpeners[next] {
		return s, false // "Tarnwick ferry's captain -- accidentally ran ...": a subject and its verb
	}
	if firstDatelineTies[next] || strings.HasSuffix(next, "ed") || strings.HasSuffix(next, "ing") {
		return s, false
	}
	return lex.UpperFirst(strings.TrimSpace(rest)), true
}

// datelinePlaceWord reports whether w may be a word of an unlisted dateline's
// place: a capital, then letters with inner dots, hyphens or apostrophes
// ("St.", "Port-Vellin"), no stopword.
func datelinePlaceWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || lex.IsStopword(lex.Lower(strings.TrimRight(w, "."))) {
		return false
	}
	for i, r := range w {
		if unicode.IsLetter(r) {
			continue
		}
		if i == 0 || !strings.ContainsRune(".-'’", r) {
			return false
		}
	}
	return true
}

// firstDatelineTies open words after a dash that describe what stands
// before it: an appositive or a predicate, not a story of its own.
var firstDatelineTies = lex.Set("who", "whom", "whose", "which", "that", "now", "also", "like", "or", "and", "but",
	"not", "once", "then", "both", "each", "formerly", "aka", "is", "was", "are", "were", "has", "had", "have",
	"will", "would", "can", "could", "may", "might", "says", "said", "sees", "gets", "makes", "takes", "wants",
	"plans", "faces", "admits", "denies", "claims", "reveals", "strips", "slams", "tells", "to", "of", "for", "as")
