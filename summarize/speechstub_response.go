package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A response with nothing said: "<name>'s rival fired back.", "The
// council weighed in on Thursday.", "<name> replied." News copy sets such
// a sentence before the words of the reply, which come next; chosen
// alone, it answers nothing the reader was told and promises words the
// summary does not give (opening a summary, "fired back" at what?). It
// is a speech stub (speechstub.go) whose verb is one of a reply: a
// reader's summary takes it only right after the sentence before it in
// its article (flagRefers), so the selector fills its words with a
// sentence otherwise.
//
// Measured against 2093563 (default summaries): validation 1 of 5,598
// changed, read: 1 better (a lead "<name>'s rival ... fired back." gone,
// the story's campaign stop first). Train 1-38,000: 2 of 37,857 changed,
// read both: 2 better ("<legislature> reacted quickly Friday.", "<country>
// responded Friday morning." gone), none worse. Fill, and so ROUGE, is
// unchanged.

// responseVerbs are the verbs of a reply that a stub may end on.
var responseVerbs = lex.Set("replied", "replies", "retorted", "responded", "responds", "reacted", "reacts")

// responsePhrases are the verbs of a reply written as a verb and a
// particle ("fired back", "weighed in"), keyed by the particle.
var responsePhrases = map[string][]string{
	"back": {"fired", "fires", "hit", "hits", "shot", "shoots", "struck", "strikes", "pushed", "pushes", "snapped", "bit"},
	"in":   {"weighed", "weighs", "chimed", "chimes"},
	"out":  {"lashed", "lashes"},
}

// responseTail are the words that may follow a reply's verb in a stub
// besides when and where it was said (stubTail): how fast or how hard.
var responseTail = lex.Set("quickly", "swiftly", "immediately", "promptly", "angrily", "sharply", "forcefully")

// responseVerbAt returns the index in f of the verb of a reply that ends
// at field i (responseVerbs, or a verb and its particle of
// responsePhrases: the verb's index), or -1.
func responseVerbAt(f []string, i int) int {
	w := stubWord(f[i])
	if responseVerbs[w] {
		return i
	}
	if verbs, ok := responsePhrases[w]; ok && i >= 2 && !strings.HasSuffix(f[i-1], ",") {
		v := stubWord(f[i-1])
		for _, x := range verbs {
			if x == v {
				return i - 1
			}
		}
	}
	return -1
}
