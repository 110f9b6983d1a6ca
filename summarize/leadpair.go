package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file names the pair a reader's lead calls "the couple". News copy
// names two people once ("<name> and <name> have finalized their
// divorce") and calls them "the couple" or "the pair" after; a summary
// that opens on the later sentence leaves the reader asking which
// couple. When the lead opens with "The couple," or "The pair," (or
// "The duo,"; the word and a comma, or a verb of being or having after
// it) and its article, in the sentence just before the lead or in its
// first 400 bytes above the lead, writes one pair of two-word names
// joined by "and" as the subject of a verb of having or being (pairVerbs),
// each surname written again in the article on its own, the lead takes
// the names: "The couple, who have two children, ..." reads "<Given>
// <Surname> and <Given> <Surname>, who have two children, ...", and a
// full name the lead wrote later goes by surname ("with <Surname>
// entering rehab"). Left
// alone: "The two <noun>", "The brothers of ...", a lead that writes
// both surnames itself, and an article with two such pairs.
//
// Measured against 12e573c: validation 0 of 5,598 changed (its one lead
// of the kind, "The brothers of <man> ...", names a kin, not a pair);
// train 1-38,000, the 1,357 clusters whose articles write such an
// opening, 2 changed, read both: 2 better ("The pair, whose customers
// ..." reads "<designer> and <designer>, whose customers ..."; a
// divorce's couple named) / 0 worse / 0 same. Runs after selection on the
// chosen lead, so it moves no choice; Fill, and so ROUGE, is unchanged.

// pairWords are the words after "The" that stand for two people told
// before.
var pairWords = lex.Set("couple", "pair", "duo")

// pairVerbs are the words after a pair of names that make it a
// sentence's subject ("<name> and <name> have ..."), and after "The
// couple" that make the couple one ("The couple were married ...").
var pairVerbs = lex.Set("have", "had", "were", "are", "was", "is", "has", "will", "would")

// pairReach is how far into its article a pair of names in the opening
// is looked for.
const pairReach = 400

// nameLeadPair writes, in the lead of sum, a reader's summary in the
// order of picked, the names of the pair its article tells just before
// for its opening "The couple" (the file's comment).
func (c *cluster) nameLeadPair(picked []int, sum *chorus.Summary) {
	rewritePicked(picked, sum, func(i int, s string) (string, bool) {
		if i > 0 || !strings.HasPrefix(s, "The ") {
			return s, false
		}
		return c.leadPair(c.facts[picked[0]].rep, s)
	})
}

// leadPair returns lead s, the text of candidate ci, with its "The
// couple" written as the pair its article names above it, and reports
// whether it wrote.
func (c *cluster) leadPair(ci int, s string) (string, bool) {
	f := lex.SpaceFieldsShared(s)
	if len(f) < 4 {
		return s, false
	}
	w, punct := lowerCore(f[1])
	if !pairWords[w] || f[1] != w && f[1] != w+"," {
		return s, false
	}
	if !punct && !pairVerbs[f[2]] {
		return s, false // "The couple's", "The pair of shoes"
	}
	low, until := c.articleAbove(ci)
	if until <= 0 {
		return s, false
	}
	region := low[:min(until, pairReach)]
	if p := c.cands[ci].prevInDoc; p >= 0 {
		region += " " + lex.Lower(c.cands[p].text)
	}
	names, ok := namedPair(region, low)
	if !ok {
		return s, false
	}
	ls := lex.Lower(s)
	if containsWord(ls, names[1]) && containsWord(ls, names[3]) {
		return s, false
	}
	out := nameCase(names[0]) + " " + nameCase(names[1]) + " and " + nameCase(names[2]) + " " + nameCase(names[3])
	if punct {
		out += ","
	}
	rest := strings.Join(f[2:], " ")
	for _, k := range []int{0, 2} {
		full := nameCase(names[k]) + " " + nameCase(names[k+1])
		rest = strings.Replace(rest, " "+full, " "+nameCase(names[k+1]), 1) // the lead now names them in full
	}
	return out + " " + rest, true
}

// namedPair returns the one pair of two-word names ("ilse tadlock and
// joel brand") that region, lower-case text, writes as the subject of a
// pairVerbs word, each surname written elsewhere in article, lower-case,
// without its given name; ok is false for none or two different pairs.
func namedPair(region, article string) (names [4]string, ok bool) {
	if !strings.Contains(region, " and ") {
		return names, false
	}
	f := lex.SpaceFieldsShared(region)
	for k := 2; k+3 < len(f); k++ {
		if f[k] != "and" || !pairVerbs[f[k+3]] {
			continue
		}
		p := [4]string{f[k-2], f[k-1], f[k+1], f[k+2]}
		if !pairNameWords(p) || !alone(article, p[0], p[1]) || !alone(article, p[2], p[3]) {
			continue
		}
		if ok && p != names {
			return names, false
		}
		names, ok = p, true
	}
	return names, ok
}

// pairNameWords reports whether each of p is a plain lower-case word that
// may be a name: no stopword, no plural noun, a surname's shape.
func pairNameWords(p [4]string) bool {
	for _, w := range p {
		if !plainLower(w) || lex.IsStopword(w) || pluralNoun(w) || !surnameWord(w) {
			return false
		}
	}
	return true
}

// alone reports whether article writes sur at least once without given
// before it: the surname that names the person on its own.
func alone(article, given, sur string) bool {
	for i := 0; ; {
		k := strings.Index(article[i:], sur)
		if k < 0 {
			return false
		}
		k += i
		end := k + len(sur)
		if (k == 0 || !isLetter(article[k-1])) && (end == len(article) || !isLetter(article[end])) &&
			!strings.HasSuffix(article[:k], given+" ") {
			return true
		}
		i = end
	}
}
