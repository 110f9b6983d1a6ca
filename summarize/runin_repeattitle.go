package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/truecase"
)

// A headline run into a story that names its subject after a title:
// "Ilse varga quits harbour board tarnwick harbour master ilse varga
// resigned on monday ..." was cut by cutRepeatedSubject at the repeated
// name, and read "Ilse varga resigned on monday ...": the story's title,
// the one word that says who she is, went with the headline, and readers
// marked the name as never introduced. The cut now keeps the title
// (titleBeforeCut): "Tarnwick harbour master ilse varga resigned ...".
// cutDescribedRunIn reads such a title of at most three words and no
// place; this one reads up to titleCutMax words, a place's or a body's
// capitalised words among them, and stops at the headline's last word,
// a word cased text writes lower-case.
//
// Measured against 18c2d0d: validation 1 of 5,598 summaries changed: 1
// better (a city's police chief, met by name alone, gets the title the
// story gave him), 0 worse; train 1-38,000: 0 changed. A first draft
// that kept a lone role word changed train 4 more, all worse ("Candidate
// <name>" cut from "<party> presidential candidate", "Lady <name>" from
// "first lady"): a title of one word, or one after a word ending like
// an adjective, is left out.

// titleCutMax is the most words of a title kept before the cut.
const titleCutMax = 5

// titleBeforeCut returns where a title before the story's name at p
// starts: words[t:p] end in a role noun (describedRole) and hold only
// role words, title modifiers and words cased text writes capitalised
// (a place's or a body's: "tarnwick", "san"), no stopword and no
// punctuation but an abbreviation's dot; the word before t, the
// headline's last, is no stopword, ends in no punctuation and is a
// common word (truecase: cased text writes it lower-case), so the title
// cannot run on into the headline. It returns p when there is no such
// title, when the title is a lone word (it may be a longer one's tail),
// when the word before it ends like an adjective (it may be the title's),
// or when the headline would keep fewer than subjHeadMinWords-1 words.
func titleBeforeCut(words []string, raw func(int) string, p int) int {
	if p < 1 || !describedRole(words[p-1]) {
		return p
	}
	tc := truecase.Default()
	t := p - 1
	for t > 0 && p-t < titleCutMax {
		w := words[t-1]
		if w == "" || lex.IsStopword(w) || !phraseClean(raw, t-1, t) {
			break
		}
		if !describedRole(w) && !titleModifiers[w] && !roleModifiers[w] {
			if known, capital := tc.Known(w); !known || !capital {
				break
			}
		}
		t--
	}
	if t < subjHeadMinWords-1 || p-t < 2 {
		return p // a lone role word may be a longer title's tail: "<party> presidential candidate"
	}
	h := words[t-1]
	if h == "" || lex.IsStopword(h) || !phraseClean(raw, t-1, t) || !tc.Common(h) || titleAdjective(h) {
		return p // "... in tarnwick harbour master", "... presidential campaign chief": the title may run on
	}
	return t
}

// titleAdjective reports whether w ends like an adjective that opens a
// title ("presidential", "republican", "executive", "political"); a
// noun in "-al" ends many a headline ("scandal", "trial") and is left
// out.
func titleAdjective(w string) bool {
	for _, suf := range []string{"ial", "ical", "ican", "ive", "ous"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}
