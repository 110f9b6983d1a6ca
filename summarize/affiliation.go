package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the attribution stage (role.go): a source may
// say who a person is only by the body they speak for, written after
// the name ("Hana Osei of the Tarnwick harbour authority said ..."),
// where voices.RoleOf reads neither a title nor an apposition. A
// reader's summary that names the person in full with nothing to say
// who they are ("Hana Osei said ...") takes that phrase at the first
// mention: "Hana Osei of the Tarnwick harbour authority said ...". The
// words are the source's own.

// affiliationMaxWords bounds the words of the phrase after "of", "the"
// and the body's head noun included.
const affiliationMaxWords = 7

// affiliationHeads are the nouns that end a phrase naming a body a
// person speaks for.
var affiliationHeads = lex.Set("office", "department", "university", "college", "institute", "agency",
	"commission", "council", "committee", "board", "bureau", "service", "center", "centre",
	"foundation", "association", "society", "hospital", "museum", "company", "corporation",
	"organization", "organisation", "ministry", "laboratory", "coalition", "authority", "clinic",
	"academy", "survey", "school", "police", "administration", "institution", "zoo", "observatory")

// affiliationEnds are the words after the body's head noun that show the
// phrase has ended: a verb of saying (lex.IsAttributionVerb) or one of
// these.
var affiliationEnds = lex.Set("in", "at", "and", "who", "which", "on", "to", "for", "was", "is", "has", "had", "said", "says")

// affiliationOf returns the phrase "of the <body>", as the source
// writes it, that a sentence of the cluster writes right after the full
// name given+family (lower case), ending on a head noun
// (affiliationHeads) with a comma, a full stop or an ending word
// (affiliationEnds) after it, "" for none. The first such phrase of the
// earliest candidate is taken. A name with a middle initial is read
// with it (middleName), then without it.
func (c *cluster) affiliationOf(given, initial, family string) string {
	if initial != "" {
		if aff := c.affiliationAfter(middleName(given, initial, family)); aff != "" {
			return aff
		}
	}
	return c.affiliationAfter(given + " " + family)
}

// affiliationAfter returns affiliationOf's phrase after the lower-case
// name as the sources write it.
func (c *cluster) affiliationAfter(name string) string {
	nameLen := len(name)
	name += " of the "
	for i := range c.cands {
		text := c.cands[i].text
		low := lex.Lower(text)
		at := strings.Index(low, name)
		if at < 0 || len(low) != len(text) || at > 0 && low[at-1] != ' ' && low[at-1] != '"' {
			continue // not a word's start, or a lower-casing that moved the bytes
		}
		f := lex.SpaceFields(text[at+nameLen+1:])
		for k := 2; k < len(f) && k < affiliationMaxWords; k++ {
			w, _ := lowerCore(f[k])
			closed := strings.TrimRight(f[k], ",.;:!?\"”)") != f[k]
			if !lettersOnly(w) {
				break
			}
			if !affiliationHeads[w] || w != lex.Lower(strings.TrimRight(f[k], ",.")) {
				if closed {
					break
				}
				continue // a word of the body's name, or a possessive ("sheriff's")
			}
			end := k+1 == len(f) || strings.HasSuffix(f[k], ",") || strings.HasSuffix(f[k], ".")
			if !end && k+1 < len(f) {
				next, _ := lowerCore(f[k+1])
				end = !closed && (affiliationEnds[next] || lex.IsAttributionVerb(next))
			}
			if end {
				return strings.Join(append(f[:k:k], strings.TrimRight(f[k], ",.")), " ")
			}
			if closed {
				break
			}
		}
	}
	return ""
}

// writeAffiliation writes, after the full name m of the summary
// sentence s (its words fields), the body the sources say the person
// speaks for (affiliationOf), when the surname carries no punctuation
// (but the sentence's closing full stop) and s does not already name the
// body's head noun. It
// reports whether it wrote it; fields keeps its length.
func (c *cluster) writeAffiliation(s string, fields []string, m fullMention) bool {
	fam := fields[m.sur]
	core, tail := fam, ""
	if m.sur+1 == len(fields) {
		core = strings.TrimSuffix(fam, ".")
		tail = fam[len(core):] // "... says Hana Osei."
	}
	if lex.ContainsAny(core, ",.;:!?'’\"”)") {
		return false
	}
	aff := c.affiliationOf(m.given, m.initial, m.family)
	if aff == "" {
		return false
	}
	w := lex.SpaceFieldsShared(lex.Lower(aff))
	if head, _ := lowerCore(w[len(w)-1]); containsWord(lex.Lower(s), head) {
		return false
	}
	fields[m.sur] = core + " " + aff + tail
	return true
}
