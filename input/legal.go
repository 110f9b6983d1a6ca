package input

import "strings"

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
	if !ok || len(words(p)) > maxCreditWords || len(words(rest)) == 0 {
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

// maxLegalWords is the longest legal line, in words.
const maxLegalWords = 60

// legalPhrases are the phrases, lower-cased, of a publisher's legal or
// editorial-standards line: a disclaimer of what contributors write, the
// standards the publisher keeps.
var legalPhrases = []string{
	"is not responsible for the", "are not responsible for the", "not responsible for the content",
	"do not necessarily reflect", "does not necessarily reflect", "do not necessarily represent",
	"does not necessarily represent", "not necessarily those of",
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
	for _, ph := range legalPhrases {
		if strings.Contains(lower, ph) {
			return true
		}
	}
	return false
}
