package voices

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// RoleOf returns the first role that sentences (one article's, in reading
// order) give the person whose full name is name ("Charlie Beck", in any
// case): a title right before the full name ("police chief Charlie Beck")
// or an apposition after it, between commas or closing the sentence
// ("Charlie Beck, the city's police chief, said …"), read as Voices reads
// a speaker's role (nameRole). title reports a title before the name; an
// apposition gives false. A courtesy title ("Dr.") is no role. It returns
// "" for a name of fewer than two words or a person given no role. Only
// the sentences that hold the name's last word are read, so the cost
// grows with the mentions, not with the article.
func RoleOf(sentences []string, name string) (role string, title bool) {
	want := lex.SpaceFields(lex.Lower(name))
	for k, w := range want {
		want[k] = strings.TrimSuffix(w, ".") // as token.low: "w." of "George W. Bush"
	}
	if len(want) < 2 {
		return "", false
	}
	last := want[len(want)-1]
	var sents []sent
	for _, s := range sentences {
		if strings.Contains(lex.Lower(s), last) {
			sents = append(sents, sent{text: s, toks: tokenize(s)})
		}
	}
	cased := isCased(sents)
	for _, s := range sents {
		for i := 0; i+len(want) <= len(s.toks); i++ {
			if !nameAt(s.toks[i:], want) {
				continue
			}
			end := i + len(want)
			if end < len(s.toks) && isName(s.toks[end], cased) {
				continue // a longer name: "Charlie Beck Jr", "Charlie Beck Foundation"
			}
			if cased && i > 0 && isName(s.toks[i-1], cased) {
				continue // "Ann Charlie Beck": another person's name
			}
			if r := nameRole(s.toks[:end], i, end, cased); r != "" {
				return r, true // no apposition without the words after it
			}
			if r := nameRole(s.toks, i, end, cased); r != "" {
				return r, false
			}
		}
	}
	return "", false
}

// nameAt reports whether toks open with the words of want (lower case).
func nameAt(toks []token, want []string) bool {
	for k, w := range want {
		if toks[k].kind != word || toks[k].low != w {
			return false
		}
	}
	return true
}
