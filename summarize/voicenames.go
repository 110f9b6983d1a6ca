package summarize

import (
	"strings"
	"unicode"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/truecase"
)

// In a lower-cased cluster the voices read a speaker's name from word
// shapes and places alone, and a phrase of common words before a verb of
// saying can pass for one ("annual reviews", "a vocal proponent of ...
// said", "the largest bank said"): shown as a voice, it reads "Annual
// Reviews" or "Largest Bank". dropCommonNames leaves those out.

// dropCommonNames returns vs without the voices whose name is two or
// more common words: each word one cased text writes lower-case at least ten
// times as often as capitalised (truecase.Model.Common), and the
// truecaser raising none of them in the name alone ("red cross", "coast
// guard" are raised as a pair and stay).
func dropCommonNames(vs []chorus.Voice) []chorus.Voice {
	m := truecase.Default()
	out := vs[:0]
	for _, v := range vs {
		if !commonName(m, v.Name) {
			out = append(out, v)
		}
	}
	return out
}

// commonName reports whether name is only common words that m raises
// none of (dropCommonNames).
func commonName(m *truecase.Model, name string) bool {
	low := lex.Lower(name)
	f := lex.SpaceFieldsShared(low)
	if len(f) < 2 {
		return false // a surname alone may be a common word ("Ms. Rice said")
	}
	for _, w := range f {
		if !m.Common(strings.Trim(w, ".,'’")) {
			return false
		}
	}
	return !strings.ContainsFunc(m.Apply(low, nil), unicode.IsUpper)
}
