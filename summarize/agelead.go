package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file names the person of an age lead: a reader's summary that opens
// with "The <N>-year-old …" ("The 57-year-old is a former judge", "The
// 42-year-old actress said …") leans on a name its article gave in the
// sentence before, which the summary left out. When that sentence names
// exactly one person by a given name and a surname the cluster's name
// index vets (lowerGivenNames), or by a surname alone the index gives one
// full name for ("<Surname> is expected to appear …"), outside a
// quotation, the opening does not already hold the surname, and the
// gender words of the opening neither mix nor contradict a listed given
// name, the name is written into the opening:
// "<Full Name>, 57, is …" when no noun follows the age, "The 42-year-old
// actress <Full Name>, …" when one does.

// ageNounMax bounds the words of the noun phrase after the age ("record
// producer", "kentucky senator"); a longer run is not read as one.
const ageNounMax = 3

// ageBound are the words that end the noun phrase after the age: verbs of
// being and saying, auxiliaries, relative words.
var ageBound = lex.Set("is", "was", "has", "had", "will", "would", "says", "said", "who", "that", "whose",
	"can", "could", "may", "might", "must", "should", "did", "does", "told")

// ageAbort are the words after the age that make the phrase one the name
// cannot be put into ("daughter of …", "mother and her husband …").
var ageAbort = lex.Set("of", "and", "or", "from", "in", "at", "on", "with", "for", "to")

// femaleCue and maleCue are words of an opening that show its person's
// gender.
var (
	femaleCue = lex.Set("she", "her", "hers", "herself", "woman", "girl", "actress", "mother", "mom", "daughter",
		"wife", "queen", "sister", "grandmother", "princess", "businesswoman", "waitress")
	maleCue = lex.Set("he", "him", "his", "himself", "man", "boy", "actor", "father", "dad", "son", "husband",
		"king", "brother", "grandfather", "prince", "businessman")
)

// nameAgeLead rewrites sum's opening age lead with the name its article's
// previous sentence gives (see the file comment). It runs before any other
// rewrite of the opening, whose text must still be its candidate's.
func (c *cluster) nameAgeLead(sum *chorus.Summary) {
	if len(sum.Sentences) == 0 {
		return
	}
	s := sum.Sentences[0].Text
	f := lex.SpaceFieldsShared(s)
	if len(f) < 3 || f[0] != "The" || !ageWord(f[1]) {
		return
	}
	const from = 2 // the noun phrase's first word, after "The" and the age
	// The noun phrase after the age: f[from:end].
	end := -1
	comma := false
	for j := from; j < len(f) && j <= from+ageNounMax; j++ {
		w := lex.Lower(f[j])
		if ageAbort[w] || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			return
		}
		if (w == "who" || w == "that") && j > from {
			return // "The 9-year-old boy who …": the name would part them
		}
		if ageBound[w] || strings.HasSuffix(w, "ed") || verbForm(w) || lex.IsAttributionVerb(w) || w == "-" || w == "—" {
			end = j
			break
		}
		if !lettersOnly(strings.TrimSuffix(strings.ReplaceAll(w, "-", ""), ",")) || lex.IsStopword(strings.TrimSuffix(w, ",")) {
			return // "The 58-year-old singer reportedly …", "… also …"
		}
		if strings.HasSuffix(w, ",") {
			end, comma = j+1, true
			break
		}
	}
	if end < 0 || end >= len(f) {
		return
	}
	full, listed, ok := c.ageLeadName(s)
	female, male := genderCues(f, end)
	if !ok || female && male || listed && (female || male) && !genderFits(f, end, full) {
		return
	}
	if name := lex.SpaceFieldsShared(lex.Lower(full)); containsWord(lex.Lower(s), name[len(name)-1]) {
		return // the opening names the person already
	}
	var t string
	switch {
	case end == from: // "The 57-year-old is …" -> "<Name>, 57, is …"
		age := strings.TrimSuffix(lex.Lower(f[1]), "-year-old")
		t = full + ", " + age + ", " + strings.Join(f[2:], " ")
	case comma: // "The 42-year-old actress, currently …" -> "… actress <Name>, currently …"
		head := strings.Join(f[:end], " ")
		t = strings.TrimSuffix(head, ",") + " " + full + ", " + strings.Join(f[end:], " ")
	default: // "The 84-year-old record producer says …"
		t = strings.Join(f[:end], " ") + " " + full + " " + strings.Join(f[end:], " ")
	}
	sum.Words += countWords(t) - countWords(s)
	sum.Sentences[0].Text = t
}

// ageWord reports whether w is "<digits>-year-old".
func ageWord(w string) bool {
	n, ok := strings.CutSuffix(lex.Lower(w), "-year-old")
	if !ok || n == "" || len(n) > 3 {
		return false
	}
	for i := 0; i < len(n); i++ {
		if n[i] < '0' || n[i] > '9' {
			return false
		}
	}
	return true
}

// ageLeadName returns the full name of the one person the sentence before
// s in its article names (prevSentence), and whether its given name is a
// listed one. A person is a listed given name before a surname the
// cluster's name index vets for it (lowerGivenNames), or an unlisted word
// the index vets as that surname's given name ("tove brandl" where the
// cluster writes "tove" nowhere but before "brandl" and "brandl said").
// A listed given name before a word the index does not vet, a possessive
// name, or two people leave the opening alone.
func (c *cluster) ageLeadName(s string) (string, bool, bool) {
	ci := c.candIndex(s)
	if ci < 0 {
		return "", false, false
	}
	words := lex.SpaceFieldsShared(c.prevSentence(&c.cands[ci]))
	if len(words) == 0 {
		return "", false, false
	}
	cores := make([]string, len(words))
	want := make(map[string]bool, len(words))
	for j, w := range words {
		cores[j], _ = lowerCore(w)
		want[cores[j]] = true
	}
	bare, given := c.lowerGivenNames(want)
	found, listed := "", false
	for j := 1; j < len(cores); j++ {
		if strings.HasSuffix(words[j-1], ",") {
			continue
		}
		g, sur := cores[j-1], cores[j]
		full, ok := bare[sur]
		vetted := ok && given[sur][g]
		isListed := lex.IsGivenName(g)
		if !vetted {
			if isListed {
				return "", false, false // a listed given name the index does not vet
			}
			continue
		}
		if j >= 2 && !strings.HasSuffix(words[j-2], ",") && c.nameOpensBefore(cores[j-2], g, sur) {
			return "", false, false // "<given> <given> <surname>": the index holds a part of the name
		}
		if w := words[j]; strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'") {
			return "", false, false // "<name>'s exit …": often another person than the one the opening describes
		}
		if inQuotation(words, j) {
			return "", false, false
		}
		if found != "" && found != full {
			return "", false, false // two people
		}
		found, listed = full, isListed
	}
	if found == "" {
		// No full name: a surname alone ("<Surname> is expected to
		// appear …") that the index gives one full name for.
		for j, sur := range cores {
			full, ok := bare[sur]
			if !ok || !surnameWord(sur) || inQuotation(words, j) {
				continue
			}
			if w := words[j]; strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'") {
				return "", false, false
			}
			if found != "" && found != full {
				return "", false, false
			}
			found, listed = full, lex.IsGivenName(lex.Lower(lex.SpaceFieldsShared(full)[0]))
		}
	}
	return found, listed, found != ""
}

// prevSentence returns the sentence before cd's in its article: the
// candidate before it, or, when that is not the one right before (the
// cleaner or the splitter dropped it), the last sentence of the
// article's own text before cd's (textBefore); "" when there is none.
func (c *cluster) prevSentence(cd *candidate) string {
	if cd.prevInDoc >= 0 {
		if prev := &c.cands[cd.prevInDoc]; prev.doc == cd.doc && prev.pos == cd.pos-1 {
			return prev.text
		}
	}
	t := strings.TrimSpace(c.textBefore(cd))
	if i := strings.LastIndex(t, "|||||"); i >= 0 {
		t = t[i+len("|||||"):]
	}
	// The last sentence: after the last end of a sentence before t's own
	// final mark. A window that holds no end of a sentence is not read: its
	// start may cut a name.
	body := strings.TrimRight(t, " .?!\"”")
	i := max(strings.LastIndex(body, ". "), strings.LastIndex(body, "? "), strings.LastIndex(body, "! "))
	if i < 0 {
		if len(t) < introWindow {
			return t // the article's first sentence
		}
		return ""
	}
	return strings.TrimSpace(t[i+2:])
}

// genderFits reports whether the gender words of the opening f, whose
// noun phrase ends before f[end] (genderCues), agree with full's given
// name: some, and only those of the given name's gender. nameAgeLead
// asks it only of an opening that holds them.
func genderFits(f []string, end int, full string) bool {
	female, male := genderCues(f, end)
	g := lex.Lower(lex.SpaceFieldsShared(full)[0])
	switch {
	case female && male:
		return false
	case female:
		return lex.IsFemaleGivenName(g) && !lex.IsMaleGivenName(g)
	case male:
		return lex.IsMaleGivenName(g) && !lex.IsFemaleGivenName(g)
	}
	return false
}

// genderCues reports whether the opening f shows a woman and a man: by
// any gender word of its noun phrase (before f[end]), and by the pronouns
// after it; a gender noun after the phrase is most often another person
// ("… she and husband <name> …", "… to save a woman …").
func genderCues(f []string, end int) (female, male bool) {
	for j, w := range f {
		w, _ = lowerCore(w)
		if j >= end && !genderPronouns[w] {
			continue
		}
		female = female || femaleCue[w]
		male = male || maleCue[w]
	}
	return female, male
}

// genderPronouns are the gender words genderCues reads after an
// opening's noun phrase.
var genderPronouns = lex.Set("she", "her", "hers", "herself", "he", "him", "his", "himself")

// nameOpensBefore reports whether w, a word that is no stopword, stands
// before "<g> <sur>" in at least half of the cluster's writings of the
// pair: the first word of a longer name the index cut ("<given>
// <given> <surname>").
func (c *cluster) nameOpensBefore(w, g, sur string) bool {
	if lex.IsStopword(w) || !lettersOnly(w) {
		return false
	}
	_, split := c.nameWords()
	pairs, with := 0, 0
	for _, f := range split {
		for j := 1; j < len(f); j++ {
			if s, _ := lowerCore(f[j]); s != sur {
				continue
			}
			if p, punct := lowerCore(f[j-1]); p != g || punct {
				continue
			}
			pairs++
			if j >= 2 {
				if p, punct := lowerCore(f[j-2]); p == w && !punct {
					with++
				}
			}
		}
	}
	return pairs > 0 && 2*with >= pairs
}
