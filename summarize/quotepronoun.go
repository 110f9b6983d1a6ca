package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the attribution stage: a reader's summary sentence
// that is a quote credited by a pronoun alone (`" the ferry will run
// again, " she said.`) leaves the reader asking who "she" is when no
// earlier sentence of the summary names the speaker. Its article most
// often names the speaker in the sentence just before the quote
// ("Hana Osei, who runs the ferry, was hopeful."). When that sentence
// names exactly one person (ageLeadName, the finder nameAgeLead reads),
// whose given name is listed for the pronoun's gender only, who is not
// named after a preposition there (objectName), where no honorific names
// someone the finder does not read (titledBefore), and the summary so far
// writes no word of the name, the pronoun becomes the full name: `" the ferry will run again, " Hana Osei said.` The words
// are the quote's and the article's name; nothing else changes.

// nameQuotePronouns writes the speaker's full name for the pronoun of each
// quote of sum credited by "he" or "she" alone (pronounCredit) whose
// article's previous sentence names one person of that gender the summary
// has not named, and adds the words it writes to sum.Words. It runs before
// any other rewrite of the sentence, whose text must still be its
// candidate's.
func (c *cluster) nameQuotePronouns(sum *chorus.Summary) {
	c.namePronounsAt(sum, func(s, _ string) (int, bool) { return pronounCredit(s) })
}

// namePronounsAt writes, in each sentence of sum in order, the speaker's
// full name for the pronoun at reports (its field index, -1 for none, and
// whether it is "she"; before is the summary so far, lower case) when the
// article's previous sentence names one person of that gender the summary
// has not named (namePronoun), and adds the words it writes to sum.Words.
func (c *cluster) namePronounsAt(sum *chorus.Summary, at func(s, before string) (int, bool)) {
	var before strings.Builder // the summary so far, lower case
	for i := range sum.Sentences {
		s := sum.Sentences[i].Text
		if j, female := at(s, before.String()); j >= 0 {
			if t, ok := c.namePronoun(s, j, female, before.String()); ok {
				sum.Words += countWords(t) - countWords(s)
				sum.Sentences[i].Text = t
				s = t
			}
		}
		before.WriteString(lex.Lower(s))
		before.WriteByte(' ')
	}
}

// namePronoun returns s with its field j, a pronoun of the given gender,
// replaced by the full name of the one person the sentence before s in its
// article names, when that name's given name is listed for that gender
// only and neither before (the summary so far, lower case) nor s writes a
// word of it.
func (c *cluster) namePronoun(s string, j int, female bool, before string) (string, bool) {
	full, _, ok := c.ageLeadName(s)
	if !ok {
		return "", false
	}
	ci := c.candIndex(s)
	if ci < 0 {
		return "", false
	}
	prev := c.prevSentence(&c.cands[ci])
	if titledBefore(prev) {
		return "", false // "Ms. <surname> said ...": a person the name finder does not read
	}
	name := lex.SpaceFieldsShared(full)
	if objectName(prev, lex.Lower(name[0]), lex.Lower(name[len(name)-1])) {
		return "", false // "... was kind to <name>.": most often not the speaker
	}
	if len(name) < 2 {
		return "", false
	}
	g := lex.Lower(name[0])
	if female && !(lex.IsFemaleGivenName(g) && !lex.IsMaleGivenName(g)) ||
		!female && !(lex.IsMaleGivenName(g) && !lex.IsFemaleGivenName(g)) {
		return "", false
	}
	low := lex.Lower(s)
	for _, w := range name {
		w = lex.Lower(w)
		if containsWord(before, w) || containsWord(low, w) {
			return "", false // the summary names the person: the pronoun may point there
		}
	}
	f := lex.SpaceFields(s)
	f[j] = full
	return strings.Join(f, " "), true
}

// pronounCredit returns the index among the fields of s of the pronoun
// that credits its quote, and whether it is "she": s opens with a
// quotation mark, and its one closing mark that ends a field is followed
// by "he" or "she" and a verb of saying (`..., " she said.`). It returns
// -1 when s is not such a sentence.
func pronounCredit(s string) (int, bool) {
	t := strings.TrimSpace(s)
	if !strings.HasPrefix(t, "\"") && !strings.HasPrefix(t, "“") {
		return -1, false
	}
	f := lex.SpaceFieldsShared(t)
	at := -1
	for j := 0; j+2 < len(f); j++ {
		if j == 0 || !(strings.HasSuffix(f[j], "\"") || strings.HasSuffix(f[j], "”")) {
			continue
		}
		if f[j+1] != "she" && f[j+1] != "he" {
			continue
		}
		if v, _ := lowerCore(f[j+2]); !lex.IsAttributionVerb(v) {
			continue
		}
		if at >= 0 {
			return -1, false // two credits
		}
		at = j + 1
	}
	if at < 0 {
		return -1, false
	}
	return at, f[at] == "she"
}

// titledBefore reports whether prev writes an honorific ("Ms. Rowe", "dr
// Lind"): a person ageLeadName does not count, who may be the speaker.
func titledBefore(prev string) bool {
	for _, w := range lex.SpaceFieldsShared(prev) {
		if core, _ := lowerCore(w); honorificAt(w) || pronounTitles[core] {
			return true
		}
	}
	return false
}

// pronounTitles are the honorifics titledBefore reads with or without a
// full stop.
var pronounTitles = lex.Set("mr", "mrs", "ms", "miss", "dr")

// objectName reports whether prev names the person given sur first after
// a preposition ("... wrote to linda osei."): the person a sentence is
// about, most often not the speaker of the quote after it.
func objectName(prev, given, sur string) bool {
	f := lex.SpaceFieldsShared(prev)
	for j, w := range f {
		if core, _ := lowerCore(w); core != sur {
			continue
		}
		k := j - 1
		if k >= 0 {
			if core, _ := lowerCore(f[k]); core == given {
				k--
			}
		}
		return k >= 0 && objectPrepositions[lex.Lower(f[k])]
	}
	return false
}

// objectPrepositions are the words before a name objectName reads.
var objectPrepositions = lex.Set("to", "with", "of", "for", "by", "at", "from", "about", "against", "on", "into", "toward", "towards")
