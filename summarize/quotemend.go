package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// A quotation that runs over several paragraphs opens again at each of
// them and closes only at its end: a writer's convention a reader sees
// as broken marks when one summary sentence holds the end of a paragraph
// and the start of the next (`She said: "We lost the pier. "It will take
// years to rebuild.`). mendQuoteMarks writes such a sentence as one
// quotation, opened once and closed at the sentence's end, the last words
// of it the summary shows (`She said: "We lost the pier. It will take
// years to rebuild."`), as joinQuotes does for a quotation over two
// sentences. It also removes an empty pair of marks left where a page's
// link was lost (`the " " star`). A sentence whose marks could be read
// another way is left as it is.

// mendQuoteMarks mends the marks of each sentence of a reader's summary
// that reopens a quotation inside it (mendReopened) or holds an empty
// pair (dropEmptyPair), and keeps sum.Words in step.
func mendQuoteMarks(sum *chorus.Summary) {
	for i := range sum.Sentences {
		s := sum.Sentences[i].Text
		t := dropEmptyPair(s)
		if strings.Count(t, `"`) >= 2 && !lex.ContainsAny(t, "“”") {
			prevOdd := i > 0 && quoteMarkCount(sum.Sentences[i-1].Text)%2 == 1
			nextOdd := i+1 < len(sum.Sentences) && quoteMarkCount(sum.Sentences[i+1].Text)%2 == 1
			if !prevOdd && !nextOdd {
				t = mendReopened(t)
			}
		}
		if t != s {
			sum.Words += countWords(t) - countWords(s)
			sum.Sentences[i].Text = t
		}
	}
}

// mendReopened returns s, a sentence whose straight marks all open a
// quotation, with the quotation written once: the first mark opens after
// the sentence's start, a space or ":", each later one stands after ".",
// "!" or "?" and a space (a paragraph of the same quotation opened
// again), every mark is attached to the word after it, s ends with ".",
// "!" or "?", and the quoted words hold no verb of saying (a speaker's,
// after a closing mark the source lost). The later marks are removed, the
// word after each takes a capital, and a closing mark goes after the
// final punctuation. Any other s is returned as it is.
func mendReopened(s string) string {
	end := strings.TrimRight(s, " ")
	if end == "" || !lex.ContainsAny(end[len(end)-1:], ".!?") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 1)
	from, last := 0, 0
	for k, i := 0, strings.IndexByte(s, '"'); i >= 0; k++ {
		if !attachedWord(s[i+1:]) {
			return s
		}
		before := strings.TrimRight(s[:i], " ")
		if k == 0 {
			if before != "" && !strings.HasSuffix(s[:i], " ") && !strings.HasSuffix(before, ":") {
				return s
			}
		} else {
			if !strings.HasSuffix(s[:i], " ") || before == "" || !lex.ContainsAny(before[len(before)-1:], ".!?") {
				return s
			}
			if hasSpeechVerb(lex.LetterWords(s[last+1:i], -1)) {
				return s // `"we lost it, Osei told us. "it ...`: the source's closing mark may be lost
			}
			b.WriteString(s[from:i])
			from = i + 1
			b.WriteString(capitalizeFirst(s[from : from+1]))
			from++
		}
		last = i
		j := strings.IndexByte(s[i+1:], '"')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	if hasSpeechVerb(lex.LetterWords(s[last+1:], -1)) {
		return s
	}
	b.WriteString(end[from:])
	b.WriteByte('"')
	return b.String()
}

// attachedWord reports whether s, the text after a quotation mark, opens
// with a letter or digit: the mark is attached to the word it opens.
func attachedWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// dropEmptyPair returns s without the one empty pair of straight marks
// (`" "`) that stands between a determiner (emptyPairDeterminers) and a
// word, a space either side of it, when s holds no other such pair: the
// title the marks enclosed was lost with a page's link and the noun after
// it still reads (`the " " star` reads `the star`). After any other word
// the lost title was the object (`appeared on " " today`), and removing
// the marks would hide the gap: s is returned as it is.
func dropEmptyPair(s string) string {
	const pair = ` " " `
	i := strings.Index(s, pair)
	if i <= 0 || strings.Count(s, pair) != 1 {
		return s
	}
	before, after := s[:i], s[i+len(pair):]
	w := before[strings.LastIndexByte(before, ' ')+1:]
	a, _ := utf8.DecodeRuneInString(after)
	if !emptyPairDeterminers[strings.ToLower(w)] || !(unicode.IsLetter(a) || unicode.IsDigit(a)) {
		return s
	}
	return before + " " + after
}

// emptyPairDeterminers are the words before an empty pair of marks that
// dropEmptyPair removes it after.
var emptyPairDeterminers = lex.Set("the", "a", "an", "his", "her", "their", "its")
