package clean

import "strings"

// replacementChar is U+FFFD as UTF-8: what a decoder writes for a byte it
// could not read.
const replacementChar = "\uFFFD"

// elisions are the endings a curly apostrophe joins to a word ("it’s",
// "can’t", "I’ve").
var elisions = []string{"s", "t", "ve", "ll", "re", "d", "m"}

// repairReplacedQuotes puts back the curly quotes that an earlier bad
// decoding turned into U+FFFD before the text reached us: "�?" (a curly
// double quote whose last byte became a question mark) becomes a straight
// double quote, and "�" between a word and an elision ending ("Michigan�s",
// "can�t") an apostrophe. Other U+FFFD characters stay: what they stood for
// is not known.
func repairReplacedQuotes(text string) string {
	if !strings.Contains(text, replacementChar) {
		return text
	}
	text = strings.ReplaceAll(text, replacementChar+"?", `"`)
	var b strings.Builder
	last := 0
	for i := strings.Index(text, replacementChar); i >= 0; {
		end := i + len(replacementChar)
		if i > 0 && isASCIILetter(text[i-1]) && elisionAt(text, end) {
			b.WriteString(text[last:i])
			b.WriteByte('\'')
			last = end
		}
		j := strings.Index(text[end:], replacementChar)
		if j < 0 {
			break
		}
		i = end + j
	}
	if last == 0 {
		return text
	}
	b.WriteString(text[last:])
	return b.String()
}

// elisionAt reports whether text at i starts with an elision ending
// followed by a non-letter or the end of the text.
func elisionAt(text string, i int) bool {
	for _, e := range elisions {
		if len(text) >= i+len(e) && strings.EqualFold(text[i:i+len(e)], e) &&
			(i+len(e) == len(text) || !isASCIILetter(text[i+len(e)])) {
			return true
		}
	}
	return false
}
