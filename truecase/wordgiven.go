package truecase

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file holds the given names that are common words as well ("mark",
// "rose", "hope"), which lex's list leaves out: in a lower-cased text
// "mark zuckerberg" or "rose McGowan" is a person only by the story's own
// evidence, the sources writing the two words side by side.

// wordGivenNames are given names that are common words too. Apply raises
// one only before a surname the sources write after it (raiseWordGivenNames);
// "will" and "may", modal verbs before any name ("will Trump"), are not
// among them.
var wordGivenNames = map[string]bool{
	"art": true, "bill": true, "buck": true, "chase": true, "chuck": true, "clay": true,
	"cliff": true, "dawn": true, "dean": true, "drew": true, "faith": true, "frank": true,
	"gene": true, "grace": true, "grant": true, "guy": true, "holly": true, "hope": true,
	"iris": true, "ivy": true, "jay": true, "joy": true, "lily": true,
	"mark": true, "max": true, "pat": true, "ray": true, "rich": true, "rod": true,
	"rose": true, "ruby": true, "sue": true,
}

// WordGivenName reports whether lower-case w is a given name that is a
// common word too ("mark", "rose", "hope"), one lex's given-name list
// leaves out: a name only where the sources' words show one.
func WordGivenName(w string) bool { return wordGivenNames[w] }

// PeopleWord reports whether lower-case key ends as the word of a people
// or a faith does ("americans", "chinese"): no surname after a given name
// that is a common word ("rich americans").
func PeopleWord(key string) bool { return peopleWord(key) }

// notBeforeGiven are words after which a word of wordGivenNames is the
// common word or a verb: a determiner ("the bill", "to sue"), a modal or
// an auxiliary ("could hope"), a pronoun ("I hope").
var notBeforeGiven = map[string]bool{
	"will": true, "would": true, "can": true, "could": true, "should": true, "might": true,
	"must": true, "may": true, "shall": true, "i": true, "we": true, "you": true, "they": true,
	"not": true, "have": true, "has": true, "had": true, "of": true, "for": true, "in": true,
	"on": true, "with": true, "all": true, "no": true, "any": true, "every": true, "each": true,
	"who": true, "which": true,
}

// peopleSuffixes end the words of peoples and faiths ("Americans",
// "Chinese", "Republicans"), capitalised after "rich" or "grant" as no
// surname is.
var peopleSuffixes = []string{"ian", "ean", "can", "ese", "ish", "ani", "eli", "aqi", "ist", "crat", "lic", "lim", "ew"}

// raiseWordGivenNames raises the lower-case words of outs that are given
// names and common words (wordGivenNames) before a surname, and the
// surname with them, by the sources' evidence (names.src), and reports
// whether it raised any:
//   - before a capitalised word the sources write after it at least
//     once, that no third capitalised word follows ("rose McGowan" →
//     "Rose McGowan"; not "law dean Henry Butler", "hope President
//     Obama");
//   - before a lower-case word cased text does not write lower-case
//     more often than capitalised, that the sources write after it at
//     least spanMinPairs times and in spanPairShare of its uses, or
//     once when the model never saw the word ("mark zuckerberg" →
//     "Mark Zuckerberg"); no hyphened word with a common part ("rich
//     real-life"), no word ending in "s" the sources never use as a
//     surname (surnameUses: "drew rebukes"), and not after a name's
//     last word ("Trump drew scorn", nameBefore) or an adverb.
//
// The word before may not be a determiner, "to", a modal, a pronoun or
// a preposition (notBeforeGiven: "the bill Thursday", "to sue Fiat",
// "have faith"); the word after is no stopword, day or month, title or
// people's name.
func (m *Model) raiseWordGivenNames(text string, toks []token, outs []string, names *Names) bool {
	if names == nil || names.src == nil || len(names.src.seq) == 0 {
		return false
	}
	src := names.src
	classAt := func(i int) int {
		cl, ok := class(outs[i])
		if !ok {
			return noLetter
		}
		return cl
	}
	named := func(i int) bool { cl := classAt(i); return cl == titleCase || cl == mixedCase }
	raised := false
	for i := 0; i+1 < len(toks); i++ {
		t, next := toks[i], toks[i+1]
		if !wordGivenNames[t.key] || t.initial || classAt(i) != lowerCase || next.initial || !spaced(text[t.end:next.start], t.key) {
			continue
		}
		if i > 0 && (determiners[toks[i-1].key] || notBeforeGiven[toks[i-1].key]) {
			continue
		}
		if !spanWord(next.key) || calendarWords[next.key] || titles[next.key] || titleAbbrevs[strings.TrimSuffix(next.key, ".")] || peopleWord(next.key) {
			continue
		}
		pairs, uses := src.pairCount(t.key, next.key)
		if pairs == 0 {
			continue
		}
		switch {
		case named(i + 1):
			if i+2 < len(toks) && !toks[i+2].initial && spaced(text[next.end:toks[i+2].start], next.key) && named(i+2) {
				continue // "law dean Henry Butler": a title before a full name
			}
			outs[i] = write(outs[i], word{})
			raised = true
		case classAt(i+1) == lowerCase:
			if m.mostlyLower(next.key) || m.Common(next.key) || m.inflected(next.key) || unknownInflection(m, next.key) || glued(next.key) {
				continue
			}
			if m.commonPart(next.key) {
				continue // "rich real-life"
			}
			if strings.HasSuffix(next.key, "s") && !strings.HasSuffix(next.key, "ss") && src.surnameUses(next.key, true, "") == 0 {
				continue // "drew rebukes", "guy abducts"; not "max baucus ... baucus said"
			}
			if i > 0 && !toks[i-1].initial && (m.nameBefore(text, toks, i, named(i-1)) || strings.HasSuffix(toks[i-1].key, "ly")) {
				continue // "Trump drew scorn", "Beverly Hills art appraiser", "fabulously rich"
			}
			if float64(pairs) < spanPairShare*float64(uses) {
				continue
			}
			if _, known := m.word(next.key); known && pairs < spanMinPairs {
				continue
			}
			outs[i] = write(outs[i], word{})
			outs[i+1] = writeName(outs[i+1])
			raised = true
		}
	}
	return raised
}

// peopleWord reports whether key, with or without a plural "s", ends as
// the word of a people or a faith does (peopleSuffixes).
func peopleWord(key string) bool {
	k := strings.TrimSuffix(key, "s")
	for _, s := range peopleSuffixes {
		if strings.HasSuffix(k, s) {
			return true
		}
	}
	return false
}

// commonPart reports whether a part of the hyphened word key, of three
// letters or more, is a word cased text writes mostly lower-case:
// "real-life" is no surname, "graupera-cassimiro" may be.
func (m *Model) commonPart(key string) bool {
	if !strings.Contains(key, "-") {
		return false
	}
	for p := range strings.SplitSeq(key, "-") {
		if len(p) > 2 && m.mostlyLower(p) {
			return true
		}
	}
	return false
}

// nameBefore reports whether toks[i-1], written capitalised (named),
// stands right before toks[i] as a name's last word would, the subject of
// a verb ("Trump drew") or a place before a noun ("Hills art"): no
// listed given name before a middle name ("Carlee rose bollig"), no
// title ("Gov. rod").
func (m *Model) nameBefore(text string, toks []token, i int, named bool) bool {
	p := toks[i-1]
	if !named || !spaced(text[p.end:toks[i].start], p.key) {
		return false
	}
	return !lex.IsGivenName(p.key) && !titles[p.key] && !titleAbbrevs[strings.TrimSuffix(p.key, ".")]
}
