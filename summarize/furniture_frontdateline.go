package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/clean"
	"github.com/chorusnews/chorus/internal/lex"
)

// A plain dateline left at the front of a chosen sentence in lower-cased
// text: "Tarnwick, vt. — for one night the harbour ...", "Port vellin,
// maine -- the council ...". The cleaner cuts a dateline from an
// article's first line; one the splitter set at the front of a later
// sentence, or that a cut before selection left, reached summaries. So
// did a city's name run into the story with no dash at all: "Tarnwick two
// ferry pilots were fired ..." (cutBareDateline, before selection, cuts
// one only before "the", "a" or "an" in an article's first sentences).
// Cut after selection (cutFrontDatelines), so no other sentence moves.

// frontDatelineMinRest is the fewest words of the story after the dash.
const frontDatelineMinRest = 6

// cutFrontDateline returns s without a dateline that opens it, and true:
// before the first dash of s (placeDashes) only a place, either a city a
// dateline names (clean.IsDatelinePlace) or a town of at most
// regionDatelineTown words (regionTownWord), a comma and a region
// (datelineRegionNames); after it at least frontDatelineMinRest words
// opening in lower case, with no second dash closing an aside ("Tarnwick,
// vt. — a town of 900 — voted ..." is the sentence's own). s and false
// otherwise, but for a dateline with no dash (cutChosenBareDateline).
func cutFrontDateline(s string) (string, bool) {
	if out, ok := cutReportingFrom(s); ok {
		return out, true
	}
	at, rest, ok := placeDashRest(s, 60, frontDatelineMinRest)
	if !ok {
		return cutChosenBareDateline(s)
	}
	if !frontPlace(s[:at]) {
		return s, false
	}
	return upperOpening(strings.TrimSpace(rest)), true
}

// upperOpening returns s with the first letter of its opening upper-cased,
// after any opening quotation marks: `"the ferry is gone," ...` reads
// `"The ferry is gone," ...`.
func upperOpening(s string) string {
	q := len(s) - len(strings.TrimLeft(s, "\"“'‘"))
	return s[:q] + lex.UpperFirst(s[q:])
}

// cutChosenBareDateline returns s without a city a dateline names
// (cutBareDateline) run into the story with no dash, and true, when the
// story opens on "the", "a", "an" or a count ("two", "dozens";
// numberWords): a city's name takes no count after it in a sentence of
// its own either; or on a people's adjective and a title
// (cutNationDateline); or on another opening no city's name takes after it
// (cutStoryDateline). s and false otherwise.
func cutChosenBareDateline(s string) (string, bool) {
	if out := cutBareDatelineBefore(s, bareDatelineOpeners); out != s {
		return out, true
	}
	if out, ok := cutNationDateline(s); ok {
		return out, true
	}
	return cutStoryDateline(s)
}

// bareDatelineOpeners open the story after a bare dateline.
var bareDatelineOpeners = func() map[string]bool {
	m := lex.Set("the", "a", "an")
	for w := range numberWords {
		m[w] = true
	}
	return m
}()

// frontPlace reports whether place is a dateline's place: a listed city,
// or a town, a comma and a listed region.
func frontPlace(place string) bool {
	if clean.IsDatelinePlace(place) {
		return true
	}
	town, region, ok := strings.Cut(place, ", ")
	if !ok || !datelineRegionNames[lex.Lower(region)] {
		return false
	}
	f := lex.SpaceFieldsShared(town)
	if len(f) == 0 || len(f) > regionDatelineTown {
		return false
	}
	for i, w := range f {
		if !regionTownWord(w, i == 0) {
			return false
		}
	}
	return true
}

// reportingMaxPlace bounds the words of the place after "Reporting from"
// ("Worcester, Mass., and Boston").
const reportingMaxPlace = 8

// cutReportingFrom returns s without a newspaper's dateline naming where
// its reporter files from ("Reporting from Tarnwick -- the council ...",
// "Reporting from Port Vellin, Maine, and Tarnwick - – The ferry ..."),
// first letter in upper case, and true: "reporting from", a place of at
// most reportingMaxPlace words opening on a letter, a dash, and at least
// frontDatelineMinRest words (one or more dashes more before them are
// the dateline's too). A place with no dash after it is the sentence's
// own ("Reporting from Tarnwick is hard"): s and false.
func cutReportingFrom(s string) (string, bool) {
	const open = "reporting from "
	if len(s) <= len(open) || lex.LowerASCII(s[:len(open)]) != open {
		return s, false
	}
	body := s[len(open):]
	at, dash := -1, ""
	for _, d := range placeDashes {
		if i := strings.Index(body, d); i > 0 && (at < 0 || i < at) {
			at, dash = i, d
		}
	}
	if at < 0 {
		return s, false
	}
	place := body[:at]
	r, _ := utf8.DecodeRuneInString(place)
	if !unicode.IsLetter(r) || countWords(place) > reportingMaxPlace || lex.ContainsAny(place, ".!?\"“:;") && !placeAbbrevsOnly(place) {
		return s, false
	}
	rest := strings.TrimLeft(body[at+len(dash):], "-–— ")
	if countWords(rest) < frontDatelineMinRest {
		return s, false
	}
	return lex.UpperFirst(rest), true
}

// placeAbbrevsOnly reports whether every full stop in place closes an
// abbreviated word of a region ("Mo.", "Mass.", "D.C."), not a sentence:
// each word holding one is at most five bytes long.
func placeAbbrevsOnly(place string) bool {
	if lex.ContainsAny(place, "!?\"“:;") {
		return false
	}
	for _, w := range lex.SpaceFieldsShared(place) {
		if strings.Contains(w, ".") && len(strings.TrimRight(w, ",")) > 5 {
			return false
		}
	}
	return true
}

// cutFrontDatelines cuts, in each sentence of a reader's summary of
// lower-cased text, a dateline that opens it (cutFrontDateline); in cased
// text only a reporter's "Reporting from <place> --" (cutReportingFrom)
// and a bare dateline before an opening no city takes (cutStoryDateline).
func cutFrontDatelines(sum *chorus.Summary, lower bool) {
	cutEach(sum, cutScoreHeadline)
	cutEach(sum, cutCountryDateline)
	if !lower {
		cutEach(sum, cutCasedFrontDateline)
		return
	}
	cutEach(sum, cutFrontDateline)
}

// placeDashRest finds the first place dash (placeDashes) in s's first
// within bytes, not at its start, and returns where it stands and the text
// after it (past a second dash that doubles it: "– –"), when that text
// opens in lower case (after any opening quotation mark), holds at least
// minRest words and no second dash closes an aside there (asideDash).
func placeDashRest(s string, within, minRest int) (int, string, bool) {
	head := s[:min(len(s), within)]
	at, dash := -1, ""
	for _, d := range placeDashes {
		if i := strings.Index(head, d); i > 0 && (at < 0 || i < at) {
			at, dash = i, d
		}
	}
	if at < 0 {
		return 0, "", false
	}
	rest := s[at+len(dash):]
	// A page may double the dash: "<city> – – the ferry ...", "<city> – - ...".
	if r, size := utf8.DecodeRuneInString(rest); (r == '-' || r == '–' || r == '—') && strings.HasPrefix(rest[size:], " ") {
		rest = rest[size+1:]
	}
	// A story may open on a quotation: "<city> — "the ferry is gone," ...".
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest, "\"“'‘"))
	if !unicode.IsLower(r) || countWords(rest) < minRest || asideDash(rest, dash) {
		return 0, "", false
	}
	return at, rest, true
}

// cutCasedFrontDateline is cutFrontDateline for a cluster of cased text,
// where a lower-case word after a place tells nothing: a reporter's
// "Reporting from <place> --" (cutReportingFrom), or a bare dateline
// before an opening no city takes (cutStoryDateline), whose words are
// read in either case.
func cutCasedFrontDateline(s string) (string, bool) {
	if out, ok := cutReportingFrom(s); ok {
		return out, true
	}
	return cutStoryDateline(s)
}
