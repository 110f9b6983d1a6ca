package summarize

import (
	"regexp"
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// An aside that places a person or a thing in the page's picture or
// video: "The ferry's new advert, embedded above and aired on Sunday, is
// ...", "Ilse Varga and Tomas Rell, shown here posing on the pier in 2016,
// were charged ...", "The board's map, seen above, marks ...", "Things
// went badly for Rell, who is seen here boarding a ferry on Sunday.",
// "Two otters, similar to the one pictured here, escaped ...". The
// summary has no picture; cutMediaAside cuts the aside and keeps the
// sentence: "The ferry's new advert, aired on Sunday, is ...", "Ilse
// Varga and Tomas Rell were charged ...", "Things went badly for Rell."
// cutPictureAside (furniture_aside.go) cuts the short asides (", seen
// here in 2011,", "(pictured)"); these are the longer ones, a relative
// "who is seen here ..." and an "embedded above" before "and".
//
// The aside must close on a comma before the sentence's verb (an
// auxiliary, a verb of saying or a lower-case verb's form: ", were
// charged", mediaAsideVerb), on the sentence's full stop, or on "and"
// right after the pointer (whose clause stays: ", aired on Sunday"). An
// aside closing on a comma before a place ("..., pictured here at the
// base in Tarnwick, norland in 2012", lower-cased or not) is left, and
// so are one that places a companion in the picture (", seen here with
// the family's daughter,": the sentence may go on about her) and one
// inside a quotation. After an age or another aside ("<name>, 19,
// <aside>, was ...") the closing comma stays.
//
// Measured against 08c0714 (Multi-News default summaries): validation 2
// of 5,598 changed, both read, both better (", embedded above and" before
// an ad's release day; ", similar to the one shown here," after two
// monkeys). Train 1-38,000 (the 1,676 clusters whose summary holds such a
// participle before a pointer, "another" or a demonstrative before a
// media noun): 8 changed, all read: 7 better (", seen above,", ", shown
// here posing with a horse ...,", ", who is seen here boarding ..."), 1
// the same (a fragment stays a fragment). Before the guards, a
// lower-cased "..., pictured here at the <base> in <town>, california in
// 2011, has been charged" was cut inside the place's name, an age lost
// its closing comma, and ", seen here with the family's daughter," went
// before "the girl's party" (3 worse); they now stay or keep the comma.

// mediaAside matches an aside that places its subject in the page's
// picture: group 1 is the participle's words after the pointer, group 2
// what closes it.
var mediaAside = regexp.MustCompile(`, (?:(?:who|which) (?:is|are) )?(?:embedded|seen|shown|pictured|featured|displayed) (?:here|above|below|at (?:left|right)|on the (?:left|right)|in the (?:video|photo|image|picture|clip) (?:above|below))\b([^,;:()"“”—–]{0,90}?)(, [a-z]|\.$| and )`)

// mediaAsideLike matches an example placed in the page's picture: ",
// similar to the one shown here,".
var mediaAsideLike = regexp.MustCompile(`, (?:similar to|like|such as) (?:the one|this one|the ones|these|those) (?:shown|seen|pictured|featured) (?:here|above|below)(, [a-z]|\.$)`)

// mediaAsideText finds the pointers every match holds, in any ASCII case:
// a sentence without one is passed by before the expressions.
var mediaAsideText = lex.NewFoldSubstrings(" here", " above", " below", " left", " right")

// mediaAsideParticiples holds the participles one of which every match
// holds (lower case, as the expressions ask).
var mediaAsideParticiples = lex.NewFoldSubstrings("embedded ", "seen ", "shown ", "pictured ", "featured ", "displayed ")

// cutMediaAside returns s without its first aside that places a thing in
// the page's picture (mediaAside, mediaAsideLike), and whether it cut
// one: "<subject>, <aside>, <verb> ..." reads "<subject> <verb> ...",
// "<subject>, <aside> and <clause>" reads "<subject>, <clause>", and a
// closing aside gives way to the full stop. At least minWords words are
// left, and an aside inside a quotation stays.
func cutMediaAside(s string) (string, bool) {
	if strings.IndexByte(s, ',') < 0 || !mediaAsideText.In(s) || !mediaAsideParticiples.In(s) {
		return s, false
	}
	for _, re := range []*regexp.Regexp{mediaAside, mediaAsideLike} {
		m := re.FindStringSubmatchIndex(s)
		if m == nil || quoteOpenAt(s, m[0]) {
			continue
		}
		end := s[m[len(m)-2]:m[len(m)-1]]
		if re == mediaAside && strings.HasPrefix(strings.TrimSpace(s[m[2]:m[3]]), "with ") {
			continue // ", seen here with the family's daughter, ...": the sentence may go on about her
		}
		var out string
		switch {
		case end == ".":
			out = s[:m[0]] + "."
		case end == " and ":
			if m[3] > m[2] {
				continue // ", seen here at the pier and ...": the "and" may join the aside's own words
			}
			out = s[:m[0]] + ", " + s[m[1]:]
		default: // ", <verb>"
			if !mediaAsideVerb(s[m[len(m)-2]+2:]) {
				continue
			}
			at := m[len(m)-2] + 1 // the comma goes with the aside
			if strings.IndexByte(s[:m[0]], ',') >= 0 {
				at-- // "<name>, 19, <aside>, was ...": the comma closes the age
			}
			out = s[:m[0]] + s[at:]
		}
		if countWords(out) < minWords {
			return s, false
		}
		return out, true
	}
	return s, false
}

// mediaAsideVerb reports whether rest, the sentence after the aside's
// closing comma, opens on its verb: an auxiliary or a verb of saying
// ("was shot", "have been charged", "says"), or a verb's form in -s or
// -ed that cased text writes in lower case ("focuses"): in lower-cased
// text a comma before a place's name ("..., california in 2011") reads
// the same as one before a verb.
func mediaAsideVerb(rest string) bool {
	w := rest
	if i := strings.IndexAny(w, " ,.;:"); i >= 0 {
		w = w[:i]
	}
	w = lex.Lower(w)
	if mediaAsideAux[w] || lex.IsAttributionVerb(w) {
		return true
	}
	return (strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed")) && len(w) > 3 && lowerWordForm(w)
}

// mediaAsideAux are the auxiliaries that may open a sentence's verb.
var mediaAsideAux = lex.Set("is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "may",
	"might", "must", "should", "did", "does", "do")
