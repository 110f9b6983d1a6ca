package summarize

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus/defect"
	"github.com/chorusnews/chorus/internal/lex"
)

// introduceFirst puts, in a reader's summary ordered for reading, the
// sentence that introduces a thing before the body sentence that opens
// by referring back to it: "The spokesman declined to comment." read
// before "A spokesman for the Tarnwick ferry board said ..." leaves the
// reader asking which spokesman. When a body sentence (never the lead)
// opens with "the X" (definiteHeads) for a person by role (personNoun,
// standIns, roleNouns), no sentence before it names X, and
// a later sentence introduces X with "a"/"an" (introducesWithArticle),
// that later sentence moves to just before it; every other sentence
// keeps its place. A sentence that itself leans on its predecessor
// (flagDependent, flagLeansBack) is not moved, nor one the sentence after
// it follows in its article; a sentence that follows its own article's
// sentence before it (follows) keeps it; and a possessor ("The ferry's
// owner ...": possessiveHead) is not the thing referred back to.
func (c *cluster) introduceFirst(picked []int) {
	text := func(f int) string { return c.cands[c.facts[f].rep].text }
	for i := 1; i < len(picked); i++ {
		heads := definiteHeads(text(picked[i]))
		if k := slices.IndexFunc(heads, func(x string) bool { return negStems[x] }); k >= 0 {
			heads = heads[:k] // "The spokesman didn't ...": the phrase ends before the verb
		}
		if len(heads) == 0 || possessiveHead(text(picked[i]), len(heads)) || c.follows(picked[i], picked[i-1]) {
			continue
		}
		named := false
		for _, f := range picked[:i] {
			if namesHead(text(f), heads) {
				named = true
				break
			}
		}
		if named {
			continue
		}
		if last := heads[len(heads)-1]; !personNoun(last) && !standIns[last] && !roleNouns[last] {
			continue // a person by role: things read well enough either way
		}
		noun := headWord(text(picked[i]), heads[len(heads)-1])
		for j := i + 1; j < len(picked); j++ {
			rep := &c.cands[c.facts[picked[j]].rep]
			if rep.flags&(flagDependent|flagLeansBack) != 0 || j+1 < len(picked) && c.follows(picked[j+1], picked[j]) || !introducesWithArticle(rep.text, heads, noun) {
				continue
			}
			f := picked[j]
			copy(picked[i+1:j+1], picked[i:j])
			picked[i] = f
			i++ // the sentence that referred back now follows its introduction
			break
		}
	}
}

// namesHead reports whether s holds one of heads (defect.NameKey folds)
// anywhere.
func namesHead(s string, heads []string) bool {
	for _, x := range lex.LetterWords(s, -1) {
		if slices.Contains(heads, defect.NameKey(x)) {
			return true
		}
	}
	return false
}

// introducesWithArticle reports whether s introduces the thing heads name
// (defect.NameKey folds) with an indefinite article right before them, in
// their order, as the whole of a noun phrase: "a spokesman for ...", "a
// source told ...", "a girl looked ...". A word after them that may go on
// with the noun ("a police report") does not count: only the end of the
// sentence, a stopword, a verb of saying or a word in -ed/-ing/-ly follows.
// The noun is written as the referring sentence writes it (noun): "an
// account" does not introduce "the accounts". Nor does a description
// that may be someone else's: a predicate ("was a mother of three"), an
// "a X of ...", or a number or sign between the article and the noun
// ("a 2008 tipster").
func introducesWithArticle(s string, heads []string, noun string) bool {
	w := lex.LetterWords(s, -1)
	lower := lex.Lower(s)
	for j := 0; j+len(heads) < len(w); j++ {
		if w[j] != "a" && w[j] != "an" {
			continue
		}
		k := 0
		for k < len(heads) && defect.NameKey(w[j+1+k]) == heads[k] {
			k++
		}
		if k < len(heads) || w[j+k] != noun {
			continue
		}
		if j > 0 && predicative[w[j-1]] || !adjacent(lower, w[j], w[j+1]) {
			continue // "... was a mother of three", "a 2008 tipster": someone else, told of
		}
		next := j + 1 + k
		if next == len(w) || next < len(w) && w[next] != "of" && (lex.IsStopword(w[next]) || lex.IsAttributionVerb(w[next]) || participleLike(w[next])) {
			return true
		}
	}
	return false
}

// negStems are what a negated auxiliary leaves of itself once its "'t" is
// split off: "didn", "wasn".
var negStems = lex.Set("didn", "doesn", "don", "isn", "wasn", "aren", "weren", "hasn", "haven",
	"hadn", "won", "wouldn", "couldn", "shouldn", "mustn", "ain")

// possessiveHead reports whether the "the X" that opens s, of n words,
// is a possessor ("The ferry's owner ..."): the sentence is about
// something else, which no "a X" introduces.
func possessiveHead(s string, n int) bool {
	w := lex.LetterWords(s, n+2)
	return len(w) == n+2 && w[n+1] == "s"
}

// headWord returns the word of s's opening phrase that folds to head, as
// s writes it.
func headWord(s, head string) string {
	for _, x := range lex.LetterWords(s, definiteRunMax+2) {
		if defect.NameKey(x) == head {
			return x
		}
	}
	return ""
}

// follows reports whether fact f's sentence comes right after fact
// prev's in its article: order put it there, and the two read on.
func (c *cluster) follows(f, prev int) bool {
	rep := &c.cands[c.facts[f].rep]
	return rep.prevInDoc >= 0 && c.cands[rep.prevInDoc].fact == prev
}

// roleNouns are more nouns for a person by role or kind that a story
// introduces with "a" and then refers back to with "the".
var roleNouns = lex.Set("source", "tipster", "girl", "boy", "woman", "man", "teen", "teenager",
	"child", "toddler", "driver", "suspect", "student", "customer", "caller", "gunman", "shooter",
	"worker", "photographer", "soldier", "pilot")

// predicative words before "a X" make it a description of someone already
// told of, not an introduction.
var predicative = lex.Set("is", "was", "are", "were", "be", "been", "being", "as", "became", "becomes")

// adjacent reports whether lower (a lower-cased sentence) writes a and b
// as two words with one space between, a starting a word.
func adjacent(lower, a, b string) bool {
	pair := a + " " + b
	for at := 0; ; {
		i := strings.Index(lower[at:], pair)
		if i < 0 {
			return false
		}
		i += at
		if r, _ := utf8.DecodeLastRuneInString(lower[:i]); i == 0 || !unicode.IsLetter(r) {
			return true
		}
		at = i + 1
	}
}
