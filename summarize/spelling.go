package summarize

import (
	"regexp"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/truecase"
)

// Sources spell a foreign or uncommon name their own way ("Morsi" and
// "Mursi", "Gadhafi" and "Gaddafi", "Carell" and "Carrell"), and a
// summary built from several of them can spell one person two ways in
// two sentences -- a reader takes it for two people or for a typing
// error. oneSpelling writes every such name the way most of the
// cluster's sources write it (the summary's first spelling on a tie). Two
// capitalised words of the summary are one name spelled two ways when
// both have five letters or more and are written capitalised inside a
// sentence, one letter changed, added inside or swapped with the next
// turns one into the other (not at the end: "Raine" and "Raines" may be
// two people), cased text writes neither mostly lower-case (not "Stake"
// and "State"), neither is a listed given name ("Terri" and "Terry",
// "Alexander" and "Alexandre" are often two people), no sentence of the summary holds both, and no source
// writes both (a source that does tells two people apart: "Jansen" and
// "Jensen").
//
// Measured against 59e8e88 on Multi-News default summaries (every summary
// with two capitalised words one edit apart, run with both binaries):
// validation 5 of 5,599 change, all read, all better ("Morsi" and "Mursi"
// twice, a police official's surname, a teacher's, a sheikh's title);
// train 1-38,000 22 of 37,861, all read: 21 better (a president, a
// colonel, two actors, a chief executive, a pilot, a cardiologist, a
// gardener, ...), 1 the same (two relatives' surname, spelled one way by
// one source). Tried and not kept: given names and a changed last letter
// too (validation 8, train 39 changed: "Alexander" and "Alexandre",
// "Terri" and "Terry", "Bobby" and "Bobbi" were two people; "Americas"
// and "American", "Algeria" and "Algerie", "Bosniak" and "Bosnian" two
// words; "Nunes" and "Nunez" two people).

// minSpellingLetters is the fewest letters of a name oneSpelling reads.
const minSpellingLetters = 5

// spelledName is one capitalised word of a summary.
type spelledName struct {
	form  string // as written: "Mursi"
	first int    // order of its first use in the summary
	sents uint64 // bit set of the sentences (up to 64) that use it
	mid   bool   // used inside a sentence, not only opening one
}

// oneSpelling writes each name sum spells two ways the way the cluster's
// sources mostly do (see above).
func (c *cluster) oneSpelling(sum *chorus.Summary) {
	names := summaryNames(sum)
	if len(names) < 2 {
		return
	}
	tc := truecase.Default()
	for i := range names {
		for j := i + 1; j < len(names); j++ {
			a, b := &names[i], &names[j]
			if !a.mid || !b.mid || a.sents&b.sents != 0 || !oneEditApart(strings.ToLower(a.form), strings.ToLower(b.form)) {
				continue
			}
			ka, kb := strings.ToLower(a.form), strings.ToLower(b.form)
			if tc.MostlyLower(ka) || tc.MostlyLower(kb) || lex.IsGivenName(ka) || lex.IsGivenName(kb) {
				continue
			}
			na, nb, both := c.spellingUses(ka, kb)
			if both || na == 0 || nb == 0 {
				continue
			}
			from, to := b.form, a.form // a is the summary's first
			if nb > na {
				from, to = a.form, b.form
			}
			re := regexp.MustCompile(`\b` + from + `\b`)
			for k := range sum.Sentences {
				sum.Sentences[k].Text = re.ReplaceAllLiteralString(sum.Sentences[k].Text, to)
			}
		}
	}
}

// summaryNames returns the capitalised words of sum's sentences of
// minSpellingLetters ASCII letters or more ("Mursi", "Mursi's"), in the
// order of their first use.
func summaryNames(sum *chorus.Summary) []spelledName {
	var out []spelledName
	at := make(map[string]int)
	for si := range sum.Sentences {
		for k, f := range strings.Fields(sum.Sentences[si].Text) {
			w := strings.Trim(f, `,.;:!?"'()“”‘’`)
			w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
			if !capitalisedWord(w) {
				continue
			}
			n, ok := at[w]
			if !ok {
				n = len(out)
				at[w] = n
				out = append(out, spelledName{form: w, first: n})
			}
			if si < 64 {
				out[n].sents |= 1 << si
			}
			if k > 0 {
				out[n].mid = true
			}
		}
	}
	return out
}

// capitalisedWord reports whether w is an upper-case ASCII letter and
// lower-case ones, minSpellingLetters in all or more.
func capitalisedWord(w string) bool {
	if len(w) < minSpellingLetters || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// oneEditApart reports whether a and b (lower case, different) differ by
// one letter changed or added before the last, or two neighbours swapped,
// with the same first letter: "Morsi" and "Mursi", "Carell" and
// "Carrell", not "Nunes" and "Nunez" or "Algeria" and "Algerie".
func oneEditApart(a, b string) bool {
	if a == b || a[0] != b[0] {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	switch len(b) - len(a) {
	case 0:
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		if a[i+1:] == b[i+1:] {
			return i < len(a)-1 // one letter changed, not the last ("Americas", "American")
		}
		return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:] // swapped
	case 1:
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		return i < len(a) && a[i:] == b[i+1:] // added before the last letter
	}
	return false
}

// spellingUses counts the cluster's candidates' uses of the lower-case
// words ka and kb, and reports whether a source uses both.
func (c *cluster) spellingUses(ka, kb string) (na, nb int, both bool) {
	_, cores := c.candCores()
	inDoc := make(map[int]uint8)
	for ci, cs := range cores {
		for _, w := range cs {
			k := strings.TrimSuffix(strings.TrimSuffix(w.w, "'s"), "’s")
			switch k {
			case ka:
				na++
				inDoc[c.cands[ci].doc] |= 1
			case kb:
				nb++
				inDoc[c.cands[ci].doc] |= 2
			}
		}
	}
	for _, m := range inDoc {
		if m == 3 {
			return na, nb, true
		}
	}
	return na, nb, false
}
