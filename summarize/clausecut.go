package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A sentence the splitter ended at a state's abbreviation: "After the
// storm in Tarnwick, Fla." or "As pilots began gathering in Velmora, Va."
// holds only the opening clause, its main clause left to the next
// "sentence". dropChosen with stateCutClause leaves it out of a reader's
// summary after selection (nothing else moves).

// clauseCutOpeners are the conjunctions that open a clause which needs a
// main clause after it.
var clauseCutOpeners = lex.Set("after", "when", "while", "as", "before", "since", "although", "though", "if",
	"because", "once", "until", "whereas")

// stateCutClause reports whether s opens with one of clauseCutOpeners,
// holds no comma but the one before its last word, and ends with a US
// state's abbreviation (datelineRegionNames: "calif.", "n.c.").
func stateCutClause(s string) bool {
	f := lex.SpaceFieldsShared(s)
	if len(f) < 4 || !clauseCutOpeners[lex.Lower(f[0])] {
		return false
	}
	last := lex.Lower(f[len(f)-1])
	if !strings.HasSuffix(last, ".") || strings.Count(last, ".") == 1 && len(last) > 6 || !datelineRegionNames[last] {
		return false // a state's abbreviation only: "fla.", "n.c."; not "france."
	}
	body := strings.Join(f[:len(f)-1], " ")
	return strings.HasSuffix(body, ",") && strings.Count(body, ",") == 1 && !lex.ContainsAny(body, ";:\"“")
}
