package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A page that sets "Posted" and its date under the headline loses the
// date in some copies, and with the markup gone the headline runs into
// the story through the bare word: "Tarnwick council closes harbour
// ferry pier posted the tarnwick harbour council has voted to close the
// ferry pier ...". The story's first sentence tells the headline again,
// so what the headline names comes back in it. "Posted" is a verb of the
// news too ("the ferry line posted a loss", "a video posted on monday"):
// the words before it must keep a headline's grammar and the story after
// it must open as a sentence does and restate the headline. The cut is
// made on a reader's summary after selection (cutPostedStamps): only the
// sentence changes.

// Bounds of cutPostedHeadline.
const (
	// postedHeadMin and postedHeadMax bound the headline's words before
	// "posted".
	postedHeadMin = 5
	postedHeadMax = 25
	// postedShared is the fewest of the headline's words (postedKey)
	// that the story's first postedLook words name again.
	postedShared = 2
	postedLook   = 30
)

// postedNotStory are words that go on from "posted" as a verb: a place,
// a time, a manner or an object's pronoun ("posted on its website",
// "posted monday", "posted online", "posted it").
var postedNotStory = lex.Set("on", "to", "in", "at", "by", "onto", "online", "from", "for", "with", "about",
	"under", "as", "via", "over", "into", "here", "there", "this", "that", "these", "those", "it", "them",
	"him", "her", "yesterday", "today", "tonight", "earlier", "later", "recently", "last", "early",
	"late", "and", "or", "but", "after", "before", "since", "during", "anonymously", "publicly")

// cutPostedHeadline returns s from its story and true when a headline
// runs into it through "posted": postedHeadMin to postedHeadMax words
// before the word, with headline grammar (headlineGrammar), no sentence
// end, no comma (a clause before the subject: "As the mayor spoke, the
// council posted a list ..."), no quotation mark, and a last word that is no stopword and ends
// in no punctuation; after it a story of fusedLedeMinWords words or more
// that opens on a letter and on no word of postedNotStory, weekday or
// month, holds a finite verb (not verbless), opens a story (storyOpening,
// or on "The" and a word of the headline: chosenStoryOpening) and names at least postedShared of the headline's words
// (postedKey) in its first postedLook words. It returns s and false
// otherwise.
func cutPostedHeadline(s string) (string, bool) {
	at := strings.Index(lex.LowerASCII(s), " posted ")
	if at < 0 {
		return s, false
	}
	head, rest := s[:at], strings.TrimSpace(s[at+len(" posted "):])
	fields := lex.SpaceFieldsShared(head)
	if len(fields) < postedHeadMin || len(fields) > postedHeadMax || lex.ContainsAny(head, `,"“”!?;`) {
		return s, false
	}
	for _, f := range fields[:len(fields)-1] {
		if strings.HasSuffix(f, ".") && !abbrevLike(f) {
			return s, false // a sentence ends before "posted": no headline
		}
	}
	last := fields[len(fields)-1]
	if lex.ContainsAny(last, ".,:'’") || lex.IsStopword(lex.Lower(last)) || !headlineGrammar(fields) {
		return s, false
	}
	if rest == "" || !isASCIILetter(rest[0]) || countWords(rest) < fusedLedeMinWords {
		return s, false
	}
	first, _, _ := strings.Cut(rest, " ")
	first = lex.Lower(strings.TrimRight(first, ",.:;"))
	if postedNotStory[first] || weekdays[first] || isMonth(first) || verbless(rest) {
		return s, false
	}
	if postedSharedWords(fields, lex.SpaceFieldsShared(rest)) < postedShared {
		return s, false
	}
	lede := lex.UpperFirst(rest)
	_, words := fieldStarts(head, postedHeadMax+1)
	h := headFields{chosen: true}
	if !h.storyOpening(lede, words) {
		return s, false
	}
	return lede, true
}

// postedSharedWords counts the headline's words whose key (postedKey)
// one of the story's first postedLook words has.
func postedSharedWords(head, story []string) int {
	keys := make(map[string]bool, postedLook)
	for i, w := range story {
		if i == postedLook {
			break
		}
		if k := postedKey(w); k != "" {
			keys[k] = true
		}
	}
	n := 0
	for _, w := range head {
		if k := postedKey(w); k != "" && keys[k] {
			keys[k] = false // each word of the story counts once
			n++
		}
	}
	return n
}

// postedKey returns the first five letters or digits of w, lower case,
// past a possessive's "'s" ("decriminalises" and "decriminalising" share
// "decri"), or "" for a stopword or a word of fewer than four.
func postedKey(w string) string {
	w = lex.Lower(strings.Trim(w, `.,;:!?"“”'‘’()[]$`))
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	if len(w) < 4 || lex.IsStopword(w) {
		return ""
	}
	return w[:min(len(w), 5)]
}
