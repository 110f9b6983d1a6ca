package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A quotation of a word or three and no subject of its own ("Nothing,"
// said Anna Varga.; "Over a decade," the mayor said.; "Inexcusable,"
// the harbour master told the Gazette.) is a reply: to a question, or
// to a claim the sentence before it puts to the speaker. Alone in a
// summary it answers nothing the reader was told. Like a quoted "Yes"
// or "No" (quotedAnswer), a reader's summary takes it only right after
// its article's sentence before it (markQuotedAnswers, flagRefers),
// unless its own sentence tells what it answers ("..., she said when
// asked ...", "..., referring to the ferry.") or goes on with more of
// its own ("Indeed," she said, "the pier is older.").
//
// Measured against 85da3f4 (firstvoice.go's possessive): validation 8
// of 5,599 default summaries changed, read all: 5 better (a lone
// "Nothing," after which "But that all changed ..." went too, "Before,"
// and "Vote," gone; a "... will pay," that took the place of its
// context now comes with it), 1 worse (a mock "Danish? Total
// disaster," pulled its article's "All the other languages? Failed."
// in before it), 2 the same. Train 1-38,000: 63 changed; of 40 drawn
// and read, 22 better ("Duh!", "Right?", "No comment," "Bummer," "Your
// last show?" alone gone, news in their place), 3 worse (a slogan
// pulled in after its line, a fragment in the place of "My boy," and a
// body's discovery lost), 15 the same. Fill, and so ROUGE, is
// unchanged: the flag is a reader's summary's only.

// Bounds of shortReply.
const (
	// replyMaxWords is the most words of the reply's quotation.
	replyMaxWords = 3
	// replyMaxCredit is the most words of its credit after the
	// quotation: a longer one tells who the speaker is and why.
	replyMaxCredit = 12
)

// replySubjects are the words of a quotation that make it a statement
// of its own ("I apologize," "It's over," "We will win!"), not a reply.
var replySubjects = lex.Set("i", "we", "he", "she", "it", "they", "you", "there", "that", "this", "these", "those",
	"m", "s", "re", "ve", "ll", "d", "t")

// replyContext are the words of a credit that tell what the reply
// answers.
var replyContext = lex.Set("asked", "asking", "question", "questioned", "referring", "response", "responding",
	"answer", "answering", "thanking", "reacting")

// shortReply reports whether s opens with a quotation of at most
// replyMaxWords words, none of replySubjects, that ends on a comma, a
// full stop, "!" or "?", and goes on only with a short credit
// (replyMaxCredit words at most, a verb of speech among them, no
// replyContext, no quotation mark): `"Nothing," said Anna Varga.`.
func shortReply(s string) bool {
	s = strings.ReplaceAll(strings.ReplaceAll(strings.TrimSpace(s), "“", `"`), "”", `"`)
	if !strings.HasPrefix(s, `"`) || strings.Count(s, `"`) != 2 {
		return false
	}
	inner, rest, _ := strings.Cut(s[1:], `"`)
	inner = strings.TrimSpace(inner)
	if inner == "" || !strings.ContainsRune(",.!?", rune(inner[len(inner)-1])) {
		return false
	}
	words := lex.LetterWords(inner, -1)
	if len(words) == 0 || len(words) > replyMaxWords {
		return false
	}
	for _, w := range words {
		if replySubjects[w] {
			return false
		}
	}
	credit := lex.LetterWords(rest, -1)
	if len(credit) == 0 || len(credit) > replyMaxCredit {
		return false
	}
	spoken := false
	for _, w := range credit {
		if replyContext[w] {
			return false
		}
		spoken = spoken || speechVerb(w)
	}
	return spoken
}
