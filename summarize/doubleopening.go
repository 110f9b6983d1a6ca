package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the writing stage. A page's one-word heading or
// brand label ("Starbucks") run into an opening that starts with the same
// word gives "Starbucks Starbucks baristas can now …". Names that are the
// same word twice ("Sirhan Sirhan", "Tian Tian") read alike, so the first
// word is cut only when the cluster writes the pair at the start of a
// text or sentence and nowhere else, and writes the word alone at least
// twice (doubledOpening). Validation 0 changed; train 1-38,000 12: 7
// better ("Starbucks Starbucks offers" → "Starbucks offers", "Less less
// than 50"), 0 worse, 5 the same (the label goes, a byline or page
// heading stays).

// cutDoubledOpenings cuts the first of two equal capitalised words that
// open a sentence of sum where the cluster shows them to be a label run
// into the opening (doubledOpening), and counts sum.Words again.
func (c *cluster) cutDoubledOpenings(sum *chorus.Summary) {
	for i := range sum.Sentences {
		t := sum.Sentences[i].Text
		sp := strings.IndexByte(t, ' ')
		rest := t[sp+1:]
		if sp <= 0 || !startsUpper(t) || len(rest) <= sp || rest[sp] != ' ' || !strings.EqualFold(rest[:sp], t[:sp]) {
			continue // not "<Word> <word> ...": the second may still be lower-cased here
		}
		if !c.doubledOpening(lex.Lower(t[:sp])) {
			continue
		}
		sum.Sentences[i].Text = lex.UpperFirst(rest)
		sum.Words--
	}
}

// doubledOpening reports whether the lower-cased word w is written twice
// in a row in the cluster's articles only where a text or a sentence
// starts, at least once, and alone (not beside itself) at least twice.
func (c *cluster) doubledOpening(w string) bool {
	_, split := c.nameWords()
	opening, alone := 0, 0
	for _, f := range split {
		for k := 0; k < len(f); k++ {
			if strings.Trim(f[k], ",.;:!?\"“”()'’") != w {
				continue
			}
			next := k+1 < len(f) && strings.Trim(f[k+1], ",.;:!?\"“”()'’") == w
			prev := k > 0 && strings.Trim(f[k-1], ",.;:!?\"“”()'’") == w
			switch {
			case next && (k == 0 || strings.ContainsAny(f[k-1][len(f[k-1])-1:], ".!?:")):
				opening++ // at a text's or a sentence's start
				k++
			case next || prev:
				return false // the pair stands inside a text: a name
			default:
				alone++
			}
		}
	}
	return opening > 0 && alone >= 2
}
