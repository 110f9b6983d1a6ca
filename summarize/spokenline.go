package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A broadcast's transcript, or a blog written as talk, prints what someone
// said as plain sentences, with no quotation marks and no speaker: "There
// was water everywhere. And it kinda all happened at once." Read in a
// summary, such a line is someone's words that no one says, in a voice no
// news sentence uses. Its mark is a spoken word no writer prints for
// himself ("kinda", "gonna", "y'know", "ain't") or a filler that opens
// the line ("Yeah, ...", "I mean, ..."). A reader's summary leaves such a
// line out (markSpokenLines, flagNarrator); a quoted one has its speaker,
// and an article's first sentence, where a blog's voice ("..., is gonna
// be a mess") most often leads the story, is kept.
//
// Measured against 6acf4a6 (linkopener.go): validation 4 of 5,599 default
// summaries changed, read all: 2 better (a tips line run into a "gotta"
// sentence gave the lede back its place; "It ain't over, he said, ..."
// gone), 1 worse (a quoted "gonna" whose plain twin was flagged: the
// speaker's line gave way to a repeat of the lead), 1 the same (a
// transcript's "kinda" line gave way to another, garbled, line of it).
// Train 1-38,000: 18 changed, read all: 11 better (a blog's "Gotta get
// back to writing.", "Um, guys, ...", "Like, people everywhere ...", a
// caller's promise, in talk, of the details to come, gone), none worse, 7 the
// same (an old song's title with "gonna" among them). Fill, and
// so ROUGE, is unchanged.

// spokenWords are the spoken forms (lower case, a typographic apostrophe
// written straight) that mark a line as talk wherever they stand as a
// word.
var spokenWords = lex.Set("kinda", "sorta", "gonna", "wanna", "gotta", "dunno", "lemme", "gimme", "ain't",
	"y'know")

// spokenPhrases mark a line as talk when they open it before a comma:
// "I mean, ...", "Like, ...", "Yeah, ...", "Um, ...". Alone they may be a
// name or an acronym ("Umm Tuba", a university's "uh"); set off by commas
// inside a sentence ("..., you know, ...", "..., um, ...") they are most
// often a writer's wink in a sentence that tells news: on train
// 1-38,000, of 6 such sentences left out, 2 read worse and 4 the same.
var spokenPhrases = []string{"you know", "i mean", "like", "yeah", "nah", "ya", "um", "uh", "umm", "uhh"}

// spokenLine reports whether s, a sentence with no quotation marks, holds
// a word of spokenWords, or opens on a phrase of spokenPhrases and a
// comma.
func spokenLine(s string) bool {
	if !mayTalk(s) || lex.ContainsAny(s, "\"“”") {
		return false
	}
	lower := strings.ReplaceAll(lex.LowerASCII(s), "’", "'")
	for w := range lex.FieldsSeq(lower) {
		if spokenWords[lex.TrimPunct(w, ",.;:!?()—-")] {
			return true
		}
	}
	for _, p := range spokenPhrases {
		if strings.HasPrefix(lower, p+", ") {
			return true
		}
	}
	return false
}

// markSpokenLines flags, for a reader's summary, each candidate after its
// article's first sentence that is a spoken line (spokenLine) with
// flagNarrator, which selection refuses.
func (c *cluster) markSpokenLines() {
	for i := range c.cands {
		if cd := &c.cands[i]; cd.pos > 0 && spokenLine(cd.text) {
			cd.flags |= flagNarrator
		}
	}
}

// talkKeys hold a piece of each word of spokenWords, in any case: a
// sentence with none of them, and no letter opening a spokenPhrase, is
// no talk, and spokenLine reads it no further.
var talkKeys = lex.NewFoldSubstrings("nda", "rta", "nna", "tta", "nno", "mme", "ain", "kno")

// mayTalk reports whether s may be a spoken line (spokenLine): it opens
// on a letter of a spokenPhrase or holds a piece of talkKeys.
func mayTalk(s string) bool {
	if s != "" && strings.IndexByte("YyIiLlNnUu", s[0]) >= 0 {
		return true
	}
	return talkKeys.In(s)
}
