package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file names the person of an age lead: a reader's summary that opens
// with "The <N>-year-old …" ("The 46-year-old is a former judge", "The
// 42-year-old actress said …") leans on a name its article gave in the
// sentence before, which the summary left out. When that sentence names
// exactly one person by a listed given name and a surname the cluster's
// name index vets (lowerGivenNames), and the gender words of the opening
// do not contradict the given name, the name is written into the opening:
// "<Full Name>, 46, is …" when no noun follows the age, "The 42-year-old
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
	f := strings.Fields(s)
	if len(f) < 3 || f[0] != "The" || !ageWord(f[1]) {
		return
	}
	const from = 2 // the noun phrase's first word, after "The" and the age
	// The noun phrase after the age: f[from:end].
	end := -1
	comma := false
	for j := from; j < len(f) && j <= from+ageNounMax; j++ {
		w := strings.ToLower(f[j])
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
	full, ok := c.ageLeadName(s)
	if !ok || !genderFits(f, full) {
		return
	}
	var t string
	switch {
	case end == from: // "The 46-year-old is …" -> "<Name>, 46, is …"
		age := strings.TrimSuffix(strings.ToLower(f[1]), "-year-old")
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
	n, ok := strings.CutSuffix(strings.ToLower(w), "-year-old")
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
// s in its article names by a listed given name and a vetted surname.
func (c *cluster) ageLeadName(s string) (string, bool) {
	ci := c.candIndex(s)
	if ci < 0 {
		return "", false
	}
	cd := &c.cands[ci]
	if cd.prevInDoc < 0 {
		return "", false
	}
	prev := &c.cands[cd.prevInDoc]
	if prev.doc != cd.doc || prev.pos != cd.pos-1 {
		return "", false
	}
	words := strings.Fields(prev.text)
	cores := make([]string, len(words))
	want := make(map[string]bool, len(words))
	for j, w := range words {
		cores[j], _ = lowerCore(w)
		want[cores[j]] = true
	}
	bare, given := c.lowerGivenNames(want)
	found := ""
	for j := 1; j < len(cores); j++ {
		if lex.IsGivenName(cores[j-1]) && !strings.HasSuffix(words[j-1], ",") {
			sur := cores[j]
			full, ok := bare[sur]
			if !ok || !given[sur][cores[j-1]] {
				return "", false // a listed given name the index does not vet
			}
			if w := words[j]; strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'") {
				return "", false // "<name>'s exit …": often another person than the one the opening describes
			}
			if found != "" && found != full {
				return "", false // two people
			}
			found = full
		}
	}
	return found, found != ""
}

// genderFits reports whether the gender words of the opening f agree with
// full's given name: some, and only those of the given name's gender. An
// opening without them is left alone: the sentence before may name
// someone beside the person it describes by an unlisted name ("<unlisted
// given> <surname> and <listed given> <surname>"), and only the gender
// words tell the listed one apart.
func genderFits(f []string, full string) bool {
	female, male := false, false
	for _, w := range f {
		w, _ = lowerCore(w)
		female = female || femaleCue[w]
		male = male || maleCue[w]
	}
	g := strings.ToLower(strings.Fields(full)[0])
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
