package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file cuts a photo credit run into a sentence together with the
// caption or headline before it: "Harbour chief quits roe/ap the chairman
// of the harbour board resigned ...", "The new ferry at the pier on
// monday (gazette photo/jane roe) westvale - the ferry line ...". A
// credit names a picture's photographer and agency; it closes a caption
// and never stands inside a story's sentence, so the words before it are
// the page's, and the story starts after it.

// Bounds of cutRunInCredit.
const (
	// creditMaxBefore is the most words before a credit's end: a caption
	// or headline, not a paragraph.
	creditMaxBefore = 45
	// creditMinAfter is the fewest words of the story after the credit.
	creditMinAfter = 8
	// creditMaxParenWords is the most words of a credit in parentheses.
	creditMaxParenWords = 8
)

// cutRunInCredit returns s from the story after a photo credit run into
// it with the caption or headline before it: "Ferry sinks off westvale
// roe/ap the ferry sank ..." reads "The ferry sank ...". A credit is a
// photographer's name joined to an agency by a slash ("roe/ap", "jane roe
// / ap", "jane roe/getty images", "via getty images") or a credit in
// parentheses that names a photo ("(gazette photo/jane roe)", "(photo:
// jane roe)"). It must end within the first creditMaxBefore words, and
// creditMinAfter words or more of story must follow; otherwise s is
// returned as it is.
func cutRunInCredit(s string) string {
	if !strings.Contains(s, "/") && !strings.Contains(s, "hoto") && !strings.Contains(s, "etty") {
		return s
	}
	fields := lex.SpaceFieldsShared(s)
	next := creditAt(fields)
	if next < 0 || len(fields)-next < creditMinAfter {
		return s
	}
	if next <= creditOpeningWords && !creditLabels[lex.Lower(fields[0])] {
		return s // "Jane roe / ap the mayor speaks ...": a credit that opens a caption
	}
	return lex.UpperFirst(strings.Join(fields[next:], " "))
}

// creditOpeningWords is the most words of a credit that opens a
// sentence: a page that sets the credit first sets the caption after it
// ("Jane roe / ap the mayor speaks at the pier on monday."), so only a
// labelled one ("Photographer: jane roe/ap ...", after a caption's full
// stop) is cut there.
const creditOpeningWords = 4

// creditLabels open a credit set after its caption's full stop.
var creditLabels = lex.Set("photographer:", "photo:", "photograph:", "credit:", "photos:", "image:", "picture:")

// creditAt returns the index of the field after the first photo credit
// among the first creditMaxBefore fields, with any credit that follows it
// ("roe/afp via getty images"), or -1 when there is none.
func creditAt(fields []string) int {
	for i := 0; i < len(fields) && i < creditMaxBefore; i++ {
		next := creditEnd(fields, i)
		if next < 0 {
			continue
		}
		for next < len(fields) {
			more := creditEnd(fields, next)
			if more < 0 {
				break
			}
			next = more
		}
		return next
	}
	return -1
}

// opensWithCaptionCredit reports whether s opens with a labelled photo
// credit ("Photographer: jane roe/ap ..."): the sentence before it in its
// paragraph is the photo's caption.
func opensWithCaptionCredit(s string) bool {
	for w := range lex.FieldsSeq(s[:min(len(s), 200)]) {
		if !creditLabels[lex.Lower(w)] {
			return false // most sentences: the first word is no credit label
		}
		break
	}
	fields := lex.SpaceFieldsShared(s[:min(len(s), 200)])
	if len(fields) < 2 || !creditLabels[lex.Lower(fields[0])] {
		return false
	}
	next := creditAt(fields)
	return next > 0 && next <= creditOpeningWords+1
}

// creditAgencies are the agencies a photographer's credit names after a
// slash.
var creditAgencies = lex.Set("ap", "reuters", "afp", "epa", "getty", "bloomberg", "ap images")

// creditEnd returns the index of the field after a photo credit that
// starts or ends at field i of fields, or -1 when there is none.
func creditEnd(fields []string, i int) int {
	f := lex.Lower(fields[i])
	switch {
	case strings.HasPrefix(f, "("):
		return parenCredit(fields, i)
	case (f == "/" || f == "via") && i > 0 && i+1 < len(fields):
		agency := lex.Lower(lex.TrimPunct(fields[i+1], ",;:"))
		switch {
		case agency == "getty" && imagesAt(fields, i+2):
			return i + 3 // "jane roe / getty images", "... via getty images"
		case f == "/" && creditAgencies[agency],
			f == "via" && (agency == "ap" || agency == "reuters" || agency == "afp"):
			return i + 2 // "jane roe / ap", "county sheriff via ap"
		}
	case f == "getty" && i > 0 && i+1 < len(fields) && lex.Lower(strings.TrimRight(fields[i+1], ",;:")) == "images":
		prev := lex.Lower(fields[i-1])
		if prev == "via" || strings.HasSuffix(prev, "/") {
			return i + 2 // "via getty images", "jane roe/ getty images"
		}
	default:
		name, agency, ok := strings.Cut(strings.TrimRight(f, ",;:"), "/")
		if !ok || len(name) < 2 || !creditAgencies[agency] || !creditName(name) {
			return -1
		}
		if agency == "getty" && imagesAt(fields, i+1) {
			return i + 2 // "roe/getty images"
		}
		return i + 1 // "roe/ap"
	}
	return -1
}

// imagesAt reports whether fields[k] is the "images" of "getty images".
func imagesAt(fields []string, k int) bool {
	return k < len(fields) && strings.HasPrefix(lex.Lower(fields[k]), "images")
}

// parenCredit returns the index of the field after a credit in
// parentheses that opens at field i ("(gazette photo/jane roe)",
// "(photo: jane roe)", "(jane roe/ap)"), or -1 when the parentheses hold
// something else or do not close within creditMaxParenWords words.
func parenCredit(fields []string, i int) int {
	for j := i; j < len(fields) && j-i < creditMaxParenWords; j++ {
		if !strings.Contains(fields[j], ")") {
			continue
		}
		if !strings.HasSuffix(strings.TrimRight(fields[j], ",;:"), ")") {
			return -1
		}
		inner := lex.Lower(strings.Join(fields[i:j+1], " "))
		inner = strings.TrimSpace(strings.Trim(strings.TrimRight(inner, ",;:"), "()"))
		for _, p := range parenCreditMarks {
			if strings.HasPrefix(inner, p) || strings.Contains(inner, " "+p) {
				return j + 1
			}
		}
		for a := range creditAgencies {
			if strings.HasSuffix(inner, "/"+a) || strings.HasSuffix(inner, "/ "+a) || strings.HasSuffix(inner, "/getty images") {
				return j + 1
			}
		}
		return -1
	}
	return -1
}

// parenCreditMarks name a photo in a credit in parentheses: "ap photo/",
// "reuters photo:", "photo:", "photo by".
var parenCreditMarks = []string{"photo/", "photo:", "photo by", "photos/", "photo :", "photo /", "image:", "image copyright"}

// creditName reports whether w holds ASCII letters, dots, hyphens or
// apostrophes only (a photographer's surname: "roe", "o'neil").
func creditName(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '.' || c == '-' || c == '\'') {
			return false
		}
	}
	return true
}
