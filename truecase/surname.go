package truecase

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file holds the sources' evidence that a word after a name's word
// is a surname: where the sources use it (surnameUses), and the tests
// raiseNameSpans reads beside the pair counts (givenBefore,
// surnameAfter, nameSyllable).

// surnameUses returns how often the sources use key where a surname
// stands, beside nameUses: after a title ("sen. baucus"), before a verb
// of saying and after no determiner ("baucus said", not "the officials
// said"), or, when openings is true, opening a sentence. A verb of saying
// after the word does not count where the word follows except ("" for
// none): "cruz staffer said" shows no surname of "Cruz".
func (src *sourceUses) surnameUses(key string, openings bool, except string) int {
	n := src.nameUses(key)
	seq := src.seq
	for j, t := range seq {
		if t.key != key {
			continue
		}
		if t.flags&srcInitial != 0 && openings {
			n++
			continue
		}
		if j > 0 && (titles[seq[j-1].key] || titleAbbrevs[strings.TrimSuffix(seq[j-1].key, ".")]) {
			n++
			continue
		}
		if j+1 < len(seq) && seq[j+1].flags&srcInitial == 0 && t.flags&srcComma == 0 && sayingVerbs[seq[j+1].key] && (j == 0 || !determiners[seq[j-1].key] && (except == "" || seq[j-1].key != except)) {
			n++
		}
	}
	return n
}

// sayingVerbs are verbs of saying a surname stands before ("baucus
// said").
var sayingVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "added": true, "wrote": true, "tweeted": true,
	"testified": true, "explained": true, "insisted": true, "replied": true, "recalled": true,
}

// placePrefixes open a place's name whose next word may be a given name
// ("San Jose", "St. George", "Santa Ana").
var placePrefixes = map[string]bool{
	"st": true, "st.": true, "saint": true, "san": true, "santa": true, "fort": true, "ft": true,
	"mount": true, "mt": true, "port": true, "lake": true, "cape": true,
}

// givenBefore reports whether toks[i], a word cased text writes mostly
// lower-case, follows a listed given name as a surname may (surnameUses:
// "Jeff sessions"): no verb of saying nor an inflection ("Francis
// accepted"), and no place's first word before the given name ("San Jose
// police").
func (m *Model) givenBefore(toks []token, i int) bool {
	key := toks[i].key
	if !lex.IsGivenName(toks[i-1].key) || sayingVerbs[key] || m.inflected(key) || unknownInflection(m, key) {
		return false
	}
	return i < 2 || toks[i-1].initial || !placePrefixes[toks[i-2].key]
}

// surnameAfter reports whether key, a word the model never saw, of three
// letters or more, no plural's nor inflection's shape, is the surname (or
// given name) of prevKey, a word that may be a given name (givenLike, or
// one of two letters the model never saw), written before it pairs
// times: the sources write it after prevKey at least spanMinPairs times
// and in spanPairShare of its own uses, though prevKey stands alone as
// often ("gwyneth paltrow, 37, ... gwyneth and chris"), and, after no
// listed given name, use it where a surname stands (surnameUses; not a
// verb of saying right after the pair: "cruz staffer said"). A word the model knows may be a common one the name's
// word comes before ("cuban exiles"); so may one after a word of many
// stories ("Israeli airspace") or a brand ("Kraft macaroni").
func (m *Model) surnameAfter(src *sourceUses, prevKey, key string, pairs int) bool {
	if pairs < spanMinPairs || utf8.RuneCountInString(key) < 3 || unknownInflection(m, key) || m.mostlyLower(prevKey) {
		return false
	}
	if _, known := m.word(key); known || strings.HasSuffix(key, "s") {
		return false // "cuban exiles", "park rangers"
	}
	if _, known := m.word(prevKey); !m.givenLike(prevKey) && (known || utf8.RuneCountInString(prevKey) != 2) {
		return false // "Walmart greeter", "Israeli airspace"; "Xi" may be a name
	}
	if !lex.IsGivenName(prevKey) && src.surnameUses(key, false, prevKey) == 0 {
		return false // "Kraft macaroni", "Mars biota": a brand's or a place's noun
	}
	uses := 0
	for _, t := range src.seq {
		if t.key == key {
			uses++
		}
	}
	return float64(pairs) >= spanPairShare*float64(uses)
}

// Thresholds of nameSyllable: a word of at most syllableMaxLetters that
// the sources write after the word before it in at least syllableShare
// of its uses.
const (
	syllableMaxLetters = 3
	syllableShare      = 0.8
)

// nameSyllable reports whether toks[i], a short lower-case word, ends a
// name of three words with the two capitalised ones before it ("Kim Jong
// un", "Kim Jong il"): a word of syllableMaxLetters letters or fewer, no
// particle ("bin", "del") nor Common word ("A Denver man", "Barr hit
// him"), after a word cased text never writes lower-case and writes in
// few units (givenNameMaxUnits; no day or month, no people's word:
// "Russian spy") and after another capitalised word, that the sources
// write after the word before it at least spanMinPairs times and in
// syllableShare of its uses. The model's "un" and "il" are French and
// Italian words; the sources' "the un" is the U.N. and lowers the share.
func (m *Model) nameSyllable(src *sourceUses, text string, toks []token, outs []string, i int) bool {
	t, prev := toks[i], toks[i-1]
	if i < 2 || prev.initial || utf8.RuneCountInString(t.key) > syllableMaxLetters || calendarWords[prev.key] || m.Common(t.key) {
		return false
	}
	for _, r := range t.key {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	if particles[t.key] || t.key == "aka" || peopleWord(prev.key) {
		return false // "bin Salman", "del Rio"; "Russian spy"
	}
	if w, known := m.word(prev.key); known && (w.n[lowerCase] > 0 || int(w.units) > givenNameMaxUnits) {
		return false // "Browns fan", "Smirnoff ice": a word of many stories
	}
	first := toks[i-2]
	if cl, ok := class(outs[i-2]); !ok || cl == lowerCase || !spaced(text[first.end:prev.start], first.key) {
		return false
	}
	pairs, _ := src.pairCount(prev.key, t.key)
	if pairs < spanMinPairs {
		return false
	}
	uses := 0
	for _, s := range src.seq {
		if s.key == t.key {
			uses++
		}
	}
	return float64(pairs) >= syllableShare*float64(uses)
}
