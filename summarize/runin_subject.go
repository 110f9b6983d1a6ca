package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/defect"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file cuts a headline run into an article's first sentence where
// the story opens on the headline's own subject: "Ilse varga quits
// tarnwick council over audit ilse varga said on monday she would leave
// the tarnwick council ..." reads "Ilse varga said on monday ...". The
// story's subject repeats the headline's first two words, a finite verb
// follows it, and the sentence restates its opening (restatedRunIn).

// Bounds of cutSubjectRunIn.
const (
	// subjectHeadMinWords and subjectHeadMaxWords bound the headline's
	// words before the repeated subject.
	subjectHeadMinWords = 4
	subjectHeadMaxWords = 25
	// subjectVerbWords is the most words from the end of the repeated
	// subject to its verb (names, "on monday").
	subjectVerbWords = 3
)

// cutSubjectRunIn returns s, a lower-cased article's first sentence, from
// its story when a headline runs into it and the story opens with the
// headline's subject: the headline's first two words, content words,
// stand again at word k, subjectHeadMinWords to subjectHeadMaxWords words
// in (the cut takes along "the", or an article and one modifier:
// "the first <subject>"); the word before the cut is no
// stopword, and no headline word before it closes a sentence; a finite
// verb (an auxiliary, "said"/"says", or an "-ed" word) follows the
// repeated pair within subjectVerbWords words of names or "on <day>",
// with no punctuation between; the sentence restates its opening
// (restatedRunIn); the story holds fusedLedeMinWords words or more, does
// not open pointing back and is no furniture and no caption.
//
// A cased article is left as it is: it was measured on Multi-News's
// lower-cased text.
func cutSubjectRunIn(s string, cased bool) string {
	if cased {
		return s
	}
	starts, words := fieldStarts(s, subjectHeadMaxWords+fusedLedeMinWords+8)
	if len(words) < subjectHeadMinWords+fusedLedeMinWords {
		return s
	}
	raw := func(i int) string { return fieldText(s, starts, i) }
	a, b := words[0], words[1]
	if len(a) < 3 || len(b) < 3 || lex.IsStopword(a) || lex.IsStopword(b) || strings.ContainsAny(raw(0), `.,;:!?"“”()-—–'’`) {
		return s
	}
	for k := 2; k+1 < len(words) && k <= subjectHeadMaxWords; k++ {
		if strings.ContainsAny(raw(k-1), ".!?") && !abbrevLike(raw(k-1)) && k-1 < subjectHeadMinWords {
			return s
		}
		if words[k] != a || words[k+1] != b || k < subjectHeadMinWords {
			continue
		}
		if strings.ContainsAny(raw(k), `,;:"“”()`) || strings.ContainsAny(raw(k+1), `,;:"“”()`) || raw(k+1) != b {
			return s // "voice of elmo, has been ...": an appositive, not a subject
		}
		cut := k
		if words[k-1] == "the" {
			cut = k - 1
		} else if k >= 2 && (words[k-2] == "the" || words[k-2] == "a" || words[k-2] == "an") && !lex.IsStopword(words[k-1]) {
			cut = k - 2 // "... the first ilse varga ...": the modifier stays with its subject
		}
		if cut < subjectHeadMinWords || lex.IsStopword(words[cut-1]) || strings.HasSuffix(raw(cut-1), ",") || !subjectVerb(words, raw, k+2) {
			return s
		}
		if len(words)-cut < fusedLedeMinWords || !restatedRunIn(s) {
			return s
		}
		lede := lex.UpperFirst(strings.TrimSpace(s[starts[cut]:]))
		if defect.Dangles(lede) || defect.Furniture(lede) != defect.OK || seenCaption(words[cut:]) {
			return s
		}
		return lede
	}
	return s
}

// subjectVerb reports whether a finite verb (an auxiliary, "said",
// "says", or an "-ed" word) stands at i or within subjectVerbWords words
// after it, with only content words or "on <day>" between and no
// punctuation.
func subjectVerb(words []string, raw func(int) string, i int) bool {
	for j := i; j < len(words) && j <= i+subjectVerbWords; j++ {
		w := words[j]
		if bareAuxiliaries[w] || w == "said" || w == "says" || len(w) > 4 && strings.HasSuffix(w, "ed") {
			return true
		}
		if strings.ContainsAny(raw(j), `,;:.!?"“”()-—–`) && !strings.HasSuffix(raw(j), "'s") {
			return false
		}
		if lex.IsStopword(w) && w != "on" {
			return false
		}
	}
	return false
}
