package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A page's promotion of a columnist's piece, set as a line of its own:
// "Ana roe on the road back from the harbour.", "Oren maddox on why
// the ferry still matters.". The line names a writer and a topic and
// tells nothing; the sentence splitter gives it a full stop, and it can be
// chosen beside the story it promotes. It leaves a reader's summary
// after selection (promoLineOnly through dropChosen), so no other
// sentence moves.

// Bounds of promoLineOnly.
const (
	// promoLineMinWords and promoLineMaxWords bound the line's words.
	promoLineMinWords = 4
	promoLineMaxWords = 16
)

// promoLineTopics open a topic told as a question ("on why ...").
var promoLineTopics = lex.Set("why", "how", "what", "whether", "when", "where", "who")

// promoLineOnly reports whether s, a sentence of lower-cased text, is a
// promotion line alone: promoLineMinWords to promoLineMaxWords words
// ending in a full stop, a given name (lex.IsGivenName), a surname with
// no punctuation that is no stopword and no verb form (promoLineVerb:
// "<name> cheated on ..."), then "on" and a topic with no finite verb (verbless) or one that opens on a
// word of promoLineTopics; no quotation mark.
func promoLineOnly(s string) bool {
	if !strings.HasSuffix(s, ".") || lex.ContainsAny(s, `"“”:;!?`) {
		return false
	}
	f := lex.FirstFields(strings.TrimSuffix(s, "."), promoLineMaxWords+1) // all of them when not too many
	if len(f) < promoLineMinWords || len(f) > promoLineMaxWords || !lex.IsGivenName(lex.Lower(f[0])) {
		return false
	}
	if f[2] != "on" || promoLineVerb(lex.Lower(f[1])) || lex.IsStopword(lex.Lower(f[1])) || lex.ContainsAny(f[1], ",.()") {
		return false
	}
	topic := f[3:]
	return promoLineTopics[lex.Lower(topic[0])] || verbless(strings.Join(topic, " "))
}

// promoLineVerb reports whether w, the word read as a surname, may be a
// verb that "on" follows: a form in "-s" (not "-ss": "gross") or "-ed", an irregular past or a
// finite verb.
func promoLineVerb(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "ed") || pastForms[w] || morePast[w] ||
		commonVerbs[w] || finiteWords[w] || bareAuxiliaries[w]
}
