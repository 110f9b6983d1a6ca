package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// A profile's or a contributor box's subheading is often the name the
// paragraph under it opens on, and with the page's line breaks lost the
// two run together: "Ilse Varga Ilse Varga is the harbour editor at the
// Tarnwick Post.", "Tarnwick ferry Tarnwick ferry crews walked out on
// monday ...", "Ilse Varga returns Ilse Varga, 48, said ...". The
// heading says nothing the sentence does not; cutRestartedSubheads keeps
// the sentence from where it starts again on the heading's first two
// words. The cut is made on a reader's summary after selection, cased
// or not: only the sentence changes (no budget is refilled).

// Bounds of restartedSubhead.
const (
	// restartHeadMin and restartHeadMax bound the heading's words.
	restartHeadMin = 2
	restartHeadMax = 5
	// restartStoryMin is the fewest words of the sentence kept.
	restartStoryMin = 6
)

// cutRestartedSubheads cuts, in each sentence of a reader's summary, a
// subheading run into it that the sentence restarts on
// (restartedSubhead). Nothing but the sentence's text changes.
func cutRestartedSubheads(sum *chorus.Summary) {
	cutEach(sum, restartedSubhead)
}

// restartedSubhead returns s from word k and true when words 0 to k-1
// (k from restartHeadMin to restartHeadMax, the shortest that fits) are a
// heading the sentence starts again on: words k and k+1 are words 0 and 1
// again (a possessive or punctuation aside, a middle initial allowed
// before word 1: "Ilse Varga Ilse K. Varga"); the heading holds no
// stopword, no number and no punctuation but inside a word or an
// abbreviation's stop, and past its first two words no verb, no "-ing"
// or "-ly" word and no role modifier ("former"); the rest
// holds restartStoryMin words or more and opens a story (storyOpening).
// It returns s and false otherwise.
func restartedSubhead(s string) (string, bool) {
	starts, words := fieldStarts(s, restartHeadMax+restartStoryMin+1)
	if len(words) < restartHeadMin+restartStoryMin {
		return s, false
	}
	for k := restartHeadMin; k <= restartHeadMax && k+restartStoryMin <= len(words); k++ {
		if !restartHeadWord(words[k-1], fieldText(s, starts, k-1), k-1) {
			return s, false
		}
		if words[k] != words[0] || !restartSecond(words[k+1:], possessiveBase(words[1])) {
			continue
		}
		if !restartHeadWord(words[0], fieldText(s, starts, 0), 0) {
			return s, false
		}
		if countWords(s[starts[k]:]) < restartStoryMin {
			return s, false
		}
		lede := lex.UpperFirst(strings.TrimSpace(s[starts[k]:]))
		if !storyOpening(lede) {
			return s, false
		}
		return lede, true
	}
	return s, false
}

// restartHeadWord reports whether w (raw as it stands in the sentence),
// the heading's word i, can stand in a subheading: no stopword, number
// or punctuation but inside a word or an abbreviation's stop, and past
// the first two words no verb, "-ing" or "-ly" word or role modifier.
func restartHeadWord(w, raw string, i int) bool {
	if w == "" || lex.IsStopword(w) || lex.HasDigit(w) || numberWords[w] {
		return false
	}
	if lex.ContainsAny(raw, `,;:!?"“”()[]—–/|&*#@`) || strings.HasSuffix(raw, ".") && !abbrevLike(raw) ||
		strings.HasPrefix(raw, "-") || strings.HasSuffix(raw, "-") || strings.HasPrefix(raw, "'") || strings.HasSuffix(raw, "'") {
		return false
	}
	if i < 2 {
		return true
	}
	// Past the name, a verb, a participle or a role word would take the
	// restarted words as its object or noun: "<name> shooting <name> ...",
	// "<outlet> former <outlet> journalist ...".
	return !topicVerbLike(w) && !lex.IsAttributionVerb(w) && !restartVerbs[w] && !roleModifiers[w] &&
		!strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ly")
}

// restartVerbs are short verbs of a headline that topicVerbLike does not
// know: "<name> emails get <name> alerts".
var restartVerbs = lex.Set("get", "gets", "got", "make", "makes", "take", "takes", "give", "gives", "see", "sees",
	"meet", "meets", "hit", "hits", "win", "wins", "lose", "loses", "seek", "seeks", "want", "wants")

// restartSecond reports whether rest opens on second (a possessive aside),
// or on a middle initial ("k.") and second.
func restartSecond(rest []string, second string) bool {
	if len(rest) > 0 && possessiveBase(rest[0]) == second {
		return true
	}
	return len(rest) > 1 && len(rest[0]) == 1 && possessiveBase(rest[1]) == second
}
