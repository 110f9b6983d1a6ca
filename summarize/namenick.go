package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the attribution stage, beside lowerGivenNames: a
// lower-cased cluster that names a person with a nickname in quotation
// marks between the given name and the surname (`police arrested peter "dj
// velmo" velmora, 49,`) names them in full, so that a bare "Velmora had
// ..." in a reader's summary is written "Peter Velmora had ..." at its
// first mention. givenAt had read only the word right before the surname,
// the nickname's closing mark, and found no given name. The full name
// written is the given name and the surname, without the nickname; the
// word two before the surname is no middle name there.
//
// Measured against fbe3013: validation 2 of 5,599 summaries changed, both
// read, both better (a bare "Rowe" and a lower-cased "bulger" named in
// full at the first mention, the later mentions capitalised). Train
// 1-38,000: 38 of 37,861 changed, all read: 35 better (a surname after
// a nickname left lower-cased by the truecaser now capitalised,
// 'James "Whitey" Bulger', 'Mike "the situation" Sorrentino', or a bare
// "McGee", "Houser" named in full), 2 worse (a surname after a nickname,
// capitalised before, now lower-cased: 'Charlie "Chris" bates',
// 'Charles "Joe" gliniewicz'), 1 the same ("Mike Gerald Bullinger"
// written for 'gerald "mike" bullinger' before the middle-name guard,
// which changes no validation summary). Fill ROUGE on validation is
// unchanged (45.93 / 16.24 / 19.83).

// maxNickWords bounds the words of a nickname: `"the brain"`, `"dj velmo"`.
const maxNickWords = 3

// nicknameGiven returns the listed given name (lex.IsGivenName) before a
// nickname in quotation marks right before the surname f[j] (cs: the
// fields' lowerCore), and whether there is one: `peter "dj velmo" velmora`
// gives "peter".
func nicknameGiven(f []string, cs []core, j int) (string, bool) {
	if j < 2 || !strings.ContainsAny(f[j-1], "\"”") || strings.ContainsAny(f[j-1], ",.;:!?") {
		return "", false
	}
	for k := j - 1; k >= 1 && j-k <= maxNickWords; k-- {
		opens := strings.HasPrefix(f[k], "\"") || strings.HasPrefix(f[k], "“")
		if k == j-1 && strings.Trim(f[k], "\"“”") == "" {
			continue // `... velmo " velmora`: the closing mark alone
		}
		if !opens {
			if strings.ContainsAny(f[k], ",.;:!?\"“”") && k < j-1 {
				return "", false // a stop or another mark inside: no nickname
			}
			continue
		}
		g := cs[k-1]
		if g.punct || f[k-1] != g.w || !lex.IsGivenName(g.w) {
			return "", false
		}
		return g.w, true
	}
	return "", false
}
