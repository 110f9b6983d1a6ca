package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/truecase"
)

// This file belongs to the attribution stage, beside the surname rules
// (fullname.go, latername.go). A reader's summary may name a person by a
// given name alone ("Odile said the boat was late.", "..., said Odile.")
// where no sentence of it names them in full: the reader cannot tell
// who it is. The first such mention, outside a quotation and where a
// person stands (a subject, a possessive, the speaker after "said"), is
// written in full as the cluster's sources give it ("Odile Farrant said
// ..."); later ones are left, and none when another sentence writes the
// full name. The sources must pair the given name with one surname only,
// twice or as a word no common one, and never write the given name where
// it is someone's surname ("<given> odile", "pope odile", "sen. rand
// odile"); and the summary must not write that surname for anyone else:
// two relatives sharing it are told apart by their given names, which
// are left as they are.

// bareFirstBefore are words before a given name that introduce its
// bearer already or make it no person's first mention: a relative's or
// a role's word ("her son, Tobin,"), an article, an honorific.
var bareFirstBefore = lex.Set("the", "a", "an", "his", "her", "their", "our", "my", "your", "its",
	"mr", "mrs", "ms", "miss", "dr", "sen", "rep", "gov", "st", "saint", "pope", "king", "queen", "prince",
	"princess", "lady", "lord", "sir", "dame", "uncle", "aunt", "auntie", "brother", "sister", "baby",
	"little", "big", "young", "old", "named", "called", "dubbed", "nicknamed")

// bareFirstVerbs are the verbs after a given name, beside the verbs of
// saying and personAfter, that show its bearer as a clause's subject:
// "Odile was ...", "Odile has ...".
var bareFirstVerbs = lex.Set("is", "was", "has", "had", "will", "would", "says", "said", "told", "tells",
	"wrote", "writes", "added", "adds", "explained", "recalled", "tweeted", "posted")

// nameBareGivens writes in full the summary's first mention of a person
// by a listed given name alone (see the file comment). It runs on the
// cased summary (after truecasing), where names show their capitals,
// and before shortenRepeatedNames, which shortens a later full mention.
// words are the sentences' laterNameWords as nameFromLater left them,
// read here when nil.
func (c *cluster) nameBareGivens(sum *chorus.Summary, words [][]laterNameWord) {
	if words == nil {
		words = make([][]laterNameWord, len(sum.Sentences))
		for i := range sum.Sentences {
			words[i] = laterNameWords(sum.Sentences[i].Text)
		}
	}
	cand := false
	for i := range sum.Sentences {
		for _, w := range words[i] {
			if lex.IsGivenName(w.low) {
				cand = true
			}
		}
	}
	if !cand {
		return
	}
	seen := make(map[string]bool) // given names written before
	for i := range sum.Sentences {
		for k := 0; k < len(words[i]); k++ {
			w := words[i][k]
			g := w.low
			if !lex.IsGivenName(g) || seen[g] {
				continue
			}
			seen[g] = true
			text := sum.Sentences[i].Text
			if !laterNameUpper(text[w.start:w.end]) || !bareFirstAlone(text, words[i], k) || !bareFirstPerson(text, words[i], k) {
				continue
			}
			if laterNameQuoted(text, w.start) || bareFirstSingleQuoted(text, w.start) || bareFirstKin(words[i], k) && !bareFirstParent(text, words[i], k) {
				continue
			}
			sur := c.bareFirstSurname(g)
			if sur == "" && bareFirstParent(text, words[i], k) {
				sur = bareFirstSurnameIn(c.bareUnlistedCorpus(), g) // a caption's pair the candidates leave out
			}
			if sur == "" || bareFirstOther(words, g, sur) || bareFirstFull(words, g, sur) {
				continue
			}
			full := text[w.start:w.end] + " " + nameCase(sur)
			sum.Sentences[i].Text = text[:w.start] + full + text[w.end:]
			sum.Words++
			words[i] = laterNameWords(sum.Sentences[i].Text)
			k++ // the surname written
		}
	}
}

// bareFirstAlone reports whether ws[k], a given name in text, stands
// alone: no capitalised or name word right before it (a full name, a
// title: "Sen. Odile", "Mary Odile"), no introducing word
// (bareFirstBefore, a relative's word), and no capitalised word right
// after it in the same phrase ("Odile Farrant").
func bareFirstAlone(text string, ws []laterNameWord, k int) bool {
	if k > 0 {
		p := ws[k-1]
		gap := text[p.end:ws[k].start]
		joined := strings.TrimSpace(strings.Trim(gap, "\"“”'‘’")) == ""
		if joined && (laterNameUpper(text[p.start:p.end]) && k > 1 && !lex.ContainsAny(gap, "\"“”") ||
			bareFirstBefore[strings.TrimSuffix(p.low, ".")] || kinWords[p.low] || roleWords[p.low] ||
			lex.IsGivenName(p.low) || len(p.low) == 1) {
			return false
		}
		if k == 1 && joined && laterNameUpper(text[p.start:p.end]) && !lex.IsStopword(p.low) {
			return false // "Sen. Odile", "Aunt Odile" opening the sentence
		}
	}
	if k+1 < len(ws) {
		n := ws[k+1]
		gap := text[ws[k].end:n.start]
		if strings.TrimSpace(gap) == "" && (laterNameUpper(text[n.start:n.end]) || len(n.low) == 1) {
			return false
		}
		if laterNameAfter[n.low] || namesakeNouns[n.low] || lex.IsGivenName(n.low) {
			return false // "the Odile family", "Odile Street"
		}
	}
	return true
}

// bareFirstPerson reports whether ws[k] stands where a person does: with
// a possessive ("Odile's"), before a verb of saying or of a clause's
// subject with no preposition before ("Odile said", "Odile was"), or
// after a verb of saying at the clause's end ("..., said Odile.").
func bareFirstPerson(text string, ws []laterNameWord, k int) bool {
	w := ws[k]
	rest := text[w.end:]
	if strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
		return true
	}
	if k+1 < len(ws) && strings.TrimSpace(text[w.end:ws[k+1].start]) == "" && !bareFirstObject(text, ws, k) {
		n := ws[k+1].low
		if lex.IsAttributionVerb(n) || personAfter[n] || bareFirstVerbs[n] {
			return true
		}
	}
	if k > 0 && lex.IsAttributionVerb(ws[k-1].low) && strings.TrimSpace(text[ws[k-1].end:w.start]) == "" {
		r := strings.TrimLeft(rest, " ")
		return r == "" || lex.ContainsAny(r[:1], ".,;")
	}
	return false
}

// bareFirstObject reports whether a preposition stands right before
// ws[k] ("cakes by Odile would ..."): there the name is no clause's
// subject, whatever verb follows, but a phrase's or a title's end.
func bareFirstObject(text string, ws []laterNameWord, k int) bool {
	return k > 0 && prepositions[ws[k-1].low] && strings.TrimSpace(text[ws[k-1].end:ws[k].start]) == ""
}

// bareFirstSurname returns the one surname the cluster's sources write
// after the given name g (lower case), or "" when they write none, more
// than one, or g where it is itself a surname or a title's name ("<given>
// g", "pope g"). The surname must be no common word, and written after g
// twice or be a word cased text capitalises more often than not.
func (c *cluster) bareFirstSurname(g string) string {
	return bareFirstSurnameIn(c.lowerCorpus(), g)
}

// bareFirstSurnameIn is bareFirstSurname over corpus, lower-cased text
// whose sentences or articles each open with a space.
func bareFirstSurnameIn(corpus, g string) string {
	tc := truecase.Default()
	sur, n := "", 0
	ok := eachGivenUse(corpus, g, tc, func(_ int, x string, e int) bool {
		if x == "" || !bareFirstSurnameShaped(x, tc) {
			return true
		}
		if bareFirstMiddle(corpus, e, tc) {
			return false // "g x <surname>": x a middle name, or a role's name before an actor's
		}
		if sur != "" && x != sur {
			return false // two people, or a word the filter let through
		}
		sur = x
		n++
		return true
	})
	if !ok {
		return ""
	}
	if sur == "" || n < 2 && tc.MostlyLower(sur) {
		return ""
	}
	return sur
}

// eachGivenUse calls visit for each whole-word use of the given name g
// (lower case) in corpus, lower-cased text whose sentences each open with
// a space: with the index after g (end) and, when a space and a word
// follow, that word without a possessive (next) and the index after it
// (e); next is "" otherwise. It returns false as soon as g stands as a
// surname or a title's name (bareFirstAsSurname) or visit returns false.
func eachGivenUse(corpus, g string, tc *truecase.Model, visit func(end int, next string, e int) bool) bool {
	for idx := 0; ; {
		p := strings.Index(corpus[idx:], " "+g)
		if p < 0 {
			return true
		}
		p += idx
		idx = p + 1
		end := p + 1 + len(g)
		if end < len(corpus) && laterNameLetter(corpus[end]) {
			continue // a longer word
		}
		if bareFirstAsSurname(corpus, p, g, tc) {
			return false
		}
		if end >= len(corpus) || corpus[end] != ' ' {
			if !visit(end, "", end) { // punctuation or a possessive: no surname follows
				return false
			}
			continue
		}
		e := end + 1
		for e < len(corpus) && (laterNameLetter(corpus[e]) || corpus[e] == '-' || corpus[e] == '\'') {
			e++
		}
		if !visit(end, strings.TrimSuffix(strings.TrimSuffix(corpus[end+1:e], "'s"), "'"), e) {
			return false
		}
	}
}

// bareFirstAsSurname reports whether the given name at corpus[p+1:] stands
// after a word that opens a name there: a listed given name, a title, a
// role, or a word cased text writes capitalised ("<given> g", "pope g"),
// so that g is someone's surname or a title's name in the cluster.
func bareFirstAsSurname(corpus string, p int, g string, tc *truecase.Model) bool {
	q := p
	for q > 0 && (laterNameLetter(corpus[q-1]) || corpus[q-1] == '.') {
		q--
	}
	w := corpus[q:p]
	if w == "" {
		return false // punctuation before: a name may open there
	}
	t := strings.TrimSuffix(w, ".")
	if honorifics[t] || abbrevTitles[t] || titlesBefore[w] || titlesBefore[t] || roleWords[t] || lex.IsGivenName(t) {
		return true
	}
	if strings.HasSuffix(w, ".") {
		// An initial ("r.r. g", "j. g") opens a name; a sentence's end
		// does not.
		return len(t) == 1 || strings.Contains(t, ".")
	}
	if lex.IsStopword(t) || lex.IsAttributionVerb(t) || bareFirstVerbs[t] || notGiven[t] || kinWords[t] ||
		participleLike(t) || verbForm(t) || len(t) < 2 {
		return false
	}
	// A word after a title is a given name there ("sen. rand g"), and a
	// word the sources write before g twice is a name's or a title's part
	// ("rand g"), though cased text may write it lower-case.
	return bareFirstTitled(corpus, q) || !tc.MostlyLower(t) || strings.Count(corpus, " "+w+" "+g+" ") >= 2
}

// bareFirstTitled reports whether the word ending at corpus[:q-1] is a
// title ("sen.", "dr.", "president"): the word after it, at corpus[q:],
// opens a name.
func bareFirstTitled(corpus string, q int) bool {
	if q < 2 || corpus[q-1] != ' ' {
		return false
	}
	e := q - 1
	b := e
	for b > 0 && (laterNameLetter(corpus[b-1]) || corpus[b-1] == '.') {
		b--
	}
	w := corpus[b:e]
	t := strings.TrimSuffix(w, ".")
	return honorifics[t] || abbrevTitles[t] && strings.HasSuffix(w, ".") || titlesBefore[w] || titlesBefore[t]
}

// bareFirstSurnameShaped reports whether x, the word after a given name
// in the sources, may be a surname: letters, no stopword, verb, role or
// common word.
func bareFirstSurnameShaped(x string, tc *truecase.Model) bool {
	if len(x) < 2 || !laterNameLetter(x[0]) || !lettersOnly(strings.ReplaceAll(x, "'", "")) || lex.IsStopword(x) || lex.IsAttributionVerb(x) ||
		personAfter[x] || bareFirstVerbs[x] || notSurnameWords[x] || notGiven[x] || kinWords[x] ||
		participleLike(x) || adverbLike(x) || verbForm(x) || lex.IsGivenName(x) || generational[x] || tc.Common(x) {
		return false
	}
	return true
}

// bareFirstOther reports whether the summary writes sur (lower case)
// other than right after the given name g: another person of that
// surname, a relative the given name tells apart.
func bareFirstOther(words [][]laterNameWord, g, sur string) bool {
	for _, ws := range words {
		for k, w := range ws {
			if w.low == sur && (k == 0 || ws[k-1].low != g) {
				return true
			}
		}
	}
	return false
}

// bareFirstFull reports whether the summary names g sur in full in some
// sentence, before or after the bare mention: the reader learns the name
// there, and writing it twice would repeat it.
func bareFirstFull(words [][]laterNameWord, g, sur string) bool {
	for _, ws := range words {
		for k := 1; k < len(ws); k++ {
			if ws[k].low == sur && ws[k-1].low == g {
				return true
			}
		}
	}
	return false
}

// bareFirstSingleQuoted reports whether byte at of text stands inside a
// quotation in single marks the sentence opens with ("' Odile was right,'
// says a friend."): an odd number of marks before at that are no
// apostrophe between letters.
func bareFirstSingleQuoted(text string, at int) bool {
	t := strings.TrimLeft(text, " ")
	if !strings.HasPrefix(t, "'") && !strings.HasPrefix(t, "‘") {
		return false
	}
	n := 0
	for i, r := range text[:at] {
		if r != '\'' && r != '‘' && r != '’' {
			continue
		}
		j := i + len(string(r))
		if i > 0 && laterNameLetter(text[i-1]) && j < len(text) && laterNameLetter(text[j]) {
			continue // an apostrophe: "don't", "O'Brien"
		}
		n++
	}
	return n%2 != 0
}

// bareFirstKin reports whether a relative's word stands within three
// words before ws[k] or right after it ("his son, Tobin,", "Tobin's
// mother"): the sentence introduces the bearer through a relative, where
// two people of one family may share the surname.
func bareFirstKin(ws []laterNameWord, k int) bool {
	for j := max(0, k-3); j <= k+1 && j < len(ws); j++ {
		if j != k && kinWords[ws[j].low] {
			return true
		}
	}
	return false
}

// bareFirstMiddle reports whether the sources' word after a given name's
// surname-shaped follower, at corpus[e:], is surname-shaped too and no
// word cased text writes lower-case more often: "g x y" is a longer
// name ("<given> <middle> <surname>", a cast list's "<role> <actor>"),
// whose surname the rule cannot tell.
func bareFirstMiddle(corpus string, e int, tc *truecase.Model) bool {
	if e >= len(corpus) || corpus[e] != ' ' {
		return false
	}
	f := e + 1
	for f < len(corpus) && (laterNameLetter(corpus[f]) || corpus[f] == '-') {
		f++
	}
	y := corpus[e+1 : f]
	return (bareFirstSurnameShaped(y, tc) || lex.IsGivenName(y)) && !tc.MostlyLower(y)
}
