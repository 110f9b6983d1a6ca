package defect

import (
	"regexp"
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A broadcaster's video clip is set on a page with a one-line blurb that
// names its reporter and says, in the present, what the clip does: "NBC's
// Jane Roe reports from Tarnwick.", "The Post's Ilse Varga explains what
// the ruling means.", "WSJ's Tom Hale has more." Run into the story's
// text, the line reads as a sentence about a person the story never
// mentions, pointing at a picture the reader cannot see; news tells what
// a reporter found in the past ("reported") or with "that".

// blurbOutlets are the outlets whose reporters such blurbs name ("<outlet>'s
// <reporter>", "<outlet> news' <reporter>").
var blurbOutlets = lex.Set("nbc", "cbs", "abc", "cnn", "cnbc", "msnbc", "bbc", "itv", "sky", "pbs", "npr", "voa",
	"wsj", "fox", "espn", "post", "times", "time", "guardian", "bloomberg", "reuters", "ap", "afp", "cbc", "ctv",
	"politico", "vox", "yahoo", "huffpost", "axios", "cnet", "telegraph", "independent", "abcnews", "nbcnews",
	"cbsnews", "foxnews", "news", "newsy", "wapo", "nyt", "journal", "aljazeera", "euronews", "cspan", "hln")

// blurbRoles name a reporter's job after the outlet ("<outlet> law
// reporter <name> explains ...").
var blurbRoles = lex.Set("reporter", "correspondent")

// blurbVerb matches a blurb's verb phrase at the start of the text after
// its reporter's name: what the clip does, in the present.
var blurbVerb = regexp.MustCompile(`^(?:reports (?:on|from)\b|reports\.?$|explains\b|has (?:more|the story|the latest|the details|details)\b|takes (?:a|a closer) look\b|looks at\b|speaks (?:with|to)\b|talks (?:with|to)\b|sits down with\b|sat down with\b|caught up with\b|discusses\b|interviews\b|breaks down\b|weighs in\b)`)

// Bounds of a blurb: its outlet's name, its reporter's name, and the whole
// line (a longer sentence holds a story of its own after the blurb).
const (
	blurbOutletWords   = 3
	blurbReporterWords = 3
	blurbMaxWords      = 30
)

// VideoBlurb reports whether sentence s is a video clip's blurb: an
// outlet's reporter ("NBC's Jane Roe", "ABC News' Tom Hale", "The Post's
// Ilse Varga", "WSJ law reporter Tom Hale") and a present verb of what the clip shows ("reports from",
// "reports on", "explains", "has more", "takes a look at", "speaks with"),
// in at most blurbMaxWords words. "Jane Roe reports on ..." with no
// outlet is one too when her first name is a listed given name and the
// verb is "reports on/from" or "has more". "As NBC's Jane Roe reports,
// the ..." and "reports that ..." attribute a story's fact and are not.
func VideoBlurb(s string) bool {
	if len(s) < 12 || !blurbCue(s) || countWords(s) > blurbMaxWords {
		return false
	}
	lower := lex.LowerASCII(s)
	f := lex.SpaceFieldsShared(lower)
	i := 0
	if f[0] == "the" {
		i = 1
	}
	// "<outlet words>'s <reporter> <verb>"
	for j := i; j < len(f) && j < i+blurbOutletWords; j++ {
		w := f[j]
		base, ok := strings.CutSuffix(w, "'s")
		if !ok {
			base, ok = strings.CutSuffix(w, "s'")
			base += "s"
		}
		if !ok {
			continue
		}
		if !outletPhrase(f[i:j], base) {
			return false
		}
		return reporterThenVerb(f, j+1, 2)
	}
	// "<outlet> [<beat>] reporter <reporter> <verb>"
	if blurbOutlets[f[i]] {
		for j := i + 1; j < len(f) && j <= i+blurbOutletWords; j++ {
			if blurbRoles[f[j]] {
				return reporterThenVerb(f, j+1, 2)
			}
		}
	}
	// "<given> <surname> reports on ..."
	if i == 0 && lex.IsGivenName(f[0]) {
		for k := 2; k <= blurbReporterWords && k < len(f); k++ {
			rest := strings.Join(f[k:min(len(f), k+3)], " ")
			if strings.HasPrefix(rest, "reports on ") || strings.HasPrefix(rest, "reports from ") || strings.HasPrefix(rest, "has more") {
				return true
			}
		}
	}
	return false
}

// blurbCue reports whether s holds what each form of blurb needs, in any
// case: an apostrophe ("<outlet>'s", "<outlet> news'"), "report"
// ("reports", "reporter"), "correspondent" or "more" ("has more"). It
// spares most sentences the words VideoBlurb lowers and splits. It reads
// s once: each byte is an apostrophe or may open one of the words.
func blurbCue(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		switch {
		case c == '\'',
			c == 'r' && foldAt(s, i, "report"),
			c == 'm' && foldAt(s, i, "more"),
			c == 'c' && foldAt(s, i, "correspondent"):
			return true
		}
	}
	return false
}

// foldAt reports whether s holds word (lower-case ASCII) at i, with any of
// its letters in upper case.
func foldAt(s string, i int, word string) bool {
	if i+len(word) > len(s) {
		return false
	}
	for k := 0; k < len(word); k++ {
		if c := s[i+k]; c != word[k] && !(c+'a'-'A' == word[k] && 'A' <= c && c <= 'Z') {
			return false
		}
	}
	return true
}

// outletPhrase reports whether the words before a possessive (head) and
// the possessive's own word (last, without "'s") name an outlet: one of
// them is in blurbOutlets, or the word before the possessive is a digit
// run ("nbc 7's").
func outletPhrase(head []string, last string) bool {
	if blurbOutlets[strings.Trim(last, ".")] {
		return true
	}
	for _, w := range head {
		if blurbOutlets[strings.Trim(w, ".")] {
			return true
		}
	}
	return false
}

// reporterThenVerb reports whether f[from:] is a reporter's name of at
// least minName and at most blurbReporterWords words, each without
// punctuation, followed by blurbVerb.
func reporterThenVerb(f []string, from, minName int) bool {
	for k := from; k < len(f) && k <= from+blurbReporterWords; k++ {
		if k-from >= minName && blurbVerb.MatchString(strings.Join(f[k:min(len(f), k+4)], " ")) {
			return true
		}
		if lex.ContainsAny(f[k], ",;:\"()") {
			return false
		}
	}
	return false
}
