package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the ordering stage: a body sentence whose subject
// is a pronoun after a short fronted phrase ("As of monday, he led by six
// points.") leans on the sentence before it in its article, but the
// dependency flags (flags.go, antecedent.go) do not catch every such
// opening, so ordering can put it before that sentence ("<pollster>'s survey shows a lead for
// <candidate>."), leaving "he" pointing at whoever the summary named last.
// When its article's previous sentence is chosen later in the summary,
// the sentence moves to just after it; the others keep their order.

// followPronounSources moves each body sentence of picked that opens
// with a fronted phrase and a subject pronoun (pronounMoveOpens) to just
// after its article's previous sentence when that sentence is chosen
// later. A sentence that already follows its predecessor, or that the
// sentence after it follows in its article, stays.
func (c *cluster) followPronounSources(picked []int) {
	for i := 1; i < len(picked)-1; i++ {
		f := picked[i]
		if !pronounMoveOpens(c.cands[c.facts[f].rep].text) || c.follows(f, picked[i-1]) || c.follows(picked[i+1], f) {
			continue
		}
		for j := i + 1; j < len(picked); j++ {
			if c.follows(f, picked[j]) {
				copy(picked[i:j], picked[i+1:j+1])
				picked[j] = f
				break
			}
		}
	}
}

// pronounMoveOpens reports whether s opens with a phrase of at most five
// words ending in a comma, with no quotation mark, followed by "he",
// "she" or "they" and a plain lower-case word ("After three days, he
// went ...").
func pronounMoveOpens(s string) bool {
	f := lex.FirstFields(s, 7) // the words k+2 < 7 reads
	for k := 0; k < len(f) && k < 5; k++ {
		if lex.ContainsAny(f[k], "\"“”") {
			return false
		}
		if !strings.HasSuffix(f[k], ",") {
			continue
		}
		return k+2 < len(f) && pronounMoveSubjects[f[k+1]] && plainLower(f[k+2]) && !pronounMoveJoins[f[k+2]]
	}
	return false
}

// pronounMoveSubjects are the subject pronouns pronounMoveOpens reads.
var pronounMoveSubjects = lex.Set("he", "she", "they")

// pronounMoveJoins after the pronoun show it one of a list, not a subject
// ("..., he and his wife ...", "..., they who ...").
var pronounMoveJoins = lex.Set("and", "or", "who", "that", "nor")
