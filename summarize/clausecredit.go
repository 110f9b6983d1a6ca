package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the attribution stage (role.go): a full name that
// credits the clause or quotation before it ("..., Hana Osei said.")
// stands after a comma or a quotation mark, which described reads as the
// close of a description ("her sister, Hana Osei"). Such a name is given
// its role all the same: "..., Hana Osei, the port director, said.".

// clauseCredit reports whether the full name at fields[j], its surname
// fields[k], credits the
// clause or quotation before it: a comma or a quotation mark closes the
// word before the name, and a verb of saying (or personAfter) follows
// the surname ("..., Hana Osei said."). The comma there ends a clause;
// it does not close a description of the person (described).
func clauseCredit(fields []string, j, k int) bool {
	if j == 0 || k+1 >= len(fields) || lex.ContainsAny(fields[k], ",.;:!?\"”)") {
		return false
	}
	p := strings.TrimRight(fields[j-1], "\"”'’")
	if p != "" && !strings.HasSuffix(p, ",") {
		return false
	}
	next, _ := lowerCore(fields[k+1])
	return lex.IsAttributionVerb(next) || personAfter[next]
}
