package summarize

import (
	"regexp"
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// Two lines a page prints that mean nothing on their own in a reader's
// summary, both never selected (markTeasers, flagNarrator):
//   - a post's text copied from a social network without its author,
//     opening on the handle it answers ("@Tarnwickferry the boat left us
//     on the pier again."): blind readers list it as a reader's comment
//     with no speaker. A sentence that names who wrote it ("@<name>
//     tweeted: ...", "... , wrote @<name>.") or quotes the post is not one
//     (tweetBody).
//   - a news wire's aside on the firm of the analyst it just quoted ("The
//     bank oversees about $42 billion in assets."), which reads as a fact
//     about some bank of the story (assetAside).
// And a sentence that announces what its page printed next, a post, a
// list or a quote, and ends on its colon ("<spokesman> tweeted Monday
// evening:"), which points at nothing once the post is left out
// (colonStub).

// tweetHandleOpening finds a sentence that opens on a handle: "@name",
// ". @name" (the dot a post writes to show it to all), "@ name" as
// tokenized text writes it.
var tweetHandleOpening = regexp.MustCompile(`^\.? ?@ ?[A-Za-z0-9_]{2,}\b`)

// tweetCredits are the words that name who wrote a post in the sentence
// that holds it.
var tweetCredits = lex.Set("tweeted", "tweets", "wrote", "writes", "posted", "posts", "said", "says", "replied",
	"responded", "added", "tweet", "account", "handle")

// tweetBody reports whether s is a post's text with no author: it opens
// on a handle (tweetHandleOpening), holds no quotation mark and no word
// of tweetCredits.
func tweetBody(s string) bool {
	if strings.IndexByte(s[:min(len(s), 3)], '@') < 0 {
		return false // tweetHandleOpening's "@" comes within three bytes
	}
	if !tweetHandleOpening.MatchString(s) || lex.ContainsAny(s, "\"“”") {
		return false
	}
	for _, w := range lex.LetterWords(s, -1) {
		if tweetCredits[w] {
			return false
		}
	}
	return true
}

// assetAsidePattern matches a whole sentence telling only how much money
// a bank, firm or fund manages.
var assetAsidePattern = regexp.MustCompile(`^(?i:the|that) (?i:bank|firm|company|fund|group|manager|partnership|investment firm|asset manager) (?i:oversees|manages|runs|has|holds|handles|oversaw|managed|had)(?: (?i:about|more than|roughly|nearly|almost|some|over|around|approximately))? \$ ?[0-9][0-9.,]* ?(?i:billion|million|trillion|bn)(?: (?i:of|in))?(?: (?i:client|clients'|customer))?(?: (?i:assets|funds|money))?\.$`)

// assetAside reports whether s tells only how much money a firm manages
// (assetAsidePattern).
func assetAside(s string) bool {
	return strings.Contains(s, "$") && assetAsidePattern.MatchString(strings.TrimSpace(s))
}

// colonStub reports whether s ends on a colon, with or without a full
// stop after it, after a verb in "-ed" or of saying or a time
// (colonStubEnds): what it announces is not in the sentence. A name
// that ends on a colon ("... told attn:") is no announcement.
func colonStub(s string) bool {
	t := strings.TrimSuffix(strings.TrimSpace(s), ".")
	t, ok := strings.CutSuffix(t, ":")
	if !ok {
		return false
	}
	w := lex.LetterWords(t[max(0, len(t)-40):], -1)
	if len(w) == 0 {
		return false
	}
	last := w[len(w)-1]
	return len(last) > 3 && strings.HasSuffix(last, "ed") || colonStubEnds[last]
}

// colonStubEnds are the last words before a colon that announce what
// follows: verbs of saying and writing, and times.
var colonStubEnds = lex.Set("said", "says", "read", "reads", "wrote", "writes", "tweets", "posts", "following",
	"statement", "evening", "morning", "afternoon", "night", "today", "tonight", "yesterday", "below", "this")
