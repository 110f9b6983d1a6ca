package input

import (
	"slices"
	"strings"
	"unicode"
)

// socialNetworks are the services a "follow us" prompt names.
var socialNetworks = []string{
	"twitter", "facebook", "instagram", "x", "linkedin", "tiktok", "youtube",
	"threads", "bluesky", "mastodon", "whatsapp", "telegram", "snapchat", "pinterest",
}

// maxPromptWords is the longest paragraph, in words, that a follow or app
// prompt may be.
const maxPromptWords = 60

// isSocialPrompt reports whether paragraph p asks the reader to follow a
// publication or a writer on a social network: it opens with "Follow",
// "Like" or "Keep up with" (or "You can follow") and names a network
// within its first sentence ("Follow the Courier on Facebook and X for
// the latest updates.").
func isSocialPrompt(p string) bool {
	w := words(p)
	if len(w) < 3 || len(w) > maxPromptWords {
		return false
	}
	lower := strings.ToLower(strings.TrimSpace(p))
	if !hasAnyPrefix(lower, "follow ", "like ", "keep up with ", "you can follow ", "you can keep up with ") {
		return false
	}
	first := p
	if i := strings.IndexAny(p, ".!?"); i > 0 {
		first = p[:i]
	}
	fw := words(first)
	for i := 1; i+1 < len(fw); i++ {
		if fw[i] == "on" && slices.Contains(socialNetworks, fw[i+1]) {
			return true
		}
	}
	return false
}

// appStores are the words that place a download prompt in an app store.
var appStores = []string{"ios", "android", "iphone", "ipad", "play", "appstore"}

// isAppPrompt reports whether paragraph p asks the reader to download the
// publication's app: a short paragraph with "download", "app" or "apps",
// and a platform ("Get breaking news first: download our app for iOS and
// Android.").
func isAppPrompt(p string) bool {
	w := words(p)
	if len(w) > maxPromptWords/2 {
		return false
	}
	var download, app, store bool
	for _, x := range w {
		switch {
		case x == "download":
			download = true
		case x == "app" || x == "apps":
			app = true
		case slices.Contains(appStores, x):
			store = true
		}
	}
	return download && app && store
}

// words returns the lower-cased words of s (runs of letters and digits).
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r)
	})
}

// hasAnyPrefix reports whether s starts with one of prefixes.
func hasAnyPrefix(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}
