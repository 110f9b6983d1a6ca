package input

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxCreditWords is the longest image credit line, in words, that
// isCreditLine takes: a long caption opening with "Header image:" still
// is one, a paragraph of the story is longer.
const maxCreditWords = 60

// creditPlaces may stand before an image word in a credit label
// ("Header image: …", "Featured photo: …").
var creditPlaces = map[string]bool{
	"featured": true, "header": true, "top": true, "lead": true, "cover": true, "main": true, "hero": true,
}

// creditImages are the image words of a credit label, singular and plural.
var creditImages = map[string]bool{
	"image": true, "images": true, "photo": true, "photos": true, "picture": true, "pictures": true,
	"photograph": true, "photographs": true, "illustration": true, "illustrations": true, "video": true,
}

// creditKinds may follow the image word in a credit label ("Image
// credit: …", "Photo source: …", "Photo by: …").
var creditKinds = map[string]bool{
	"credit": true, "credits": true, "source": true, "sources": true, "by": true, "courtesy": true,
}

// isCreditLine reports whether p is a line crediting or captioning the
// page's picture: a label before a colon made of an optional place word
// (creditPlaces), an image word (creditImages) and an optional kind
// (creditKinds) — "Image credit: www.example.com", "Photo Source: Jane
// Roe from Pexels.", "featured image: Jane Roe via Unsplash", "Header
// Image: The north pier at dawn. Credit: Jane Roe" — of at most
// maxCreditWords words. The cleaner's own rules take "Photo: …" lines
// and captions ending in "(AP Photo/…)"; these labelled forms, which
// blogs and news sites print under or after the article, it does not.
func isCreditLine(p string) bool {
	label, rest, ok := strings.Cut(p, ":")
	if !ok {
		return isBareCredit(p)
	}
	if len(words(p)) > maxCreditWords || len(words(rest)) == 0 {
		return false
	}
	w := words(label)
	if len(w) > 0 && creditPlaces[w[0]] {
		w = w[1:]
	}
	if len(w) == 0 || !creditImages[w[0]] {
		return false
	}
	w = w[1:]
	if len(w) > 0 && creditKinds[w[0]] {
		w = w[1:]
	}
	return len(w) == 0
}

// maxBareCreditWords is the longest credit line without a colon, in words.
const maxBareCreditWords = 12

// isBareCredit reports whether p is a credit line set without a colon:
// an optional place word (creditPlaces), an image word (creditImages),
// then "by", "courtesy (of)" or "credit" and a name, at most
// maxBareCreditWords words ("Featured image by Jane Roe/Velmora Daily.",
// "Photo courtesy of the Aldera Museum"). A sentence of the story that
// opens "Photos by …" runs longer.
func isBareCredit(p string) bool {
	w := words(p)
	if len(w) > maxBareCreditWords {
		return false
	}
	if len(w) > 0 && creditPlaces[w[0]] {
		w = w[1:]
	}
	if len(w) < 3 || !creditImages[w[0]] {
		return false
	}
	switch w[1] {
	case "by", "courtesy", "credit":
	default:
		return false
	}
	// The name: every word capitalised, but for joining words ("Jane Roe
	// for the Velmora Daily", "Aldera Museum via Pixelbank").
	i := strings.Index(strings.ToLower(p), " "+w[1])
	if i < 0 || len(strings.ToLower(p)) != len(p) {
		return false
	}
	name := p[i+1+len(w[1]):]
	if w[1] == "courtesy" {
		name = strings.TrimPrefix(strings.TrimSpace(name), "of ")
	}
	for _, f := range strings.Fields(name) {
		if r, _ := utf8.DecodeRuneInString(f); !unicode.IsUpper(r) && !nameJoiners[strings.ToLower(f)] {
			return false
		}
	}
	return strings.TrimSpace(name) != ""
}

// nameJoiners may stand lower-case inside a credited name.
var nameJoiners = map[string]bool{"of": true, "the": true, "via": true, "for": true, "on": true, "and": true, "/": true, "|": true, "-": true, "–": true}

// maxLegalWords is the longest legal line, in words.
const maxLegalWords = 60

// legalPhrases are the phrases, lower-cased, of a publisher's legal or
// editorial-standards line: a disclaimer of what contributors write, the
// standards the publisher keeps, a news agency's redistribution notice
// standing alone once the copyright line before it is gone.
var legalPhrases = []string{
	"is not responsible for the", "are not responsible for the", "not responsible for the content",
	"do not necessarily reflect", "does not necessarily reflect", "do not necessarily represent",
	"does not necessarily represent", "not necessarily those of",
	"may not be published, broadcast", "rewritten or redistributed", "rewritten, or redistributed",
}

// isLegalLine reports whether p is a publisher's legal line: "Our
// Standards: …" (a news agency's line under every story) or a short
// paragraph (at most maxLegalWords words) holding one of legalPhrases
// ("… is not responsible for the opinions, statements or media content
// presented by contributors", "The views … do not necessarily reflect
// …"). trimEdges drops such lines only at the text's edges, where a
// publisher prints them; inside the article a sentence quoting a
// disclaimer stays.
func isLegalLine(p string) bool {
	lower := strings.ToLower(strings.Join(strings.Fields(p), " "))
	if strings.HasPrefix(lower, "our standards:") {
		return true
	}
	if len(words(p)) > maxLegalWords {
		return false
	}
	return containsAny(lower, legalPhrases)
}

// photoAgencies are the names of photo agencies and the words of a
// picture's source, lower-cased, that a page prints alone under a photo
// ("Agencies", "Getty Images", "AFP via Getty Images", "File photo").
var photoAgencies = map[string]bool{
	"agencies": true, "agency": true, "reuters": true, "afp": true, "ap": true, "associated press": true,
	"getty": true, "getty images": true, "afp via getty images": true, "ap photo": true, "epa": true, "epa efe": true,
	"shutterstock": true, "istock": true, "istockphoto": true, "alamy": true, "file photo": true,
	"handout": true, "supplied": true, "pa": true, "pa wire": true, "pa media": true, "xinhua": true, "anadolu agency": true,
}

// maxAgencyCreditWords is the longest lone photo credit, in words.
const maxAgencyCreditWords = 8

// isAgencyCredit reports whether p is a photo credit standing alone: a
// photo agency's name (photoAgencies), or a photographer and agency
// joined by a slash ("Jane Roe/Reuters", "Jane Roe / AFP via Getty
// Images"), of at most maxAgencyCreditWords words and no sentence.
// dropFurniture drops it wherever it stands: on the dev sets (chorus
// bench extraction) it drops five "Agencies" lines of one trafilatura
// slideshow page and leaves both sets' figures unchanged ("file" alone
// was left out: it took a "Blob/ File" heading of a readability page).
func isAgencyCredit(p string) bool {
	w := words(p)
	if len(w) == 0 || len(w) > maxAgencyCreditWords || strings.HasSuffix(strings.TrimSpace(p), ".") && len(w) > 2 {
		return false
	}
	if photoAgencies[strings.Join(w, " ")] {
		return true
	}
	if isAgencyFirstCredit(p) {
		return true
	}
	before, after, ok := strings.Cut(p, "/")
	if !ok || strings.Contains(after, "/") && !strings.Contains(strings.ToLower(after), "getty") {
		return false
	}
	bw, aw := words(before), words(after)
	return len(bw) >= 1 && len(bw) <= 4 && photoAgencies[strings.Join(aw, " ")]
}

// isAgencyFirstCredit reports whether p is a photo credit written agency
// first ("REUTERS/Jane Roe", "AP Photo/Jane Roe", "EPA-EFE/JANE ROE",
// "REUTERS/Jane Roe/File Photo"): an agency (photoAgencies), then one
// or two slash-separated parts of one to four words each, the second
// itself an agency word ("File Photo").
func isAgencyFirstCredit(p string) bool {
	parts := strings.Split(p, "/")
	if len(parts) < 2 || len(parts) > 3 || !photoAgencies[strings.Join(words(parts[0]), " ")] {
		return false
	}
	for _, part := range parts[1:] {
		if n := len(words(part)); n == 0 || n > 4 {
			return false
		}
	}
	return len(parts) == 2 || photoAgencies[strings.Join(words(parts[2]), " ")]
}
