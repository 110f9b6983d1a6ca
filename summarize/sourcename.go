package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file gives nameSpeakers (speakername.go) the full name of a bare
// speaker that no attribution credits and no later summary sentence
// writes: the one the sources write it with ("… nora pell, the
// moderator, …" makes '"…," pell says.' read '"…," Nora Pell
// says.'). The articles introduce the person; the summary took a later
// sentence that names them by surname alone. The articles' own text is
// read, not only the sentences kept as candidates: the introduction is
// often in a sentence the cleaner cut or the budget of sentences left out.

// sourceNames adds to names, for each surname of want it lacks, the full
// name the articles write it with after one of the listed given names
// (lex.IsGivenName) where a name may start (sourceFullName), when the
// articles write that surname after no other listed given name, no
// couple or family shares it (twoPeople, sharedName)
// and it never stands as a plural ("the wilsons"). It drops a full name
// the attributions or the summary gave (speakerNames, laterNames) when the
// articles write the surname after two listed given names: "ivan brask"
// and "oleg brask" in one story leave "Brask, 78, is leaving ..." as it
// is, the sentences kept as candidates holding only one. A surname whose first
// summary mention is a possessive is left alone: "Sowerby's beaked whale"
// is a species, not the person.
func (c *cluster) sourceNames(sum *chorus.Summary, want map[string]bool, names map[string]string) {
	lack := make(map[string]bool)
	for w := range want {
		if names[w] == "" && !firstPossessed(sum, w) {
			lack[w] = true
		}
	}
	look := make(map[string]bool, len(want)) // lack and the surnames names holds
	for w := range want {
		if lack[w] || names[w] != "" {
			look[w] = true
		}
	}
	if len(look) == 0 {
		return
	}
	found := make(map[string]string)
	shared := make(map[string]bool)
	givens := make(map[string]map[string]bool) // surname -> listed given names written before it
	for i := range c.docs {
		a := c.docs[i].article
		if a == nil || !mentionsAny(a.Text, look) {
			continue
		}
		text := a.Text
		if len(text) > maxArticleBytes {
			text = text[:maxArticleBytes]
		}
		f := strings.Fields(text)
		for k := 1; k < len(f); k++ {
			w, _ := lowerCore(f[k])
			if !look[w] {
				if p, ok := strings.CutSuffix(w, "s"); ok && lack[p] {
					shared[p] = true // "the wilsons": a family
				}
				continue
			}
			if sharedName(f, k) {
				shared[w] = true
			}
			if g, ok := sourceFullName(f, k); ok {
				if givens[w] == nil {
					givens[w] = make(map[string]bool)
				}
				givens[w][g] = true
			}
			if found[w] != "" || !lack[w] {
				continue
			}
			if g, ok := sourceFullName(f, k); ok {
				found[w] = nameCase(g) + " " + nameCase(w)
			}
		}
	}
	for w := range names {
		if look[w] && len(givens[w]) > 1 {
			delete(names, w) // "ivan brask" and "oleg brask": which one is not told
		}
	}
	if len(found) == 0 {
		return
	}
	two := c.twoPeople()
	for w, full := range found {
		if len(givens[w]) == 1 && !two[w] && !shared[w] {
			names[w] = full
		}
	}
}

// sourceFullName returns the given name f[k-1] (lower case) when it is a
// listed given name written right before the surname f[k] where a name
// may start: first in the sentence, after punctuation, a role or a verb
// of saying (opensName), or after a word that is no stopword ("moderator
// nora pell"); not after another given name (a middle name: "anthony
// michael sanders") nor after a stopword ("we hope cox will …").
func sourceFullName(f []string, k int) (string, bool) {
	g, gp := lowerCore(f[k-1])
	if gp || !lex.IsGivenName(g) || possessed(f[k]) && k+1 < len(f) && kinWords[strings.ToLower(strings.Trim(f[k+1], ",.;:"))] {
		return "", false
	}
	if k == 1 {
		return g, true
	}
	m, mp := lowerCore(f[k-2])
	if !mp && lex.IsGivenName(m) {
		return "", false
	}
	if opensName(f[k-2]) || !lex.IsStopword(m) {
		return g, true
	}
	return "", false
}

// sharedName reports whether the surname f[k] closes a pair of given
// names ("jason and melissa mcalister"), comes before "family" or
// "couple", or has a family word within three words before it in the
// same sentence ("her husband, jason orrin") or right after it ("orrin's
// father"): two people may bear it.
func sharedName(f []string, k int) bool {
	if k >= 3 {
		a, _ := lowerCore(f[k-3])
		and := strings.ToLower(f[k-2])
		if (and == "and" || and == "&") && lex.IsGivenName(a) {
			return true
		}
	}
	if k+1 < len(f) {
		if n, _ := lowerCore(f[k+1]); kinWords[n] || n == "couple" {
			return true // "the orrin family", "orrin's father"
		}
	}
	for j := k - 1; j >= max(0, k-3); j-- {
		if strings.ContainsAny(f[j], ".!?") {
			return false // "… their son. Orrin …": the family word is another sentence's
		}
		if w, _ := lowerCore(f[j]); kinWords[w] {
			return true // "her husband, jason orrin"
		}
	}
	return false
}

// firstPossessed reports whether the first word of sum whose core is w
// (lower case) is a possessive ("sowerby's").
func firstPossessed(sum *chorus.Summary, w string) bool {
	for _, st := range sum.Sentences {
		for _, f := range strings.Fields(st.Text) {
			if core, _ := lowerCore(f); core == w {
				return possessed(f)
			}
		}
	}
	return false
}
