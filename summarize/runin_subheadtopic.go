package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// A topic subheading over a paragraph, run into it: "Wind farms Harlow
// Energy of Tarnwick proposes wind farms off the cape.", "Ferry fares
// Mayor Varga has promised lower ferry fares ...", "Varga's plan Varga
// said she would ...". The heading is a common noun phrase of two or
// three words in lower case after its first letter, and the paragraph
// names it again after its own verb; or it is a name's possessive and a
// noun, and the paragraph opens on the name again. The case tells
// heading from story: the story's first word is capitalised where the
// heading's are not, so the rule reads a summary whose words are cased
// (after truecaseSummary on lower-cased text). cutTopicSubheads keeps
// the paragraph; the cut is made after selection: only the sentence
// changes.

// Bounds of topicSubhead.
const (
	// topicSubheadMax is the most words of the heading.
	topicSubheadMax = 3
	// topicSubheadWindow is the most words of the story read for the
	// heading again.
	topicSubheadWindow = 20
	// topicSubheadStoryMin is the fewest words of the sentence kept.
	topicSubheadStoryMin = 8
)

// cutTopicSubheads cuts, in each sentence of a reader's summary, a topic
// subheading the paragraph names again (topicSubhead, possessiveSubhead).
// Nothing but the sentence's text changes.
func cutTopicSubheads(sum *chorus.Summary) {
	cutEach(sum, func(s string) (string, bool) {
		if rest, ok := topicSubhead(s); ok {
			return rest, true
		}
		return possessiveSubhead(s)
	})
}

// topicSubhead returns s from word k and true when words 0 to k-1 (k
// from 2 to topicSubheadMax) are a topic heading: past their first
// letter all in lower case, each a topic word (topicHeadWord), the last
// of three may be a weekday; word k is capitalised and no weekday,
// stopword, given name (a descriptor before a person's name is a title:
// "<adjective> <noun> <given name> ...") or name particle; the
// heading's words stand again in a row among the story's next
// topicSubheadWindow words, a plural "-s" aside, after a finite verb of
// the story's; the story holds topicSubheadStoryMin words or more, opens
// a story (storyOpening) and is no caption. It returns s and false
// otherwise.
func topicSubhead(s string) (string, bool) {
	// Word 0 first, read as fieldStarts and raw(0) read it: most
	// sentences open with a stopword, before the words are split.
	raw0, _, _ := strings.Cut(strings.TrimLeft(s, " "), " ")
	w0 := raw0
	if !plainLower(w0) {
		w0 = lex.Lower(lex.TrimPunct(w0, `,.;:!?"“”'‘’()[]`))
	}
	if raw0 != lex.UpperFirst(w0) || !topicHeadWord(w0, raw0, true) {
		return s, false
	}
	starts, words := fieldStarts(s, topicSubheadMax+topicSubheadWindow+1)
	raw := func(i int) string { return fieldText(s, starts, i) }
	if len(words) == 0 || raw(0) != lex.UpperFirst(words[0]) || !topicHeadWord(words[0], raw(0), true) {
		return s, false
	}
	for k := 2; k <= topicSubheadMax && k+topicSubheadStoryMin <= len(words); k++ {
		// A heading's last word may be the day it dates ("State
		// funeral Saturday"), capitalised as a day is.
		day := k > 2 && weekdays[words[k-1]] && raw(k-1) == lex.UpperFirst(words[k-1])
		if !day && (raw(k-1) != words[k-1] || !topicHeadWord(words[k-1], raw(k-1), false)) {
			return s, false
		}
		next := raw(k)
		first, _ := utf8.DecodeRuneInString(next)
		if !unicode.IsUpper(first) || lex.IsStopword(words[k]) || lex.IsGivenName(words[k]) || placeParticles[words[k]] || weekdays[words[k]] ||
			lex.ContainsAny(next, `,;:.!?"“”()[]—–`) && !abbrevLike(next) {
			continue
		}
		story := words[k:]
		verb := -1
		for i, x := range story[:min(len(story), topicVerbWords)] {
			if topicVerbLike(x) || lex.IsAttributionVerb(x) || i >= 1 && len(x) >= 5 && strings.HasSuffix(x, "s") && !strings.HasSuffix(x, "ss") {
				verb = i
				break
			}
		}
		if verb < 1 || !topicHasRun(story[verb+1:min(len(story), topicSubheadWindow)], words[:k]) {
			continue
		}
		if countWords(s[starts[k]:]) < topicSubheadStoryMin {
			return s, false
		}
		lede := strings.TrimSpace(s[starts[k]:])
		if !storyOpening(lede) || seenCaption(story) {
			return s, false
		}
		return lede, true
	}
	return s, false
}

// topicHeadWord reports whether w (raw as it stands in the sentence) can
// stand in a topic heading: no stopword, number, name particle, pronoun
// ("everyone"), verb (topicVerbLike, a verb of saying, restartVerbs) and
// no punctuation; past the heading's first word (first false) no "-ing"
// or "-ly" word either, which would take the story's opening as its
// object ("Someone portraying <name> ..."), where a first word may be a
// heading's gerund or adjective ("Bearing witness", "Early voting").
func topicHeadWord(w, raw string, first bool) bool {
	return w != "" && !lex.IsStopword(w) && !lex.HasDigit(w) && !numberWords[w] && !placeParticles[w] &&
		!auxSubjects[w] && !topicHeadPronouns[w] && !topicVerbLike(w) && !lex.IsAttributionVerb(w) && !restartVerbs[w] &&
		(first || !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ly")) &&
		!lex.ContainsAny(raw, `,;:.!?"“”()[]—–/|&*#@'’-`)
}

// topicHeadPronouns are indefinite pronouns auxSubjects leaves out: a
// sentence's subject, no heading ("Nobody remembers ...").
var topicHeadPronouns = lex.Set("everybody", "nobody", "none", "everything", "nothing")

// possessiveSubhead returns s from word 2 and true when word 0 is a
// capitalised name's possessive, word 1 a noun (topicHeadWord) and word 2
// the name again, capitalised ("Varga's plan Varga said ..."): no
// sentence names a thing of someone's and goes on with that someone
// after nothing between. The story holds topicSubheadStoryMin words or
// more, a finite verb within topicVerbWords words (topicFiniteVerb),
// opens a story (storyOpening) and is no caption. It returns s and false
// otherwise.
func possessiveSubhead(s string) (string, bool) {
	// Word 0, as raw(0) reads it, is a possessive: tested before the
	// words are split.
	if w0, _, _ := strings.Cut(strings.TrimLeft(s, " "), " "); !strings.HasSuffix(w0, "'s") && !strings.HasSuffix(w0, "’s") {
		return s, false
	}
	starts, words := fieldStarts(s, topicVerbWords+3)
	if len(words) < 2+topicSubheadStoryMin {
		return s, false
	}
	raw := func(i int) string { return fieldText(s, starts, i) }
	r0 := raw(0)
	if !strings.HasSuffix(r0, "'s") && !strings.HasSuffix(r0, "’s") {
		return s, false
	}
	name := possessiveBase(words[0])
	first, _ := utf8.DecodeRuneInString(r0)
	if len(name) < 2 || !unicode.IsUpper(first) || lex.IsStopword(name) || !topicHeadWord(words[1], raw(1), false) {
		return s, false
	}
	next, _ := utf8.DecodeRuneInString(raw(2))
	if possessiveBase(words[2]) != name || !unicode.IsUpper(next) || !topicFiniteVerb(words[2:]) {
		return s, false
	}
	if countWords(s[starts[2]:]) < topicSubheadStoryMin {
		return s, false
	}
	lede := strings.TrimSpace(s[starts[2]:])
	if !storyOpening(lede) || seenCaption(words[2:]) {
		return s, false
	}
	return lede, true
}

// topicHasRun reports whether head's words stand in a row among words, a
// plural "-s" or possessive aside (topicHasWord).
func topicHasRun(words, head []string) bool {
	for i := 0; i+len(head) <= len(words); i++ {
		all := true
		for j, h := range head {
			if !topicHasWord(words[i+j:i+j+1], h) {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}
