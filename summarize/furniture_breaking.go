package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// A site's flash label set in bold before a story's first line runs into
// it once the markup is gone: "Developing the ferry board has voted ...",
// "Breaking news a harbour crane has collapsed ...". cutBreakingLabel
// cuts the label where the story after it opens as a sentence does: a
// capitalised name, or an article or a noun before a finite verb within
// subjVerbWords words (finiteVerbNear), with breakingMinRest words or
// more. A colon or dash after the label ("Breaking: ...", "Developing --
// ...") is cut with it; "breaking" alone is a label only before one
// ("Breaking the harbour's record ..." is a sentence), and "developing"
// without one only before a capitalised name ("Developing countries pay
// ...", "Developing a vaccine takes ..." are sentences). The rule runs
// after truecasing, which tells names in a lower-cased cluster. What is not a
// story's opening stays: "Breaking news today from the agency ...".
// A label run into a section name set twice is furniture whatever the
// story after it opens on: "Breaking news national national in a first,
// ..." and "National breaking news national the ..." lose it
// (breakingSectionLabels; validation none, train 1-38,000 2 of 37,857,
// both better).
//
// Measured against 2093563 on Multi-News default summaries: validation 1
// of 5,598 changes (better), train 1-38,000 1 of 37,857 (better). Of the
// other labelled openings in train summaries, "Breaking news today from
// ..." and the verb's "Breaking the color barrier ..." stay.

// breakingLabels are the flash labels, lower case, longest first, and
// whether each is a label only before a colon or a dash.
var breakingLabels = []struct {
	label    string
	needMark bool
}{
	{"developing story", false}, {"breaking news", false}, {"developing", false}, {"breaking", true},
}

// breakingSectionLabels are a flash label run into a section name set
// twice, lower case: page furniture whatever follows ("Breaking news
// national national in a first, ..."), cut before a story of
// breakingMinRest words or more without breakingStory's test.
var breakingSectionLabels = []string{"breaking news national national ", "national breaking news national "}

// breakingMinRest is the fewest words of the story after a label.
const breakingMinRest = 8

// cutBreakingLabel returns s without the flash label opening it (see
// above), its first letter in upper case, and true; s and false
// otherwise.
func cutBreakingLabel(s string) (string, bool) {
	if len(s) < 24 || s[0]|0x20 != 'd' && s[0]|0x20 != 'b' && s[0]|0x20 != 'n' {
		return s, false
	}
	if len(s) > 40 {
		low := lex.LowerASCII(s[:32])
		for _, l := range breakingSectionLabels {
			if rest := s[len(l):]; strings.HasPrefix(low, l) && countWords(rest) >= breakingMinRest {
				return lex.UpperFirst(rest), true
			}
		}
	}
	low := lex.LowerASCII(s[:20])
	for _, l := range breakingLabels {
		if !strings.HasPrefix(low, l.label) || len(s) == len(l.label) {
			continue
		}
		rest := s[len(l.label):]
		if rest[0] != ' ' && rest[0] != ':' {
			return s, false // "developingnations", "breaking:"
		}
		rest = strings.TrimLeft(rest, " ")
		marked := false
		for _, m := range []string{":", "--", "—", "–", "-"} {
			if strings.HasPrefix(rest, m) {
				rest, marked = strings.TrimLeft(rest[len(m):], " "), true
				break
			}
		}
		if l.needMark && !marked || !breakingStory(rest) || l.label == "developing" && !marked && !startsUpper(rest) {
			return s, false
		}
		return lex.UpperFirst(rest), true
	}
	return s, false
}

// breakingStory reports whether rest opens a story's sentence: it holds
// breakingMinRest words or more, its first word is no stopword but an
// article, and a finite verb follows within subjVerbWords words of the
// subject.
func breakingStory(rest string) bool {
	if countWords(rest) < breakingMinRest {
		return false
	}
	raw := lex.FirstFields(rest, subjVerbWords+3)
	words := make([]string, len(raw))
	for i, r := range raw {
		words[i] = lex.LowerASCII(lex.TrimPunct(r, `,;:.!?"“”'‘’()`))
	}
	from := 0
	if ledeOpeners[words[0]] {
		from = 1
	} else if words[0] == "" || lex.IsStopword(words[0]) {
		return false
	}
	return finiteVerbNear(words, func(i int) string { return raw[i] }, from, true)
}

// cutBreakingLabels cuts, in each sentence of a reader's summary, a flash
// label that opens it (cutBreakingLabel).
func cutBreakingLabels(sum *chorus.Summary) {
	cutEach(sum, cutBreakingLabel)
}
