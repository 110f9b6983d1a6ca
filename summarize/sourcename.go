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
	givens := make(map[string]map[string]bool)     // surname -> given names written before it
	unlisted := make(map[string]map[string]string) // surname -> unlisted given word -> full name
	var texts [][]string
	for i := range c.docs {
		a := c.docs[i].article
		if a == nil || !mentionsAny(a.Text, look) {
			continue
		}
		text := a.Text
		if len(text) > maxArticleBytes {
			text = text[:maxArticleBytes]
		}
		f := lex.SpaceFields(text)
		texts = append(texts, f)
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
			if g, full, ok := sourceFullName(f, k); ok {
				if givens[w] == nil {
					givens[w] = make(map[string]bool)
				}
				givens[w][g] = true
				if found[w] == "" && lack[w] {
					found[w] = full
				}
			} else if g, opens, ok := unlistedGiven(f, k); ok && opens {
				if unlisted[w] == nil {
					unlisted[w] = make(map[string]string)
				}
				if unlisted[w][g] == "" {
					unlisted[w][g] = nameCase(g) + " " + nameCase(w)
				}
			}
		}
	}
	// An unlisted given word ("mark" of "deputy mark vellan") counts only
	// where the articles write it nowhere but right before the surname;
	// a full name it opens is taken only when no other given word comes
	// before that surname.
	others := make(map[string]int) // surname -> unlisted given words written before it
	unlistedFull := make(map[string]string)
	for w, gs := range unlisted {
		for g, full := range gs {
			if pluralNoun(w) || !onlyBeforeIn(texts, g, w) || afterDeterminer(texts, w) {
				continue
			}
			others[w]++
			if lack[w] {
				unlistedFull[w] = full
			}
		}
	}
	for w, full := range unlistedFull {
		if found[w] == "" && len(givens[w]) == 0 && others[w] == 1 {
			found[w] = full
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
		if len(givens[w])+others[w] == 1 && !two[w] && !shared[w] {
			names[w] = full
		}
	}
}

// sourceFullName returns the given name f[k-1] (lower case) and the full
// name it opens, as the articles write it ("Martha Veldt"), when it is a
// listed given name written right before the surname f[k] where a name
// may start: first in the sentence, after punctuation, a role or a verb
// of saying (opensName), or after a word that is no stopword ("moderator
// nora pell") or "as" ("identified as nora pell"); not after another
// stopword ("we hope cox will …"). After a
// second listed given name that opens the name the same way ("anthony
// michael sanders"), the first is the given name and the full name has
// all three words.
func sourceFullName(f []string, k int) (given, full string, ok bool) {
	g, gp := lowerCore(f[k-1])
	if gp || !lex.IsGivenName(g) || possessed(f[k]) && k+1 < len(f) && kinWords[lex.Lower(strings.Trim(f[k+1], ",.;:"))] {
		return "", "", false
	}
	w, _ := lowerCore(f[k])
	if k == 1 {
		return g, nameCase(g) + " " + nameCase(w), true
	}
	m, mp := lowerCore(f[k-2])
	if !mp && lex.IsGivenName(m) {
		if k == 2 || opensName(f[k-3]) || !lex.IsStopword(lex.Lower(f[k-3])) && !givenAt(f, k-3) {
			return m, nameCase(m) + " " + nameCase(g) + " " + nameCase(w), true
		}
		return "", "", false
	}
	if opensName(f[k-2]) || !lex.IsStopword(m) || m == "as" {
		return g, nameCase(g) + " " + nameCase(w), true // "identified as thomas orlek"
	}
	return "", "", false
}

// givenAt reports whether f[j] is a listed given name with no punctuation
// after it.
func givenAt(f []string, j int) bool {
	g, gp := lowerCore(f[j])
	return !gp && lex.IsGivenName(g)
}

// unlistedGiven returns the word f[k-1] (lower case) when it may be a
// given name the lists leave out because it is also a common word or a
// rare name ("mark", "elvin"): letters only, no stopword, role, place,
// credit, verb, adjective or trade-noun shape. It reports too whether a
// name may start with it: after a role, a verb of saying, an age or a
// trade noun ("sheriff mark vellan", "geologist mark tiernan"),
// not after punctuation, where a headline, a caption or a credit may have
// ended ("… close authorities said"). sourceNames takes one that opens a
// name only where the articles write it nowhere but before the surname
// (onlyBeforeIn): as the full name when it is the one given word before
// that surname, and as a sign that another person bears the surname
// ("captain ozzo varga" beside "nora varga").
func unlistedGiven(f []string, k int) (g string, opens, ok bool) {
	g, gp := lowerCore(f[k-1])
	if gp || len(g) < 3 || !lettersOnly(g) || strings.Contains(g, "-") || lex.IsGivenName(g) || lex.IsStopword(g) ||
		roleWords[g] || placeWords[g] || notSurnames[g] || creditWords[g] || honorifics[g] || abbrevTitles[g] ||
		determiners[g] || lex.IsAttributionVerb(g) || verbLike(g) || adjectiveLike(g) || kinWords[g] || agentNoun(g) || shareButtons[g] {
		return "", false, false
	}
	if possessed(f[k]) && k+1 < len(f) && kinWords[lex.Lower(strings.Trim(f[k+1], ",.;:"))] {
		return "", false, false
	}
	if k == 1 {
		return g, false, true
	}
	p, pp := lowerCore(f[k-2])
	if pp {
		return g, false, true // punctuation before it: a headline, a caption, a credit may end there
	}
	return g, roleWords[p] || lex.IsAttributionVerb(p) || strings.HasSuffix(p, "-year-old") || agentNoun(p) && !shareButtons[p], true
}

// shareButtons are the words of sharing buttons run into the text ("…
// facebook twitter pinterest acme said …"): no trade before a name.
var shareButtons = lex.Set("twitter", "facebook", "pinterest", "instagram", "linkedin", "tumblr", "reddit",
	"whatsapp", "messenger", "flipboard", "email", "print", "share", "tweet")

// afterDeterminer reports whether the texts (split into words) write the
// word w (lower case) right after a determiner ("the authorities", "a
// video"): a common noun, no surname.
func afterDeterminer(texts [][]string, w string) bool {
	for _, f := range texts {
		for j := 1; j < len(f); j++ {
			if c, _ := lowerCore(f[j]); c != w {
				continue
			}
			if d := lex.Lower(f[j-1]); determiners[d] || d == "many" || d == "other" {
				return true
			}
		}
	}
	return false
}

// agentNoun reports whether w ends like a noun for a person's trade
// ("rapper", "sculptor", "florist"): a description before a name, not a
// given name.
func agentNoun(w string) bool {
	return strings.HasSuffix(w, "er") || strings.HasSuffix(w, "or") || strings.HasSuffix(w, "ist")
}

// onlyBeforeIn reports whether the texts (split into words) write the word
// g (lower case, any case in the text) at least once and every time right
// before the surname w.
func onlyBeforeIn(texts [][]string, g, w string) bool {
	n := 0
	for _, f := range texts {
		for j, x := range f {
			if c, _ := lowerCore(x); c != g {
				continue
			}
			if j+1 >= len(f) {
				return false
			}
			c, _ := lowerCore(f[j+1])
			if c, _, _ = strings.Cut(c, "'"); c != w || strings.TrimRight(x, ",.;:!?\"”’'`)]") != x {
				return false
			}
			n++
		}
	}
	return n > 0
}

// sharedName reports whether the surname f[k] closes a pair of given
// names ("jason and melissa mcalister"), comes before "family" or
// "couple", or has a family word within three words before it in the
// same sentence ("her husband, jason orrin") or right after it ("orrin's
// father"): two people may bear it.
func sharedName(f []string, k int) bool {
	if k >= 3 {
		a, _ := lowerCore(f[k-3])
		and := lex.Lower(f[k-2])
		// Not after a full name: "hugo pratt and melissa orrin" pairs
		// two people of two surnames.
		if (and == "and" || and == "&") && lex.IsGivenName(a) && (k < 4 || !givenAt(f, k-4)) {
			return true
		}
	}
	if k+1 < len(f) {
		if n, _ := lowerCore(f[k+1]); kinWords[n] || n == "couple" {
			return true // "the orrin family", "orrin's father"
		}
	}
	for j := k - 1; j >= max(0, k-3); j-- {
		if lex.ContainsAny(f[j], ".!?") {
			return false // "… their son. Orrin …": the family word is another sentence's
		}
		if w, _ := lowerCore(f[j]); kinWords[w] && j > 0 && possessor(f[j-1]) {
			return true // "her husband, jason orrin", not "identified by relatives as jason orrin"
		}
	}
	return false
}

// possessor reports whether the word f says whose the family word after
// it is: a possessive determiner or a possessive ("her", "the victim's").
func possessor(f string) bool {
	switch lex.Lower(f) {
	case "his", "her", "their", "our", "my", "your", "whose", "its":
		return true
	}
	return possessed(f)
}

// firstPossessed reports whether the first word of sum whose core is w
// (lower case) is a possessive ("sowerby's").
func firstPossessed(sum *chorus.Summary, w string) bool {
	for _, st := range sum.Sentences {
		for _, f := range lex.SpaceFieldsShared(st.Text) {
			if core, _ := lowerCore(f); core == w {
				return possessed(f)
			}
		}
	}
	return false
}
