package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file cuts page furniture a page ran into an article's sentences in
// front of the story: a headline, photo caption or credit before a
// dateline ("Hope solo records 71st shutout tampa, fla. -- hope solo got
// ..."), and a subheading in single quotes before a sentence ("' not
// isolated ' ms faust said ..."). cutDateline and cutPlaceDateline
// (compress.go) cut a dateline that opens a sentence; these rules find
// one behind the furniture.

// headedDatelineBytes bounds how far into an article's first sentence
// cutHeadedDateline looks for a dateline's dash.
const headedDatelineBytes = 240

// headedDatelineSentences is how many of an article's first sentences
// cutHeadedDateline reads: captions and credits before the story may come
// first.
const headedDatelineSentences = 3

// headedDatelineRest is the fewest words of the story after the dash.
const headedDatelineRest = 8

// cutHeadedDateline returns s, an article's opening sentence, from the
// story after a dateline that follows other words: "Taliban execute
// pregnant woman in afghanistan herat, afghanistan — the taliban publicly
// ..." reads "The taliban publicly ...". The first dash of s must follow
// a place and its region (isPlaceDateline: "herat, afghanistan", "tampa,
// fla.") that no preposition or comma comes before ("... in the town of
// jackson hole, wyoming – and nobody knows why" is the story's own
// sentence, and so is "... galaga, gauntlet, tron — the names ..."), and
// a lower-case sentence of headedDatelineRest words or more with no second
// such dash (no aside between dashes) must follow.
func cutHeadedDateline(s string) string {
	head := s[:min(len(s), headedDatelineBytes)]
	at, dash := -1, ""
	for _, d := range placeDashes {
		if i := strings.Index(head, d); i > 0 && (at < 0 || i < at) {
			at, dash = i, d
		}
	}
	if at < 0 {
		return s
	}
	rest := s[at+len(dash):]
	r, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsLower(r) || countWords(rest) < headedDatelineRest || asideDash(rest, dash) {
		return s
	}
	words := strings.Fields(s[:at])
	found := false
	for k := 2; k <= maxPlaceDatelineWords && k < len(words); k++ {
		place := strings.Join(words[len(words)-k:], " ")
		name, region, ok := strings.Cut(place, ", ")
		if !ok || countWords(name) > 3 || countWords(region) > 2 || !isPlaceDateline(place) {
			continue // "... in the fall, likely early september — and ..." is no dateline
		}
		if before := words[len(words)-k-1]; k <= 3 && datelinePrepositions[strings.ToLower(before)] || strings.HasSuffix(before, ",") {
			return s // "... the jury in st. petersburg, florida -- ...", "... in frankfort, indiana, last month — ..."
		}
		found = true
	}
	if !found {
		return s
	}
	return lex.UpperFirst(strings.TrimSpace(rest))
}

// asideWords is how far after a dash a second one closes an aside.
const asideWords = 15

// asideDash reports whether rest, the text after a dash, holds the same
// dash within its first asideWords words: the two enclose an aside ("kim
// — along with her sisters — waited").
func asideDash(rest, dash string) bool {
	i := strings.Index(rest, dash)
	return i >= 0 && countWords(rest[:i]) <= asideWords
}

// datelinePrepositions before a place make it the sentence's own.
var datelinePrepositions = lex.Set("in", "of", "at", "from", "near", "to", "outside", "across", "around", "for",
	"by", "into", "through", "and", "or", "between", "within", "inside")

// quotedHeadingWords bounds the words of a subheading in single quotes.
const quotedHeadingWords = 8

// cutQuotedHeading returns s without a subheading in single quotes that a
// page (most often a tabloid's) ran into the sentence after it: "' not
// isolated ' ms faust said ..." reads "Ms faust said ...", "' lost
// touch'the children were rescued ..." reads "The children were rescued
// ...". The quoted words (quotedHeadingWords at most) end without
// punctuation, which a quotation before its speaker has ("' we won, '
// she said"), and the words after open a sentence (headingFollower: "the",
// "mr", "police", a possessive, a quotation): a title before its verb or
// role ("'titanic' returns", "' green mile ' actor ...") stays. What
// remains must have minWords words.
func cutQuotedHeading(s string) string {
	if !strings.HasPrefix(s, "'") && !strings.HasPrefix(s, "‘") {
		return s
	}
	_, n := utf8.DecodeRuneInString(s)
	end := closingSingle(s, n)
	if end < 0 {
		return s
	}
	inner := strings.TrimSpace(s[n:end])
	_, m := utf8.DecodeRuneInString(s[end:])
	rest := strings.TrimLeft(s[end+m:], " ")
	if inner == "" || strings.ContainsAny(inner, `.,!?:;"“”`) || countWords(inner) > quotedHeadingWords ||
		countWords(rest) < minWords {
		return s
	}
	first := strings.Fields(rest)[0]
	if !headingFollower(first) {
		return s
	}
	return lex.UpperFirst(rest)
}

// closingSingle returns the index of the single quotation mark after from
// that closes the one opening s, skipping the apostrophes of contractions
// written apart ("' i ' m in shock '"), or -1.
func closingSingle(s string, from int) int {
	for i := from; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == '\'' || r == '’' {
			after := s[i+size:]
			if i > 0 && isASCIILetter(s[i-1]) && len(after) > 0 && isASCIILetter(after[0]) &&
				contraction(after) {
				i += size
				continue // "don't", "it's"
			}
			if strings.HasPrefix(after, " ") || i > 0 && s[i-1] == ' ' {
				if t := strings.TrimLeft(after, " "); contraction(t) && (i > 0 && s[i-1] == ' ') {
					i += size
					continue // "i ' m", "it ' s"
				}
			}
			return i
		}
		i += size
	}
	return -1
}

// contraction reports whether s opens with the end of a contraction after
// its apostrophe: "m", "s", "t", "d", "ll", "re", "ve" and then no letter.
func contraction(s string) bool {
	for _, c := range []string{"ll", "re", "ve", "m", "s", "t", "d"} {
		if strings.HasPrefix(s, c) && (len(s) == len(c) || !isASCIILetter(s[len(c)])) {
			return true
		}
	}
	return false
}

// headingFollower reports whether w, the first word after a quoted
// subheading, opens a sentence: a determiner, title, pronoun, preposition
// or common subject (headingOpeners), a possessive ("monette's"), or a
// quotation mark.
func headingFollower(w string) bool {
	if strings.HasPrefix(w, `"`) || strings.HasPrefix(w, "“") {
		return true
	}
	lw := strings.ToLower(strings.Trim(w, ",;:"))
	return headingOpeners[lw] || strings.HasSuffix(lw, "'s") || strings.HasSuffix(lw, "’s")
}

// headingOpeners open the sentence after a quoted subheading.
var headingOpeners = lex.Set("the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our",
	"mr", "mrs", "ms", "miss", "dr", "sir", "in", "on", "at", "during", "after", "before", "since", "when", "while",
	"as", "it", "he", "she", "they", "we", "police", "officials", "state", "senior", "sheikh", "one", "two", "three",
	"some", "many", "most", "a", "yesterday", "today", "last", "earlier", "now", "but", "and")
