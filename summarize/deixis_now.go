package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file cuts the "Now" that opens a reader's summary: "Now Anna Varga
// is suing the ferry company, ..." reads "Anna Varga is suing the ferry
// company, ...". In its article the word turned from the story told
// before to the news; opening a summary it leaves the reader asking what
// came before it. Only the summary's first sentence loses it: after
// another sentence "Now" reads on from that one. A "Now" that belongs to
// what follows stays: "Now that the vote is over, ...", "Now in its third
// season, ...", "Now available in ...", "Now 40 miles from shore, ...",
// "Now playing ...", and "Now," with its comma (defect.Dangles reads it as
// leaning back, and it does not lead).
//
// Measured against 24188d4: validation 2 changed, both read: 2 better
// (a suit's plaintiff, a woman charged with murder: the opening names
// her without "Now"); train 1-38,000 10 changed, all read: 5 better (a
// plaintiff, a senator elected, an arrest, a group's photo, a singer's
// plans open on their subject), 5 the same (the opening leans back
// anyway: a prank "made light of" a mix-up never told, a capture of "the
// <age>-year-old" never named), none worse.
// The cut is made after selection: no other sentence changes. Fill is
// unchanged.

// nowKeeps are the words after an opening "Now" that make it part of
// what follows (lower case).
var nowKeeps = lex.Set("that", "in", "is", "was", "are", "were", "available", "instead", "more",
	"than", "then", "and", "or", "but", "for", "on", "at", "with", "to", "as", "comes", "come",
	"here", "there", "you", "it's", "open", "out", "up", "over", "of", "what", "how", "retired",
	"aged", "age", "known")

// cutNowOpening returns s without an opening "Now " that turned from a
// story told before (see the file comment), the next word capitalised,
// and true; s and false when s does not open so.
func cutNowOpening(s string) (string, bool) {
	rest, ok := strings.CutPrefix(s, "Now ")
	if !ok {
		return s, false
	}
	f := lex.FirstFields(rest, 1)
	if len(f) == 0 {
		return s, false
	}
	if !nowTurns(f[0]) {
		return s, false
	}
	return capitalizeFirst(rest), true
}

// nowTurns reports whether next, the word after an opening "Now", leaves
// "Now" turning from a story told before rather than belonging to what
// follows: "Now 40 miles from shore, ...", "Now that ...", "Now showing
// ..." and "Now Playing ..." keep it. timeAnchorRunIn asks it too.
func nowTurns(next string) bool {
	w := lex.Lower(next)
	return w != "" && w[0] >= 'a' && w[0] <= 'z' && !nowKeeps[w] && !strings.HasSuffix(w, ",") && !strings.HasSuffix(w, "ing")
}

// cutNowOpenings cuts an opening "Now" from the first sentence of a
// reader's summary (cutNowOpening).
func cutNowOpenings(sum *chorus.Summary) {
	if len(sum.Sentences) == 0 {
		return
	}
	if rest, ok := cutNowOpening(sum.Sentences[0].Text); ok {
		sum.Sentences[0].Text = rest
	}
}
