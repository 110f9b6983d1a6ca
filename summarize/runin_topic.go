package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/defect"
	"github.com/chorusnews/chorus/internal/lex"
)

// A page's short topic heading run into its article's first sentence,
// whose story names the topic again further on: "Harbour tunnel the
// council voted on monday to close the harbour tunnel for repairs.",
// "Tarnwick ferry back in the spring, the tarnwick ferry carried ...".
// The heading is two to topicHeadMaxWords words with no verb and no
// punctuation, and every content word of it stands again in the story
// (its first two words in a row): the heading says nothing the story
// does not. The cut is made on a reader's summary after selection
// (cutTopicHeadings), so only the chosen sentence changes.

// Bounds of cutTopicHeading.
const (
	// topicHeadMaxWords is the most words of the heading.
	topicHeadMaxWords = 5
	// topicStoryWindow is the most words of the story read for the
	// heading's words again.
	topicStoryWindow = 30
	// topicStoryMinWords is the fewest words of the story kept.
	topicStoryMinWords = 8
	// topicVerbWords is the most words of the story read for its verb.
	topicVerbWords = 14
)

// cutTopicHeadings cuts, in each sentence of a reader's summary of
// lower-cased text that is its article's first sentence, a topic heading
// run into it (cutTopicHeading). Nothing but the sentence's text changes.
func (c *cluster) cutTopicHeadings(picked []int, sum *chorus.Summary) {
	if !c.lowerCased() || len(picked) != len(sum.Sentences) {
		return
	}
	for i, f := range picked {
		if c.cands[c.facts[f].rep].pos != 0 {
			continue
		}
		if rest, ok := cutTopicHeading(sum.Sentences[i].Text); ok {
			sum.Sentences[i].Text = rest
		}
	}
}

// cutTopicHeading returns s from its story and true when s opens on a
// topic heading: words 0 to p-1 (p from 2 to topicHeadMaxWords, the
// longest that fits) hold no punctuation but an abbreviation's stop or a
// word's apostrophe or hyphen, no stopword at either end, no verb
// (topicVerbLike) and no number; each of their content words (two or
// more of 3 letters or more) stands again among the story's first
// topicStoryWindow words after word p, the heading's first two words in
// a row there; the story opens on an article or a subject pronoun
// (topicOpeners) after no possessive, holds topicStoryMinWords words, a finite verb
// within topicVerbWords words (topicFiniteVerb), and is no furniture and
// no caption. It returns s and false otherwise.
func cutTopicHeading(s string) (string, bool) {
	starts, words := fieldStarts(s, topicHeadMaxWords+topicStoryWindow+1)
	raw := func(i int) string { return fieldText(s, starts, i) }
	for p := min(topicHeadMaxWords, len(words)-topicStoryMinWords); p >= 2; p-- {
		if !topicHeadClean(words, raw, p) {
			continue
		}
		story := words[p:]
		content := 0
		all := true
		for _, w := range words[:p] {
			if len(w) < 3 || lex.IsStopword(w) {
				continue
			}
			content++
			if !topicHasWord(story[1:], w) {
				all = false
				break
			}
		}
		if !all || content < 2 || !topicHasPair(story[1:], words[0], words[1]) {
			continue
		}
		if !topicOpeners[story[0]] || strings.HasSuffix(raw(p-1), "'s") || strings.HasSuffix(raw(p-1), "’s") {
			continue
		}
		if !topicFiniteVerb(story) {
			continue
		}
		lede := lex.UpperFirst(strings.TrimSpace(s[starts[p]:]))
		// "The <noun>" may read as pointing back (defect.Dangles), but
		// the heading it would point at is restated in the story.
		if defect.Furniture(lede) != defect.OK || seenCaption(story) {
			return s, false
		}
		return lede, true
	}
	return s, false
}

// topicHeadClean reports whether words 0 to p-1 can be a topic heading:
// no punctuation but inside a word or an abbreviation's stop, no
// stopword at either end, no verb, no number.
func topicHeadClean(words []string, raw func(int) string, p int) bool {
	if lex.IsStopword(words[0]) || lex.IsStopword(words[p-1]) {
		return false
	}
	for k := 0; k < p; k++ {
		r := raw(k)
		if lex.ContainsAny(r, `,;:!?"“”()[]—–/|`) || strings.HasSuffix(r, ".") && !abbrevLike(r) ||
			strings.HasPrefix(r, "-") || strings.HasSuffix(r, "-") || strings.HasPrefix(r, "'") || strings.HasSuffix(r, "'") {
			return false
		}
		w := words[k]
		if w == "" || topicVerbLike(w) || lex.IsAttributionVerb(w) || numberWords[w] || lex.HasDigit(w) {
			return false
		}
	}
	return true
}

// topicOpeners open a story after a heading: an article ("<heading> the
// <noun> ..."). A heading cut before any other word may leave its own
// noun phrase's tail, and a pronoun would point back at the heading.
var topicOpeners = lex.Set("the", "a", "an")

// topicVerbLike reports whether w may be a finite verb: an auxiliary,
// "said"/"says", an irregular past or a common verb, an "-ed" word of 5
// letters or more.
func topicVerbLike(w string) bool {
	return bareAuxiliaries[w] || w == "said" || w == "says" || pastForms[w] || commonVerbs[w] ||
		len(w) > 4 && strings.HasSuffix(w, "ed")
}

// topicFiniteVerb reports whether one of story's first topicVerbWords
// words may be its finite verb (topicVerbLike, a verb of saying, or a
// present "-s" form of 5 letters or more after the subject's first two
// words).
func topicFiniteVerb(story []string) bool {
	for i, w := range story[:min(len(story), topicVerbWords)] {
		if topicVerbLike(w) || lex.IsAttributionVerb(w) || i >= 2 && len(w) >= 5 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			return true
		}
	}
	return false
}

// topicHasWord reports whether w, or w with or without a plural "s" or a
// possessive, stands among words.
func topicHasWord(words []string, w string) bool {
	for _, x := range words {
		x = strings.TrimSuffix(strings.TrimSuffix(x, "'s"), "’s")
		if x == w || x == w+"s" || x+"s" == w {
			return true
		}
	}
	return false
}

// topicHasPair reports whether a and b stand in a row among words.
func topicHasPair(words []string, a, b string) bool {
	for i := 0; i+1 < len(words); i++ {
		if strings.TrimSuffix(words[i], "'s") == strings.TrimSuffix(a, "'s") && topicHasWord(words[i+1:i+2], b) {
			return true
		}
	}
	return false
}
