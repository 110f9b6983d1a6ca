package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the attribution stage (role.go): the first role
// an article gives a person may be one a summary sentence cannot hold
// ("Hana Osei, the ferry board's chief engineer is quoted as saying by
// the wire", a relative's role, an apposition of a dozen words) while
// another sentence of the same or a later article gives a short one
// ("Hana Osei, chief engineer at the Tarnwick yard, said"). The search
// goes on past the unusable one, so the person is still introduced.

// roleRetries bounds the sentences an article's role search leaves out
// before it gives up on that article.
const roleRetries = 3

// usableRoleOf returns the role voices.RoleOf reads for name in sents
// (roleBeforeVerb, roleverb.go: also a title before the name and a verb
// in lower-cased text) and whether it is a title, trying again without
// the sentence that gave a role usableRole rejects; "" when none is
// usable. A title loses the words at its start that a lower-cased
// sentence ran into it (titleLead, titlelead.go) and writes an
// initialism in capitals ("U.S.").
func usableRoleOf(sents []string, name string) (string, bool) {
	for try := 0; try <= roleRetries; try++ {
		r, title := roleBeforeVerb(sents, name) // roleverb.go
		lead := r
		if title {
			r = dropCaptionWord(r)           // "Screenshots Acme CEO" (rolecut.go)
			lead = titleLead(sents, name, r) // "moscow president-elect ..." (titlelead.go)
			if orgHeaded(lead) {
				lead = "" // "tarnwick police department ilse varga"
			}
		}
		if r == "" || lead != "" && usableRole(lead, title) && !(title && titleCut(sents, name, lead)) {
			return initialisms(lead), title
		}
		k := roleSentence(sents, name, r)
		if k < 0 {
			return "", false
		}
		sents = append(sents[:k:k], sents[k+1:]...)
	}
	return "", false
}

// roleSentence returns the index of the first sentence of sents that
// writes both name and role (case folded), -1 for none.
func roleSentence(sents []string, name, role string) int {
	name, role = lex.Lower(name), lex.Lower(role)
	for k, s := range sents {
		if low := lex.Lower(s); strings.Contains(low, name) && strings.Contains(low, role) {
			return k
		}
	}
	return -1
}

// roleClauseVerbs are finite verbs that show an apposition read as a
// role ran on into a clause ("a writer is suing ...").
var roleClauseVerbs = lex.Set("is", "was", "are", "were", "has", "had", "have", "will", "would")

// roleClauseVerb reports whether the lower-case word x of a role is a
// finite verb (roleClauseVerbs) or a verb of saying: the role ran on
// past the apposition into the sentence's clause.
func roleClauseVerb(x string) bool {
	return roleClauseVerbs[x] || lex.IsAttributionVerb(x)
}
