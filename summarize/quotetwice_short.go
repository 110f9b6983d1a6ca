package summarize

import (
	"slices"
	"strings"
	"unicode"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file extends dropQuotedTwice (quotetwice.go) to a short quotation:
// one source gives a phrase of a line in quotation marks ("<name> said the
// plan was \"plainly reckless\"", "admitted he has \"no answer\"") and
// another, or the same, quotes the whole line with its speaker ("\"It is
// plainly reckless to cut the crossing,\" <name> said"): the reader meets
// one line twice, and the sentence with the whole line leaves. A quotation
// of fewer than quoteTwiceRun words is often a title, a nickname or a term
// that two sentences give alike, so the short one has two words or more
// (quotePartMin), one of them not a stopword, does not open its sentence
// (a line of its own: "\"Vote now,\" <name> told a crowd"), does not
// follow a naming word ("labeled", "dubbed": namingWords), and stands
// inside a longer line (quotePartMore words more) that a speaker says there
// (spokenQuote), not as a title in single marks ("everyone at '<show>'
// ...": titleInMarks).
//
// Measured against 2093563 (h48redund), Multi-News default summaries:
// validation 3 of 5,598 changed: 2 better (a cardinal's "out-marketed"
// and a tweet's "question mark" told as a phrase and again as the whole
// line), 0 worse, 1 the same (a scientist's question about the "purple
// blob" the lede names); train 1-38,000, run on the 20,381 clusters whose
// base summary quotes anything: 45 changed, all read: 29 better (a
// minister's, a senator's, a spokesman's line told twice; three tellings
// of one remark down to two), 2 worse (another speaker's line with the
// same phrase, a senator the summary names nowhere else, left out; a
// statement whose reply to the phrase named the candidate she backs left
// out), 14 the same (the whole line adds a clause the phrase lacks).
// Tried and not kept: one-word quotations as well (validation 5 more:
// 4 better, 1 the same; train 78 in all, 40 read: 21 better / 11 worse / 8 the
// same: a nickname, a song's or a film's title, a term ("sir",
// "ambassador") quoted in an unrelated sentence, the speaker's
// introduction lost); without the naming-word test, a product's name
// ("labeled \"<product>\"") took its company's statement.

// quotePartMore is how many words more than the short quotation the line
// that holds it must have: a title or nickname quoted alike in two
// sentences is the same length in both.
const quotePartMore = 2

// quotePartMin is the fewest words of the short quotation: one word
// quoted is mostly a name, a nickname, a title or a term the story is
// about ("<nickname>", "<film>", "sir"), and the line that holds it says
// something of its own.
const quotePartMin = 2

// namingWords are words before a quotation that give it as a name
// ("a site labeled \"<product>\"", "calls hers a \"<name>\"", "the
// words \"<term>\"", "a movie, \"<title>,\"").
var namingWords = map[string]bool{
	"called": true, "calls": true, "call": true, "dubbed": true, "named": true, "labeled": true,
	"labelled": true, "titled": true, "entitled": true, "nicknamed": true, "slogan": true,
	"tagline": true,
	// a term or a title given by what it is ("the words \"<term>\" were
	// tweeted", "a movie, \"<title>,\" told ..."): a blind reading of
	// held-back train clusters found two lines left out for them
	"word": true, "words": true, "phrase": true, "term": true, "hashtag": true, "headline": true,
	"movie": true, "film": true, "song": true, "book": true, "show": true, "album": true, "series": true,
}

// quoteNamedBefore reports whether the text before a quotation, before, ends
// with a word that gives the quotation as a name (namingWords).
func quoteNamedBefore(before string) bool {
	ws := lex.SpaceFieldsShared(before)
	return len(ws) > 0 && namingWords[lex.Lower(strings.TrimRight(ws[len(ws)-1], ","))]
}

// quotesPart reports whether a quotation of text y of quotePartMin to
// quoteTwiceRun-1 words, one of them not a stopword, that neither opens y
// nor follows a naming word (quoteNamedBefore), stands whole inside a
// quotation of text x quotePartMore words longer or more that a speaker
// says there (spokenQuote), not as a title in single marks (titleInMarks).
func quotesPart(y, x string) bool {
	if !strings.ContainsAny(y, "\"\u201c\u201d") && !strings.Contains(y, "``") {
		return false
	}
	ys := strings.Split(quoteMarks.Replace(y), "\"")
	if len(ys)%2 == 0 {
		return false // an odd number of marks: a quote the splitter cut
	}
	var xs [][]string // x's quotations, split into words; nil where not spoken
	for k := 1; k+1 < len(ys); k += 2 {
		q := quoteWordsOf(ys[k])
		if k == 1 && strings.TrimSpace(ys[0]) == "" || len(q) < quotePartMin || quoteNamedBefore(ys[k-1]) || len(q) >= quoteTwiceRun || !hasContentWord(q) {
			continue
		}
		if xs == nil {
			parts := strings.Split(quoteMarks.Replace(x), "\"")
			xs = make([][]string, len(parts))
			for j := 1; j+1 < len(parts); j += 2 {
				if spokenQuote(parts, j) {
					xs[j] = quoteWordsOf(parts[j])
				}
			}
		}
		for _, xq := range xs {
			if len(xq) >= len(q)+quotePartMore && len(longestRun(q, xq)) == len(q) && !titleInMarks(x, q) {
				return true
			}
		}
	}
	return false
}

// quoteWordsOf returns the lower-cased words of quotation q, split at
// every rune that is not a letter or digit (as quotations does).
func quoteWordsOf(q string) []string {
	return strings.FieldsFunc(lex.Lower(q), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// hasContentWord reports whether one of the lower-case words ws is not a
// stopword.
func hasContentWord(ws []string) bool {
	for _, w := range ws {
		if !lex.IsStopword(w) {
			return true
		}
	}
	return false
}

// titleInMarks reports whether text s holds words q, lower-case, alone
// between single quotation marks: a mark that does not stand between
// two letters (an apostrophe: "you're", "<name>'s").
func titleInMarks(s string, q []string) bool {
	if !strings.ContainsAny(s, "'\u2018\u2019") {
		return false
	}
	var parts []string
	rs := []rune(s)
	from := 0
	for i, r := range rs {
		if r != '\'' && r != '\u2018' && r != '\u2019' {
			continue
		}
		if i > 0 && i+1 < len(rs) && unicode.IsLetter(rs[i-1]) && unicode.IsLetter(rs[i+1]) {
			continue
		}
		parts = append(parts, string(rs[from:i]))
		from = i + 1
	}
	parts = append(parts, string(rs[from:]))
	for k := 1; k+1 < len(parts); k++ {
		if slices.Equal(quoteWordsOf(parts[k]), q) {
			return true
		}
	}
	return false
}
