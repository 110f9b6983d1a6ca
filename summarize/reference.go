package summarize

import "strings"

// This file finds what makes a sentence unfit to stand alone beyond the
// openings flags.go records for the model: a reference to something the
// sentence does not name ("Others were ...", "The move ...", "..., he
// said." without a quote, "The council also ..."), and fragments (a
// colon-ended lead-in, a piece of a parenthesis). A referring sentence is
// selected only right after the sentence before it in its source; a
// fragment never is.

// referringOpenings open a sentence that points back to one not in it.
var referringOpenings = []string{"others ", "another ", "both ", "we ", "our ",
	"the move", "the decision", "the announcement", "the remarks", "the comments",
	"the latter", "the former", "the same ", "the two ", "the other ", "that ",
	"there, ", "here, ", "again,", "still,", "even so", "as a result", "in response",
	"in addition", "at the same time", "by contrast", "on the other hand", "for his part",
	"for her part", "for their part", "some were ", "some are ", "some have ",
	"many were ", "many are ", "most were ", "most are ", "all were ", "all are ",
	"none of them", "one of them", "each of them"}

// backWords, among a sentence's first words, mark it as continuing an
// earlier one: "The council also ...", "Smith again said ...".
var backWords = set("also", "again", "too", "likewise", "further")

// backWindow is how many opening words are searched for backWords.
const backWindow = 4

// refers reports whether s leans on the sentence before it without a
// pronoun or connective opening (those are flagged by sentenceFlags).
func refers(s string, f flags) bool {
	low := strings.ToLower(s)
	for _, p := range referringOpenings {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	words := lowerWords(s, 40)
	for i := 0; i < min(backWindow, len(words)); i++ {
		if backWords[words[i]] {
			return true
		}
	}
	// A statement attributed only to a pronoun at its end: "No one was
	// hurt, he said."
	return f&flagQuote == 0 && len(words) >= 2 && bareAttribution(words[max(len(words)-3, 0):])
}

// fragment reports whether s is a piece of a sentence: a lead-in ending
// with a colon, a note wholly in parentheses, or a run with unbalanced
// brackets (the tail of a parenthesis), or the tail of a quote split from
// its sentence and speaker (`5 to operate casinos."`).
func fragment(s string) bool {
	t := strings.TrimRight(s, " \t\"'”’")
	switch {
	case strings.HasSuffix(t, ":"):
		return true
	case strings.HasPrefix(s, "(") && strings.HasSuffix(strings.TrimSpace(s), ")") && strings.Count(s, "(") == 1:
		return true
	case strings.Count(s, "(") != strings.Count(s, ")") || strings.Count(s, "[") != strings.Count(s, "]"):
		return true
	}
	// The tail of a quote whose start and speaker are in another sentence.
	odd := strings.Count(s, "\"")%2 == 1 || strings.Count(s, "“") != strings.Count(s, "”")
	end := strings.TrimRight(s, " ")
	attached := strings.HasSuffix(end, ".\"") || strings.HasSuffix(end, ".”") || strings.HasSuffix(end, "!\"") || strings.HasSuffix(end, "!”")
	return odd && attached && !strings.HasPrefix(s, "\"") && !strings.HasPrefix(s, "“") && !hasSpeechVerb(lowerWords(s, 60))
}
