package input

import (
	"slices"
	"strings"
)

// maxOfferWords is the longest shopping offer, sponsor label, alert
// prompt or writer's contact line, in words.
const maxOfferWords = 30

// offerOpeners open a shopping offer in the imperative, lower-cased.
var offerOpeners = []string{"shop", "save", "buy", "grab", "order"}

// offerSeconds may follow an offer's imperative, lower-cased: "Shop
// the sale", "Save up to", not a noun ("Shop owners …").
var offerSeconds = []string{"the", "our", "now", "today", "this", "these", "all", "up", "on", "big", "with", "new", "online", "at", "for", "a"}

// offerTerms are the words of a price offer, lower-cased.
var offerTerms = []string{"% off", "percent off", "promo code", "coupon code", "discount code", "use code"}

// isOfferLine reports whether paragraph p is an inline shopping ad: a
// short line (at most maxOfferWords words) that opens with an
// imperative to buy (offerOpeners, then one of offerSeconds) and names a price offer (offerTerms):
// "Shop the spring sale: up to 40% off garden furniture." A story's own
// sentence about a sale ("Shop owners cut prices by up to 40% off …")
// opens with a noun, not an imperative, and stays.
func isOfferLine(p string) bool {
	if !hasFoldPrefix(strings.TrimSpace(p), offerOpeners...) {
		return false // cheap test first: dropFurniture asks of every paragraph
	}
	w := words(p)
	if len(w) < 3 || len(w) > maxOfferWords || !slices.Contains(offerOpeners, w[0]) || !slices.Contains(offerSeconds, w[1]) {
		return false
	}
	return containsAny(strings.ToLower(p), offerTerms)
}

// sponsorLabels open a paid line, lower-cased, with their colon.
var sponsorLabels = []string{"sponsored:", "sponsored content:", "paid content:", "paid post:", "promoted:", "partner content:", "ad:", "advertisement:"}

// isSponsorLine reports whether paragraph p is a paid teaser set inline,
// a short line (at most maxOfferWords words) opening with a sponsor's
// label ("Sponsored: These chairs are selling out fast").
func isSponsorLine(p string) bool {
	return hasFoldPrefix(strings.TrimSpace(p), sponsorLabels...) && len(words(p)) <= maxOfferWords
}

// alertWords name what an alert prompt offers, lower-cased.
var alertWords = []string{"alerts", "notifications", "push"}

// isAlertPrompt reports whether paragraph p asks the reader to install
// the publication's app for news alerts: a short line (at most
// maxOfferWords words) opening with "Get", "Download" or "Install",
// naming an app and alerts ("Get breaking news alerts with the free
// Courier app."). isAppPrompt catches the prompts that name a store.
func isAlertPrompt(p string) bool {
	if !hasFoldPrefix(strings.TrimSpace(p), "get", "download", "install") {
		return false
	}
	w := words(p)
	if len(w) < 3 || len(w) > maxOfferWords || !slices.Contains([]string{"get", "download", "install"}, w[0]) {
		return false
	}
	return slices.Contains(w, "app") && slices.ContainsFunc(w, func(x string) bool { return slices.Contains(alertWords, x) })
}

// isWriterContact reports whether paragraph p is the line under a story
// that gives the writer's address: at most maxOfferWords words, opening
// with "Contact" or "Reach" and holding an e-mail address ("Contact Jane
// Roe at jroe@example.com or 555-0123."). A bio that ends "Email her at
// …" opens with the writer's name and stays (see isContactLine).
func isWriterContact(p string) bool {
	if !hasFoldPrefix(strings.TrimSpace(p), "contact", "reach") {
		return false
	}
	w := words(p)
	if len(w) < 3 || len(w) > maxOfferWords || (w[0] != "contact" && w[0] != "reach") {
		return false
	}
	return hasEmail(p)
}

// hasFoldPrefix reports whether s opens with one of prefixes, ignoring
// case, without allocating.
func hasFoldPrefix(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
			return true
		}
	}
	return false
}
