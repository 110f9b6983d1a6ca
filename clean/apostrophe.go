package clean

import "strings"

// quoteOpeners are the short words after which a straight apostrophe glued
// to the next word opens a quoted phrase ("of'the" was "of 'the").
var quoteOpeners = map[string]bool{
	"a": true, "an": true, "and": true, "as": true, "at": true, "be": true,
	"by": true, "for": true, "from": true, "in": true, "is": true, "of": true,
	"on": true, "or": true, "the": true, "to": true, "was": true, "with": true,
}

// apostropheWords are words that do follow an apostrophe closing a
// plural or dropped-g word ("'cause", "'til") and so mark a real elision.
var apostropheWords = map[string]bool{"cause": true, "til": true, "tis": true, "twas": true}

// spaceGluedApostrophes puts back the space that copied text often loses
// beside a straight apostrophe between two words: after a plural
// possessive or a dropped g ("employees'spending" → "employees' spending",
// "dunkin'donuts" → "dunkin' donuts") and before a quote opened after a
// short function word ("of'the" → "of 'the"). Names and contractions are
// left alone: the word before must have three letters or more (O'Neill,
// D'Souza, Sa'ad keep theirs) unless it is a function word, and the word
// after at least two ("rock'n'roll", "don't", "we'll" keep theirs).
func spaceGluedApostrophes(text string) string {
	if strings.IndexByte(text, '\'') < 0 {
		return text
	}
	var b strings.Builder
	last := 0
	for i := 0; i+2 < len(text); i++ {
		k := strings.IndexByte(text[i+1:], '\'')
		if k < 0 {
			break
		}
		i += k + 1
		if i+2 >= len(text) || !isASCIILetter(text[i-1]) || !isASCIILetter(text[i+1]) {
			continue
		}
		start := i - 1
		for start > 0 && isASCIILetter(text[start-1]) {
			start--
		}
		if start > 0 && (text[start-1] == '\'' || text[start-1] >= 0x80 || isDigit(text[start-1])) {
			continue
		}
		end := i + 1
		for end < len(text) && isASCIILetter(text[end]) {
			end++
		}
		if end < len(text) && (text[end] == '\'' || text[end] >= 0x80 || isDigit(text[end])) {
			continue
		}
		left := strings.ToLower(text[start:i])
		right := strings.ToLower(text[i+1 : end])
		at := -1
		switch {
		case len(right) < 2 || apostropheWords[right]:
		case quoteOpeners[left]:
			at = i
		case len(right) < 3 || len(left) < 3:
		case left[len(left)-1] == 's' || strings.HasSuffix(left, "in"):
			at = i + 1
		}
		if at < 0 {
			continue
		}
		if last == 0 {
			b.Grow(len(text) + 8)
		}
		b.WriteString(text[last:at])
		b.WriteByte(' ')
		last = at
	}
	if last == 0 {
		return text
	}
	b.WriteString(text[last:])
	return b.String()
}

// isASCIILetter reports whether c is an ASCII letter.
func isASCIILetter(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}
