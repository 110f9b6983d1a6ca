package summarize

import (
	"regexp"
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A name's other name given again: a later sentence that sets beside its
// subject, between commas, the other name an earlier sentence of the
// summary already gave (invented: "Harbour master Odo Wren, known as the
// Gull, has retired." and, two sentences on, "The harbour master, also
// known as the Gull, was given a pension."). The aside is cut, so it reads
// "The harbour master was given a pension." (cutRetoldAppositions runs
// it: only the sentence changes). Every content word of the other name
// must be in one earlier sentence, with the words before the aside (the
// earlier sentence tied the two names), and a verb must follow the aside,
// so no fact goes with the cut.
//
// Measured against 0dda51f with replaceSecondLedes (h41redund),
// Multi-News default summaries: validation 0 of 5,599 changed; train
// 1-38,000 7 of 37,863, all read: 7 better (a vaccine's, a deputy
// governor's, a bacterium's, a pest's, a goddess's, a bird's and a
// killer's other name given twice, once). Fill is unchanged. Tried and
// not kept: the other name alone in an earlier sentence, the words
// before the aside not asked for, and no relative-pronoun guard: train
// 15 changed, 9 better, 4 worse (an egg's bird, a castle's and two
// flyers' other names no longer tied to them, as the earlier sentence
// gave the other name alone; "which organised the hunt said"), 2 the
// same.

// retoldAliasShape matches ", (also) known as <name>, <word>" and its
// "called", "dubbed", "nicknamed" and "aka" forms.
var retoldAliasShape = regexp.MustCompile(`, (?:also )?(?:known as|called|dubbed|nicknamed|aka) ([^,;:()—–]+), (\pL+)`)

// retoldAliasMaxWords is the most words of the other name.
const retoldAliasMaxWords = 6

// retoldAlias returns s without an aside that gives its subject's other
// name, and true, when one of before holds every content term of that
// name (two or more) and of the words before the aside (its last
// retoldAliasNameWords, after a comma: the earlier sentence tied the two
// names), the name has at most retoldAliasMaxWords words, no relative
// pronoun stands before it, and a verb (verbAt, or a saying verb)
// follows the aside; s and false otherwise.
func retoldAlias(s string, before []string) (string, bool) {
	if !strings.Contains(s, "known as") && !strings.Contains(s, "called") && !strings.Contains(s, "dubbed") &&
		!strings.Contains(s, "nicknamed") && !strings.Contains(s, "aka") {
		return s, false
	}
	m := retoldAliasShape.FindStringSubmatchIndex(s)
	if m == nil {
		return s, false
	}
	alias := s[m[2]:m[3]]
	if countWords(alias) > retoldAliasMaxWords {
		return s, false
	}
	ws := lex.LetterWords(s[m[4]:], -1)
	if len(ws) < 2 || !(verbAt(ws, 0) || lex.IsAttributionVerb(ws[0]) || retoldPredSaying[ws[0]]) {
		return s, false
	}
	at, _, neg := retoldPredTerms(alias)
	if neg || len(at) < 2 {
		return s, false
	}
	head := s[:m[0]]
	if i := strings.LastIndexAny(head, ",;:"); i >= 0 {
		head = head[i+1:]
	}
	hw := lex.LetterWords(head, -1)
	for _, w := range hw {
		if w == "who" || w == "which" || w == "that" || w == "whose" {
			return s, false // "..., which organised the hunt, known as <name>, said": the aside is not the subject's
		}
	}
	nt, _, _ := retoldPredTerms(strings.Join(hw[max(0, len(hw)-retoldAliasNameWords):], " "))
	if len(nt) == 0 {
		return s, false
	}
	for _, b := range before {
		bt, _, _ := retoldPredTerms(b)
		if retoldPredOwn(at, bt) == 0 && retoldPredOwn(nt, bt) == 0 {
			return s[:m[0]] + " " + s[m[4]:], true
		}
	}
	return s, false
}

// retoldAliasNameWords is the most words before the aside read as the
// name it gives another name of.
const retoldAliasNameWords = 4
