package summarize

import (
	"regexp"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// A page's prompt to its reader left in a chosen sentence: a player's
// plug-in notice ("Get the latest flash player <story>"), a social
// network's follow button ("Follow @tarnwick_news <story>", "Follow
// <outlet> on facebook and twitter <story>"), a pointer to another page
// ("Read about it here: <story>"), or a sentence that is nothing but the
// prompt ("Follow <name> on twitter for <topic>.", "Email notifications
// are only sent once a day, ..."). cutReaderPrompts cuts the first kind
// from the front of a reader's summary's sentences after selection, and
// dropChosen with promptOnly leaves the second out (nothing else moves).

// readerPromptOpening matches a prompt opening a sentence (lower case).
var readerPromptOpening = regexp.MustCompile(`^(?:get the latest flash player|` +
	`(?:follow @[a-z0-9_]+ )*follow @[a-z0-9_]+|` +
	`follow [a-z0-9_.]+(?: [a-z0-9_.]+)? on (?:facebook and twitter|twitter and facebook)|` +
	`read (?:about it|more about it|more|the update to this story|the full story|the rest of the story) here:) `)

// readerPromptMinRest is the fewest words of the story after a prompt.
const readerPromptMinRest = 6

// cutReaderPrompt returns s without a reader's prompt that opens it
// (readerPromptOpening), the next word capitalised, and true; s and false
// otherwise, or when fewer than readerPromptMinRest words would be left
// or they open with no letter or quotation mark.
func cutReaderPrompt(s string) (string, bool) {
	if len(s) < 10 || s[0] != 'G' && s[0] != 'g' && s[0] != 'F' && s[0] != 'f' && s[0] != 'R' && s[0] != 'r' {
		return s, false
	}
	m := readerPromptOpening.FindStringIndex(lex.LowerASCII(s[:min(len(s), 120)]))
	if m == nil {
		return s, false
	}
	rest := strings.TrimSpace(s[m[1]:])
	if countWords(rest) < readerPromptMinRest || rest == "" || !isASCIILetter(rest[0]) && rest[0] != '"' {
		return s, false
	}
	return lex.UpperFirst(rest), true
}

// readerPromptOnly matches a sentence that is a prompt alone (lower
// case): a follow button with what it offers, or a site's e-mail alert
// notice.
var readerPromptOnly = regexp.MustCompile(`^(?:follow (?:[a-z0-9_.@]+ ){1,3}on (?:twitter|facebook|instagram)\b|` +
	`email notifications are only sent once a day\b)`)

// readerPromptMaxWords is the most words of a sentence promptOnly drops.
const readerPromptMaxWords = 20

// promptOnly reports whether s is a reader's prompt and nothing else
// (readerPromptOnly, at most readerPromptMaxWords words), not a prompt
// before a story that cutReaderPrompt cuts.
func promptOnly(s string) bool {
	if len(s) < 10 || s[0] != 'F' && s[0] != 'f' && s[0] != 'E' && s[0] != 'e' {
		return false
	}
	if _, cut := cutReaderPrompt(s); cut {
		return false
	}
	return countWords(s) <= readerPromptMaxWords && readerPromptOnly.MatchString(lex.LowerASCII(s))
}

// cutReaderPrompts cuts the reader's prompts opening a reader's
// summary's sentences (cutReaderPrompt).
func cutReaderPrompts(sum *chorus.Summary) {
	cutEach(sum, cutReaderPrompt)
}
