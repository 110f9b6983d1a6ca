package voices

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// dropIntroduction returns reads without the speaker's introduction at
// its start when the heading above it shows the same name and role
// (heading: the role as its source wrote it, before possessorRole or
// namedOwnerRole completed it): "Dr. Ilse Varga, the hospital's chief
// surgeon, said …" under "Ilse Varga, chief surgeon at St. Anne's
// Hospital" reads "Varga said …", so the reader is not told twice who is
// speaking. The speaker must be a person named by a given
// name and surname. Only a courtesy title ("Dr.") may stand before
// the name.
func dropIntroduction(reads string, a Attribution, heading string) string {
	if a.Quote || a.Role == "" || a.Role != heading || a.Name == "" {
		return reads
	}
	intro := lex.LowerASCII(a.Name + ", " + a.Role + ", ")
	i := strings.Index(lex.LowerASCII(reads), intro)
	if i < 0 {
		return reads
	}
	pre := strings.TrimSpace(reads[:i])
	if pre != "" && !courtesy[lex.Lower(strings.TrimSuffix(pre, "."))] {
		return reads
	}
	// A person, known by a courtesy title or a given name: an
	// organisation's last word ("Dubai Holding" → "Holding") names nothing.
	f := lex.SpaceFieldsShared(a.Name)
	if len(f) < 2 || pre == "" && !lex.IsGivenName(lex.Lower(f[0])) {
		return reads
	}
	name := speakerWord(a)
	if name == "" {
		return reads
	}
	return name + " " + reads[i+len(intro):]
}
