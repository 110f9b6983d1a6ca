package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the writing stage. A source's typing slip can
// write a short function word twice ("according to the the report", "from
// one foot to to two", "because because he ..."), and the summary copied
// it; cutDoubledWords writes the word once. Only words no sentence writes
// twice in a row are read (doubledWords): "that that", "had had" and "in
// in" ("sneak in in a car") are grammar, and names ("Mohamed Mohamed")
// are names. A second word in capitals is left ("a band called The The").

// doubledWords are the words a sentence never writes twice in a row.
var doubledWords = lex.Set("the", "a", "an", "to", "and", "of", "both", "because", "with", "from", "than",
	"but", "or")

// cutDoubledWords writes once, in each sentence of sum, a doubledWords
// word written twice in a row (cutDoubledWord), and counts sum.Words
// again for the words it cut.
func cutDoubledWords(sum *chorus.Summary) {
	for i := range sum.Sentences {
		if t, n := cutDoubledWord(sum.Sentences[i].Text); n > 0 {
			sum.Sentences[i].Text = t
			sum.Words -= n
		}
	}
}

// cutDoubledWord returns s with the second of each pair of equal
// doubledWords words in a row cut, and how many it cut. Both words are
// bare (no punctuation), the second in lower case, the first in lower
// case or opening s ("The the ...").
func cutDoubledWord(s string) (string, int) {
	if !strings.Contains(s, " ") {
		return s, 0
	}
	fields := strings.Split(s, " ")
	out := make([]string, 1, len(fields))
	out[0] = fields[0]
	cut := 0
	for i := 1; i < len(fields); i++ {
		prev, w := fields[i-1], fields[i]
		if doubledWords[w] && (prev == w || i == 1 && prev == lex.UpperFirst(w)) {
			cut++
			continue
		}
		out = append(out, w)
	}
	if cut == 0 {
		return s, 0
	}
	return strings.Join(out, " "), cut
}
