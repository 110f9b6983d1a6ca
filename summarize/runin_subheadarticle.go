package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/defect"
	"github.com/chorusnews/chorus/internal/lex"
)

// A short subheading that names a place or an organisation, run into a
// paragraph whose subject repeats it after an article: "Tarnwick the
// Tarnwick harbour board voted ...", "Westvale Ferries a Westvale
// Ferries spokeswoman said ...". No sentence names a thing and goes on
// "the <same name> ..." with nothing between; cutArticleSubheads keeps
// the paragraph from its article. The cut is made on a reader's summary
// after selection, cased or not: only the sentence changes.
//
// A heading word may stand again in its adjective form ("Northwest
// Isles the Northwestern Isles are ..."; subheadSameWord), added
// against 578636d: Multi-News validation 1 of 5,598 summaries changes,
// better (an island chain's heading cut; truecasing then writes the
// chain's "northwest" in a later sentence lower-case, as it should);
// train 1-6,000 0 of 5,975; train 1-38,000 clusters with the shape at an
// article's start (within the 98 selected for branch h57-fused): 0.

// Bounds of articleSubhead.
const (
	// articleSubheadMax is the most words of the heading.
	articleSubheadMax = 4
	// articleSubheadStoryMin is the fewest words of the sentence kept.
	articleSubheadStoryMin = 8
)

// cutArticleSubheads cuts, in each sentence of a reader's summary, a
// subheading its subject repeats after an article (articleSubhead).
// Nothing but the sentence's text changes.
func cutArticleSubheads(sum *chorus.Summary) {
	cutEach(sum, articleSubhead)
}

// articleSubhead returns s from word k and true when words 0 to k-1 (k
// from 1 to articleSubheadMax) are a heading that word k, "the", "a" or
// "an", and the words after it repeat in order (the last with a
// possessive allowed, any in its adjective form: subheadSameWord): the heading's words hold no stopword, number,
// verb, "-ing" or "-ly" word, role modifier or punctuation but inside a
// word or an abbreviation's stop, and its first word is no given name
// (a person's name is no subheading "<name> the <name> ..." would need);
// a finite verb follows within topicVerbWords words (topicFiniteVerb);
// the rest holds articleSubheadStoryMin words or more and is no
// furniture and no caption. It returns s and false otherwise.
func articleSubhead(s string) (string, bool) {
	// The first word decides most sentences ("The ...", "In ..."): read
	// two words before all.
	if starts, words := fieldStarts(s, 2); len(words) == 0 || !restartHeadWord(words[0], fieldText(s, starts, 0), 2) {
		return s, false
	}
	starts, words := fieldStarts(s, 2*articleSubheadMax+topicVerbWords+2)
	for k := 1; k <= articleSubheadMax && 2*k+articleSubheadStoryMin <= len(words); k++ {
		if !restartHeadWord(words[k-1], fieldText(s, starts, k-1), 2) {
			return s, false
		}
		if !topicOpeners[words[k]] || fieldText(s, starts, k) != words[k] && fieldText(s, starts, k) != lex.UpperFirst(words[k]) {
			continue
		}
		same := true
		for i := 0; i < k; i++ {
			w := words[k+1+i]
			if i == k-1 {
				w = possessiveBase(w)
			}
			if !subheadSameWord(words[i], w) {
				same = false
				break
			}
		}
		if !same || lex.IsGivenName(words[0]) || !topicFiniteVerb(words[k+1:]) {
			continue
		}
		if countWords(s[starts[k]:]) < articleSubheadStoryMin {
			return s, false
		}
		lede := lex.UpperFirst(strings.TrimSpace(s[starts[k]:]))
		if defect.Furniture(lede) != defect.OK || seenCaption(words[k:]) {
			return s, false
		}
		return lede, true
	}
	return s, false
}

// subheadSameWord reports whether w, a word of the paragraph's subject,
// repeats h, a word of the heading: the same word, or for a heading word
// of four letters or more its adjective in "-n", "-an" or "-ern" (a
// people's or a region's: "korea" and "korean", "northwest" and
// "northwestern").
func subheadSameWord(h, w string) bool {
	if w == h {
		return true
	}
	if len(h) < 4 || len(w) <= len(h) || !strings.HasPrefix(w, h) {
		return false
	}
	suf := w[len(h):]
	return suf == "n" || suf == "an" || suf == "ern"
}
