package truecase

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file holds the names of several words a lower-cased text's own
// sources show: a person named in full over and over ("lena marsh ...
// lena marsh said"), and so written as one name, where the model knows
// one word of the name and not the other ("Lena marsh", "dale Marsh").

// srcTok is one word of the sources as nameSpans reads it: its key and
// whether a sentence may open at it, or a comma follows it.
type srcTok struct {
	key   string
	flags uint8
}

// Flags of a srcTok.
const (
	srcInitial = 1 << iota // a sentence or quotation may open here
	srcComma               // a comma follows the word
)

// Thresholds of the name spans: the sources write the two words side by
// side at least spanMinPairs times, and a given name before its surname
// in at least spanPairShare of its uses inside sentences.
const (
	spanMinPairs  = 2
	spanPairShare = 0.5
	// spanMaxPasses bounds the passes over a text: a name of three
	// words raised one word a pass ("sam de Vries").
	spanMaxPasses = 3
)

// pairCount returns how often the sources write the word a right before
// the word b, inside a sentence, and how often they write a.
func (src *sourceUses) pairCount(a, b string) (pairs, uses int) {
	seq := src.seq
	for j, t := range seq {
		if t.key != a {
			continue
		}
		uses++
		if j+1 < len(seq) && seq[j+1].flags&srcInitial == 0 && t.flags&srcComma == 0 && seq[j+1].key == b {
			pairs++
		}
	}
	return pairs, uses
}

// nameUses returns how often the sources use key where a surname stands:
// after "mr.", "ms.", "mrs." or "dr.", or before a comma and an age
// ("<name>, 26,"). A word before "said" may be "officials".
func (src *sourceUses) nameUses(key string) int {
	n := 0
	seq := src.seq
	for j, t := range seq {
		if t.key != key {
			continue
		}
		if j > 0 && t.flags&srcInitial == 0 && afterTitle(seq[j-1].key) {
			n++
			continue
		}
		if j+1 >= len(seq) || seq[j+1].flags&srcInitial != 0 {
			continue
		}
		next := seq[j+1].key
		if t.flags&srcComma != 0 && allDigits(next) && len(next) <= 3 {
			n++
		}
	}
	return n
}

// afterTitle reports whether key is a title abbreviation a surname
// follows ("mr", "ms", "mrs", "dr").
func afterTitle(key string) bool {
	return key == "mr" || key == "mrs" || key == "ms" || key == "dr"
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// determiners before a word say it is no given name: "the bill Smith
// wrote", "to mark Lincoln's birthday".
var determiners = map[string]bool{
	"a": true, "an": true, "the": true, "this": true, "that": true, "these": true, "those": true,
	"his": true, "her": true, "their": true, "its": true, "our": true, "my": true, "your": true, "to": true,
}

// raiseNameSpans raises the lower-case words of outs that the sources
// (names.src) write as one name with a capitalised neighbour, and reports
// whether it raised any:
//   - a surname after a capitalised word of a name, when the sources
//     write the two side by side at least spanMinPairs times and the word
//     is no common one, or they also use it where a surname stands
//     (nameUses; after a listed given name, surnameUses: after a title
//     or before a verb of saying too): "Lena marsh" → "Lena Marsh", "Dale
//     sharp, 31," → "Dale Sharp", "Jeff sessions ... attorney general
//     sessions said" → "Jeff Sessions"; once is enough for a word the model never saw after a word
//     that may be a given name (newSurname), which the sources write
//     before it in half its uses or more and seldom after a determiner
//     (commonNoun), and which follows no capitalised word nor "Mr."
//     (surnameBefore): "Nora ephron" → "Nora Ephron";
//   - a given name (a listed one, a word cased text does not write
//     lower-case as a rule, or one it never saw) or an initial before a
//     capitalised word, when the sources write the two side by side at
//     least spanMinPairs times and in spanPairShare of the word's uses,
//     and no determiner comes before it: "dale Marsh" → "Dale Marsh".
func (m *Model) raiseNameSpans(text string, toks []token, outs []string, names *Names) bool {
	if names == nil || names.src == nil || len(names.src.seq) == 0 {
		return false
	}
	src := names.src
	// Each word's class, read once and again only where a word is raised.
	var buf [64]int8
	cls := buf[:0]
	classOf := func(w string) int8 {
		if cl, ok := class(w); ok {
			return int8(cl)
		}
		return -1
	}
	for _, o := range outs {
		cls = append(cls, classOf(o))
	}
	nameAt := func(i int) bool { return cls[i] == titleCase || cls[i] == mixedCase }
	lowerAt := func(i int) bool { return cls[i] == lowerCase }
	raise := func(i int) {
		outs[i] = writeName(outs[i])
		cls[i] = classOf(outs[i])
	}
	raised := false
	for pass := 0; pass < spanMaxPasses; pass++ {
		changed := false
		for i := 1; i < len(toks); i++ {
			t, prev := toks[i], toks[i-1]
			if t.initial || !lowerAt(i) || !nameAt(i-1) || !spanWord(t.key) || !spaced(text[prev.end:t.start], prev.key) {
				continue
			}
			if m.mostlyLower(prev.key) || lex.IsStopword(prev.key) {
				continue // a sentence's first word, capitalised as such
			}
			if m.nameSyllable(src, text, toks, outs, i) {
				raise(i) // "Kim Jong un" → "Kim Jong Un"
				changed = true
				continue
			}
			if src.plural(t.key) {
				continue // "flea beetles ... a beetle": a common noun
			}
			if !m.unseenSurname(t.key, prev.key, prev.initial) && m.surnameCommon(src, t.key, prev.key) {
				continue // "the miami mansion ... the mansion"
			}
			if !m.unseenSurname(t.key, prev.key, prev.initial) {
				least := spanMinPairs
				if m.newSurname(t.key, prev.key) && !src.commonNoun(prev.key) && !(i > 1 && !prev.initial && surnameBefore(text, toks, outs, i-1)) {
					least = 1 // "Nora ephron" named once; not "her alma mater"
				}
				if pairs, uses := src.pairCount(prev.key, t.key); pairs < least || float64(pairs) < spanPairShare*float64(uses) {
					if !m.surnameAfter(src, prev.key, t.key, pairs) {
						continue // "cuban exiles": the word before is followed by many
					}
				}
			}
			if m.mostlyLower(t.key) || m.inflected(t.key) || unknownInflection(m, t.key) && !m.ingName(t.key, prev.key) {
				if src.nameUses(t.key) == 0 && !(m.givenBefore(toks, i) && src.surnameUses(t.key, false, "") > 0) {
					continue
				}
			}
			raise(i)
			changed = true
		}
		for i := len(toks) - 2; i >= 0; i-- {
			t, next := toks[i], toks[i+1]
			if next.initial || !lowerAt(i) || !nameAt(i+1) || !spaced(text[t.end:next.start], t.key) {
				continue
			}
			initial := utf8.RuneCountInString(t.key) == 1 && strings.HasPrefix(text[t.end:], ".")
			if !initial && !spanWord(t.key) {
				continue
			}
			if !initial && !lex.IsGivenName(t.key) && m.Common(t.key) {
				continue
			}
			if i > 0 && !t.initial && determiners[toks[i-1].key] {
				continue
			}
			if !initial && !lex.IsGivenName(t.key) && !m.nameWordBefore(t.key, next.key) && !m.unseenBeforeGiven(toks, outs, i) {
				continue
			}
			pairs, uses := src.pairCount(t.key, next.key)
			if pairs < spanMinPairs || float64(pairs) < spanPairShare*float64(uses) {
				continue
			}
			raise(i)
			changed = true
		}
		if !changed {
			break
		}
		raised = true
	}
	return raised
}

// spanWord reports whether key may be a word of a person's name: two
// letters or more, apostrophes and hyphens inside, no stopword.
func spanWord(key string) bool {
	if utf8.RuneCountInString(key) < 2 || lex.IsStopword(key) || glued(key) {
		return false
	}
	for _, r := range key {
		if !unicode.IsLetter(r) && r != '\'' && r != '’' && r != '-' {
			return false
		}
	}
	return true
}

// unknownInflection reports whether key, a word the model does not know,
// ends as a verb or adverb does ("-ed", "-ing", "-ly").
func unknownInflection(m *Model, key string) bool {
	if _, ok := m.word(key); ok {
		return false
	}
	n := len(key)
	return n > 4 && (key[n-2:] == "ed" || key[n-2:] == "ly" || key[n-3:] == "ing")
}

// plural reports whether key is a plural whose singular the sources
// write too ("beetles", "a beetle"): a common noun, no surname.
func (src *sourceUses) plural(key string) bool {
	stem, ok := strings.CutSuffix(key, "s")
	if !ok || len(stem) < 3 {
		return false
	}
	for _, t := range src.seq {
		if t.key == stem {
			return true
		}
	}
	return false
}

// Thresholds of nameWordBefore: cased text capitalises a word before a
// capitalised one in at least beforeShare of its uses there, when it
// wrote it there at least beforeMinUses times.
const (
	beforeShare   = 0.5
	beforeMinUses = 2
)

// nameWordBefore reports whether key, no listed given name, may open a
// name of several words before the capitalised word next ("air France", "cabin Republicans"): no inflection ("-ed",
// "-ing") or hyphened word, nor a role before a given name ("columnist
// Dale Marsh"), and cased text does not write it lower-case before
// capitalised words as a rule, nor, writing it lower-case as a rule,
// never wrote it there.
func (m *Model) nameWordBefore(key, next string) bool {
	if strings.ContainsRune(key, '-') || strings.HasSuffix(key, "ed") || strings.HasSuffix(key, "ing") || titles[key] {
		return false
	}
	if lex.IsGivenName(next) {
		return false
	}
	if p, ok := m.pairOf(true, key, capitalContext); ok && p.capital+p.lower >= beforeMinUses {
		return float64(p.capital) >= beforeShare*float64(p.capital+p.lower)
	}
	return !m.mostlyLower(key) // "rafter", "activist": a common word cased text never wrote before a name
}

// unseenBeforeGiven reports whether toks[i], before a listed given name
// that ends a name (no capitalised word follows it), may be that
// person's given name: a word of letters cased text never wrote, no
// title nor inflection ("trayvon Martin", "megyn Kelly"), where
// nameWordBefore takes a word before a given name for a role ("columnist
// Dale Marsh"). The sources must still write the two side by side
// (raiseNameSpans).
//
// Measured against efeb264 (Chorus summaries of lower-cased clusters):
// validation 28 of 5,599 summaries changed, every one of the 45 words
// changed read: 44 right ("Trayvon Martin" 17 times, "Megyn Kelly",
// "Deval Patrick", "Areej Ali", "Yorba Linda", "L'Wren Scott"), 1 wrong
// ("doomsday Prepper Martin winters"); train 1-38,000 108 of 37,862
// changed (160 words), 40 changed words drawn and read: 38 right, 1
// wrong ("Matchbox twenty Frontman Thomas"), 1 the same ("unc
// Charlotte" → "Unc").
func (m *Model) unseenBeforeGiven(toks []token, outs []string, i int) bool {
	t, next := toks[i], toks[i+1]
	if !lex.IsGivenName(next.key) || titles[t.key] || unknownInflection(m, t.key) || strings.HasSuffix(t.key, "s") {
		return false
	}
	if i+2 < len(toks) {
		if cl, ok := class(outs[i+2]); ok && cl != lowerCase {
			return false // "columnist Dale Marsh"
		}
	}
	for _, r := range t.key {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	_, known := m.word(t.key)
	return !known && !m.properNoun(t.key)
}

// writeName returns the lower-case span capitalised as a name: each part
// of a hyphened one of three letters or more too ("bar-lev" → "Bar-Lev",
// "sainte-marie" → "Sainte-Marie"; "al-" and "de-" kept inside).
func writeName(span string) string {
	out := write(span, word{})
	if !strings.Contains(out, "-") {
		return out
	}
	parts := strings.Split(out, "-")
	for i, p := range parts {
		if i > 0 && utf8.RuneCountInString(p) >= 3 {
			parts[i] = write(p, word{})
		}
	}
	return strings.Join(parts, "-")
}

// unseenSurname reports whether key, after the capitalised word prevKey,
// is a surname by the model alone: a word cased text wrote only
// capitalised, or never, of four letters or more, after a word it writes
// capitalised at least DefaultMinShare of the time, or a proper noun of
// the word list, that opens no sentence.
func (m *Model) unseenSurname(key, prevKey string, prevInitial bool) bool {
	if prevInitial || utf8.RuneCountInString(key) < 4 || unknownInflection(m, key) {
		return false
	}
	if w, ok := m.word(key); !ok || w.n[lowerCase] > 0 || w.capital() < 2 {
		return false
	}
	if w, ok := m.word(prevKey); ok && w.n[lowerCase] == 0 && w.share() >= DefaultMinShare {
		return true
	}
	_, known := m.word(prevKey)
	return !known && m.properNoun(prevKey)
}

// newSurname reports whether key, after the capitalised word prevKey,
// may be a surname the model does not know: a word of letters (and
// apostrophes) cased text never wrote and no proper noun of the word
// list (raised without the sources), of three letters or more, that ends neither as a plural nor as a verb or adverb
// does, nor as a trade ("ephron", not "pilgrims", "belched",
// "archaeologist"), after a word that may be a given name (givenLike).
func (m *Model) newSurname(key, prevKey string) bool {
	if utf8.RuneCountInString(key) < 3 || strings.HasSuffix(key, "s") || strings.HasSuffix(key, "ist") || unknownInflection(m, key) || m.properNoun(key) {
		return false
	}
	for _, r := range key {
		if !unicode.IsLetter(r) && r != '\'' && r != '’' {
			return false
		}
	}
	if _, known := m.word(key); known {
		return false
	}
	return m.givenLike(prevKey)
}

// givenNameMaxUnits is the most units (stories) of cased text that may
// write a word givenLike takes for a given name: "American", "Sydney"
// or "Kennedy" are written in many more.
const givenNameMaxUnits = 5

// givenLike reports whether key may be a given name: a listed one, or a
// word of three letters or more, no hyphened one nor one ending as a
// people's or a faith's adjective does ("Italian", "Chinese", "British",
// "Pakistani", "Buddhist"), that cased text never wrote or wrote in few
// units, capitalised alone.
func (m *Model) givenLike(key string) bool {
	if lex.IsGivenName(key) {
		return true
	}
	if utf8.RuneCountInString(key) < 3 || strings.ContainsRune(key, '-') {
		return false
	}
	for _, suffix := range []string{"ian", "ean", "can", "ese", "ish", "ani", "eli", "aqi", "ist"} {
		if strings.HasSuffix(key, suffix) {
			return false
		}
	}
	w, known := m.word(key)
	return !known || w.n[lowerCase] == 0 && w.n[titleCase] > w.n[upperCase] && int(w.units) <= givenNameMaxUnits
}

// surnameBefore reports whether the capitalised word toks[i] follows
// "Mr.", "Ms.", "Mrs.", "Dr." or a word outs writes capitalised where no
// sentence opens: a surname itself ("Mr. Steck raced", "Jay Leno lobs"),
// no given name.
func surnameBefore(text string, toks []token, outs []string, i int) bool {
	p := toks[i-1]
	if afterTitle(p.key) {
		return true
	}
	if !spaced(text[p.end:toks[i].start], p.key) {
		return false // "Sen. Kirsten", "Rep. Louie"
	}
	cl, ok := class(outs[i-1])
	return ok && cl != lowerCase && !p.initial // "Then Nora ephron"
}

// commonShare is the least share of a word's uses in the sources after a
// determiner that makes it a common noun (commonNoun).
const commonShare = 0.25

// commonNoun reports whether the sources write key after a determiner
// ("the mansion", "a yew") in at least commonShare of its uses: a common
// noun, where a surname stands alone ("weinstein said").
func (src *sourceUses) commonNoun(key string) bool {
	var det, uses int
	for j, t := range src.seq {
		if t.key != key {
			continue
		}
		uses++
		if j > 0 && t.flags&srcInitial == 0 && determiners[src.seq[j-1].key] && src.seq[j-1].key != "to" {
			det++
		}
	}
	return det > 0 && float64(det) >= commonShare*float64(uses)
}

// AddRaised records the capitalised words of after, a text the model
// raised from before, as Add does, but for the words it raised that are
// no names (loose): those raise the same word beside the neighbour they
// are written with ("Marlow Ferry"), but not after a determiner or a
// count where no capitalised word of the evidence follows ("two ferry
// crew", "the diamond"; "the Billboard Music Awards" kept). A raised
// word is a name when it is one alone (nameAlone), the model raises it
// there with no evidence of the story ("Fox News"), or it stands in a
// run of capitalised words, side by side, with a listed given name
// ("Lena Marsh"). Texts that differ in more than letter case are added
// as Add does.
func (n *Names) AddRaised(m *Model, before, after string) {
	n.addMasked(after, false, m.raisedCommon(n, before, after))
}

// raisedCommon returns, per word of after (tokens), whether the model
// raised it from before and it is no name (AddRaised), or nil. The words
// of both are n's (Names.tokens): before's were split as an earlier pass
// read it, after's are split once for addMasked too.
func (m *Model) raisedCommon(n *Names, before, after string) []bool {
	if before == after || len(before) != len(after) {
		return nil
	}
	tb, ta := n.tokens(before), n.tokens(after)
	if len(tb) != len(ta) {
		return nil
	}
	capital := func(i int) bool {
		cl, ok := class(after[ta[i].start:ta[i].end])
		return ok && cl != lowerCase
	}
	// given[i]: ta[i] stands in a spaced run of capitalised words, one of
	// them a listed given name.
	given := make([]bool, len(ta))
	for i := 0; i < len(ta); {
		if !capital(i) {
			i++
			continue
		}
		j, has := i, lex.IsGivenName(ta[i].key)
		for j+1 < len(ta) && !ta[j+1].initial && capital(j+1) && after[ta[j].end:ta[j+1].start] == " " {
			j++
			has = has || lex.IsGivenName(ta[j].key)
		}
		if has && j > i {
			for k := i; k <= j; k++ {
				given[k] = true
			}
		}
		i = j + 1
	}
	// The words the model raises in before with no evidence of the
	// story: "Fox News", "Virgin Galactic"; applied only when a word
	// needs it (most raised words are names by the tests before).
	var plain string
	applied := false
	var out []bool
	for i, t := range ta {
		if t.start != tb[i].start || t.end != tb[i].end {
			return nil
		}
		was, _ := class(before[t.start:t.end])
		if was != lowerCase || !capital(i) || given[i] || m.nameAlone(t.key) {
			continue
		}
		if !applied {
			plain, applied = m.Apply(before, nil), true
		}
		if len(plain) == len(after) {
			if cl, _ := class(plain[t.start:t.end]); cl != lowerCase {
				continue
			}
		}
		if out == nil {
			out = make([]bool, len(ta))
		}
		out[i] = true
	}
	return out
}

// nameAlone reports whether key is a name with no neighbour's help: one
// the model raises alone, a proper noun of the word list, or a word cased
// text never wrote lower-case (a name of this story: "haverly").
// "ferry", "park" and "king" are not.
func (m *Model) nameAlone(key string) bool {
	w, ok := m.word(key)
	return !ok || w.n[lowerCase] == 0 || m.properNoun(key) || m.capital(w, key, "", "")
}
