package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the writing stage. A page's decorated first letter
// (a drop cap) comes out of the copy as a letter apart from its word:
// "T he ferry line ...", "O n Monday ...", "B y the time ...". A letter
// left in front of a sentence by a lost caption or slide number reads the
// same way: "S despite the rain, the crowd ...". mendDropCaps joins the
// letter to its word when the two make a word the cluster's articles
// write ("The ferry line ...", "Police say ...", a name: "B Aldwin" reads
// "Baldwin"), and otherwise cuts a letter standing before a lower-case
// word that opens sentences (dropCapOpeners), the word taking the
// capital ("Despite the rain ..."). "A" and "I" are words; "U" stands
// for "you" in a message, and a letter before any other word ("X class
// flares", "K is good at his job", "C Robert Roe") is left. Runs after
// the cuts of furniture, which read the page's text as it stood ("T he
// video: <story>" loses its label), and before truecasing. Counted with
// the boilerplate trim's fix (boilerplate_wordcut.go): Multi-News
// validation, 3 summaries change here, all better; train 1-38,000, 14,
// all better.

// dropCapOpeners are the lower-case words after which a lone capital
// letter opening a sentence is debris, not a word of it.
var dropCapOpeners = lex.Set("the", "a", "an", "this", "that", "these", "those", "there", "here", "it", "its",
	"despite", "with", "without", "in", "on", "at", "for", "from", "after", "before", "when", "while", "as",
	"if", "no", "some", "many", "much", "most", "all", "every", "everyone", "one", "his", "her", "their",
	"our", "my", "your", "we", "they", "you", "he", "she", "but", "and", "so", "now", "today", "according",
	"since", "though", "although", "even", "just", "still", "also", "meanwhile", "however", "oops")

// mendDropCaps mends the detached first letter of each sentence of sum
// (see above), the cluster's paragraphs telling its words, and keeps
// sum.Words in step.
func (c *cluster) mendDropCaps(sum *chorus.Summary) {
	var words map[string]bool
	for i := range sum.Sentences {
		s := sum.Sentences[i].Text
		if len(s) < 4 || s[1] != ' ' || s[0] < 'B' || s[0] > 'Z' || s[0] == 'I' || s[0] == 'U' || !isASCIILetter(s[2]) {
			continue
		}
		if words == nil {
			words = c.paragraphWords()
		}
		if t, ok := mendDropCap(s, words); ok {
			sum.Sentences[i].Text = t
			sum.Words--
		}
	}
}

// mendDropCap returns s, opening with a capital letter and a space, with
// the letter joined to the next word when words holds the two together
// in lower case, or cut when the next word is a lower-case
// dropCapOpeners word (the word then takes the capital), and true; s and
// false otherwise.
func mendDropCap(s string, words map[string]bool) (string, bool) {
	rest := s[2:]
	end := 0
	for end < len(rest) && isASCIILetter(rest[end]) {
		end++
	}
	next := rest[:end]
	if words[lex.LowerASCII(s[:1]+next)] {
		return s[:1] + lex.LowerASCII(next[:1]) + rest[1:], true
	}
	if next == lex.LowerASCII(next) && dropCapOpeners[next] {
		return lex.UpperFirst(rest), true
	}
	return s, false
}

// paragraphWords returns the words of c's paragraphs in lower case: runs
// of ASCII letters.
func (c *cluster) paragraphWords() map[string]bool {
	words := make(map[string]bool)
	for _, d := range c.docs {
		for _, p := range d.paras {
			for w := range strings.FieldsFuncSeq(lex.LowerASCII(p), func(r rune) bool { return r > 'z' || r < 'a' }) {
				words[w] = true
			}
		}
	}
	return words
}
