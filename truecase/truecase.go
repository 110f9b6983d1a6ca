// Package truecase restores the capitals of text that was lower-cased
// ("the oxfam shop in swansea" → "the Oxfam shop in Swansea"). It sits at
// the end of the summary pipeline: after the summary of a lower-cased
// cluster is chosen and written, its words are given the case a cased
// source would have written them in.
//
// The model is statistical, in the manner of Lita et al. (2003) and the
// Moses truecaser: for each lower-cased word, how often cased text writes
// it lower-case, Capitalised, in CAPITALS or mixed ("McCain"), counted
// only where no sentence or quotation may open; and for words written
// both ways, the same counts beside each neighbouring word ("white house",
// "may 5"). A word is raised only when that evidence is strong; nothing is
// ever lowered, and no letter changes but in case. The embedded model is
// learned from cased development text (go generate; see gen.go) and holds
// only word and word-pair counts, the names of several words it writes
// capitalised as a whole ("Department of Agriculture", phrase.go) and the
// proper nouns of a spelling word list (SCOWL), raised when the cased text
// never saw them. A lower-cased
// text's own sentence openings (Names.AddSource) show its names too.
package truecase

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus/internal/lex"
)

// Case classes of a written word.
const (
	lowerCase = iota // "house"
	titleCase        // "House", "I"
	upperCase        // "NATO", "U.S."
	mixedCase        // "McCain", "iPhone"
	numClasses
)

// noLetter is the class Apply notes for a word without a letter (class
// gives it lowerCase, not ok).
const noLetter = -1

// word holds a word's counts per case class, the numbers of units (texts
// or stories) that write it capitalised and lower-case, and its commonest
// mixed form.
type word struct {
	n               [numClasses]uint32
	units, lowUnits uint32
	mixed           string
}

// share returns the share of capitalised uses of w: of its uses or of the
// units using it, whichever is less ("the" is capitalised in most stories
// but seldom; one story's "Snake" often, but in no other story).
func (w word) share() float64 {
	c := float64(w.capital())
	byUse := (c + 0.5) / (c + float64(w.n[lowerCase]) + 1)
	byUnit := (float64(w.units) + 0.5) / float64(w.units+w.lowUnits+1)
	return min(byUse, byUnit)
}

func (w word) capital() uint32 { return w.n[titleCase] + w.n[upperCase] + w.n[mixedCase] }

// pair holds a word's lower-case and capitalised counts beside one
// neighbour.
type pair struct{ lower, capital uint32 }

// Default thresholds of a Model: a word is raised when at least MinCount
// units (texts or stories, Learner) capitalise it and the odds say capital with at least
// MinShare probability.
const (
	DefaultMinCount = 2
	DefaultMinShare = 0.8
)

// Model is a truecasing model: word and word-pair case counts. The zero
// value knows no word and raises nothing.
type Model struct {
	words map[string]word
	left  map[string]pair // key: previous word's context, "\x00", word
	right map[string]pair // key: word, "\x00", next word's context
	// proper holds the proper nouns of a word list (AddWordList).
	proper map[string]bool
	// phrases holds the names of several words cased text capitalises
	// as a whole (phrase.go), by their keys joined by spaces.
	phrases map[string]phrase
	// tables holds the words, pairs and proper nouns of a model Read
	// decoded, instead of the maps (table.go).
	tables *tables

	// MinCount and MinShare are the thresholds of Apply; zero means
	// DefaultMinCount and DefaultMinShare.
	MinCount int
	MinShare float64
}

// Len returns the number of words and word pairs the model holds.
func (m *Model) Len() (words, pairs int) {
	if t := m.tables; t != nil {
		return t.words.n, t.left.n + t.right.n
	}
	return len(m.words), len(m.left) + len(m.right)
}

// word returns the counts of the word key and whether the model holds it.
func (m *Model) word(key string) (word, bool) {
	if m.tables != nil {
		return m.tables.word(key)
	}
	w, ok := m.words[key]
	return w, ok
}

// Known reports whether the model holds the lower-case word w and, if so,
// whether it writes w with a capital more often than not: "balm" is
// known and lower-case, "steelers" known and capitalised.
func (m *Model) Known(w string) (known, capital bool) {
	x, ok := m.word(w)
	return ok, ok && x.share() >= 0.5
}

// class returns the case class of a written word and whether it has a
// letter at all.
func class(w string) (int, bool) {
	if cl, ok, ascii := classASCII(w); ascii {
		return cl, ok
	}
	return classRunes(w)
}

// classASCII is class for an ASCII word, read byte by byte; ascii is
// false, and the rest meaningless, when w holds a byte of 0x80 or more.
func classASCII(w string) (cl int, ok, ascii bool) {
	var letters, upper int
	firstUpper := false
	for i := 0; i < len(w); i++ {
		b := w[i]
		switch {
		case b >= utf8.RuneSelf:
			return 0, false, false
		case 'a' <= b && b <= 'z':
			letters++
		case 'A' <= b && b <= 'Z':
			if letters == 0 {
				firstUpper = true
			}
			upper++
			letters++
		}
	}
	switch {
	case letters == 0:
		return lowerCase, false, true
	case upper == 0:
		return lowerCase, true, true
	case upper == letters && letters > 1:
		return upperCase, true, true
	case firstUpper && upper == 1:
		return titleCase, true, true
	}
	return mixedCase, true, true
}

// classRunes is class read rune by rune, for any word.
func classRunes(w string) (int, bool) {
	var letters, upper int
	firstUpper := false
	for _, r := range w {
		if !unicode.IsLetter(r) {
			continue
		}
		if unicode.IsUpper(r) {
			if letters == 0 {
				firstUpper = true
			}
			upper++
		}
		letters++
	}
	switch {
	case letters == 0:
		return lowerCase, false
	case upper == 0:
		return lowerCase, true
	case upper == letters && letters > 1:
		return upperCase, true
	case firstUpper && upper == 1:
		return titleCase, true
	}
	return mixedCase, true
}

// context is how a neighbour is known in a pair: a word opening with a
// digit is "0" ("may 5", "13th").
func context(key string) string {
	r, _ := utf8.DecodeRuneInString(key)
	if unicode.IsDigit(r) {
		return "0"
	}
	return key
}

// Names is in-text evidence: words a text already writes capitalised
// where no sentence opens (a name a rule wrote in full, a speaker's
// name), each with the form written, and the pairs of such words written
// side by side. Apply raises the same words elsewhere in the text. A
// Names, and its copies, are for one goroutine at a time: Apply counts
// its sources' uses on first need.
type Names struct {
	forms map[string]string
	pairs map[string]bool
	// loose holds the words of forms that are evidence beside their
	// pairs alone: common words raised beside a name (AddRaised).
	loose map[string]bool

	// src holds what the lower-cased source texts show (AddSource); a
	// copy of Names shares it.
	src *sourceUses

	// split holds the words (tokens) of each text read (AddSource, Add,
	// AddName, Apply), so that a text is split once: a summary's sentence
	// is added and then applied, and is often a source's text as well.
	// A copy made after the first text read shares it.
	split map[string][]token
}

// tokens returns the words of text, split once per Names (split).
func (n *Names) tokens(text string) []token {
	if n == nil {
		return tokens(text)
	}
	if toks, ok := n.split[text]; ok {
		return toks
	}
	if n.split == nil {
		n.split = make(map[string][]token)
	}
	toks := tokens(text)
	n.split[text] = toks
	return toks
}

// sourceUses is how the lower-cased source texts use their words: the
// sentences a word opens capitalised, and its lower-case uses where no
// sentence opens, kept in order and counted only for the words opening
// sourceMinStarts sentences (all sourceName reads) when first read.
type sourceUses struct {
	starts  map[string]int
	midKeys []string
	seq     []srcTok       // every word of the sources, in order (namespan.go)
	mids    map[string]int // nil until read after the last AddSource
}

// AddSource records how a lower-cased source text (one whose only
// capitals open sentences) uses its words: a word that opens many of its
// sentences and seldom stands lower-case inside one is a name ("Adele is
// back ... queen adele"), when the model knows little of it (sourceName).
// Apply reads these counts of the Names it is given.
func (n *Names) AddSource(text string) {
	if n.src == nil {
		n.src = &sourceUses{starts: map[string]int{}}
	}
	src := n.src
	src.mids = nil
	toks := n.tokens(text)
	for j, t := range toks {
		st := srcTok{key: t.key}
		if t.initial {
			st.flags |= srcInitial
		}
		if j+1 < len(toks) && strings.IndexByte(text[t.end:toks[j+1].start], ',') >= 0 {
			st.flags |= srcComma
		}
		src.seq = append(src.seq, st)
		cl, ok := class(text[t.start:t.end])
		switch {
		case !ok:
		case t.initial && cl == titleCase:
			src.starts[t.key]++
		case !t.initial && cl == lowerCase:
			src.midKeys = append(src.midKeys, t.key)
		}
	}
}

// GrowSource makes room for words more words of source texts (AddSource),
// so that the sources' words are stored without growing their list
// again and again: a cluster's candidates hold thousands.
func (n *Names) GrowSource(words int) {
	if n.src == nil {
		n.src = &sourceUses{starts: map[string]int{}}
	}
	n.src.seq = slices.Grow(n.src.seq, words)
}

// counts returns the sentences the sources open with key capitalised and,
// when those are at least sourceMinStarts, key's lower-case uses where no
// sentence opens.
func (src *sourceUses) counts(key string) (starts, mids int) {
	starts = src.starts[key]
	if starts < sourceMinStarts {
		return starts, 0
	}
	if src.mids == nil {
		src.mids = map[string]int{}
		for _, k := range src.midKeys {
			if src.starts[k] >= sourceMinStarts {
				src.mids[k]++
			}
		}
	}
	return starts, src.mids[key]
}

// Add records the capitalised words of text that stand where no sentence
// opens.
func (n *Names) Add(text string) { n.add(text, false) }

// AddName records every capitalised word of a name ("Lena Marsh").
func (n *Names) AddName(name string) { n.add(name, true) }

func (n *Names) add(text string, name bool) { n.addMasked(text, name, nil) }

// addMasked is add, where the words of text that common (nil for none)
// marks are evidence beside their neighbours alone (loose), unless the
// text holds them elsewhere unmarked.
func (n *Names) addMasked(text string, name bool, common []bool) {
	if n.forms == nil {
		n.forms, n.pairs = map[string]string{}, map[string]bool{}
	}
	toks := n.tokens(text)
	if common != nil && len(common) != len(toks) {
		common = nil
	}
	prevCap := -1
	for i, t := range toks {
		cl, ok := class(text[t.start:t.end])
		if !ok || cl == lowerCase || strings.ContainsRune(t.key, '.') || t.key == "i" {
			prevCap = -1
			continue
		}
		if t.initial && !name {
			// A sentence's first word is a name when a capitalised word
			// follows it ("Lena Dunham did ..."), but not a pair to raise
			// a common word by.
			if i+1 < len(toks) && !toks[i+1].initial && !lex.IsStopword(t.key) {
				if c, _ := class(text[toks[i+1].start:toks[i+1].end]); c != lowerCase {
					if _, seen := n.forms[t.key]; !seen {
						n.forms[t.key] = text[t.start:t.end]
					}
				}
			}
			prevCap = -1
			continue
		}
		if _, seen := n.forms[t.key]; !seen {
			n.forms[t.key] = text[t.start:t.end]
			if common != nil && common[i] {
				if n.loose == nil {
					n.loose = map[string]bool{}
				}
				n.loose[t.key] = true
			}
		} else if common == nil || !common[i] {
			delete(n.loose, t.key)
		}
		if prevCap == i-1 && !t.initial {
			n.pairs[toks[i-1].key+"\x00"+t.key] = true
		}
		prevCap = i
	}
}

// Apply returns text with its lower-case words raised to the case the
// model (and names, which may be nil) gives them. Words with a capital
// letter are kept as written; letters change only in case.
func (m *Model) Apply(text string, names *Names) string {
	toks := names.tokens(text)
	if len(toks) == 0 {
		return text
	}
	outs := make([]string, len(toks))
	// spanClass holds each word's case class as written, noLetter for a
	// word without a letter: the rules below read it for the words outs
	// still writes as text does, instead of classing them again.
	var classBuf [64]int8
	spanClass := classBuf[:0]
	if len(toks) > len(classBuf) {
		spanClass = make([]int8, 0, len(toks))
	}
	words := tokenWords{m: m, toks: toks}
	var lookBuf [64]wordLook
	if len(toks) <= len(lookBuf) {
		words.looks = lookBuf[:len(toks)]
	} else {
		words.looks = make([]wordLook, len(toks))
	}
	for i, t := range toks {
		span := text[t.start:t.end]
		outs[i] = span
		cl, ok := class(span)
		if !ok {
			spanClass = append(spanClass, noLetter)
			continue
		}
		spanClass = append(spanClass, int8(cl))
		if cl != lowerCase {
			continue
		}
		if utf8.RuneCountInString(t.key) == 1 && t.key != "i" && !strings.HasPrefix(text[t.end:], ".") {
			continue // a letter alone, "i ' m": only "i" and an initial ("m.")
		}
		prev, next := "", ""
		if i > 0 && !t.initial {
			prev = context(toks[i-1].key)
		}
		if i+1 < len(toks) && !toks[i+1].initial {
			next = context(toks[i+1].key)
		}
		// The word's counts, looked up once for the tests below and
		// completePhrases.
		w, known := words.at(i)
		out := m.raise(span, t.key, prev, next, w, known)
		if out != span && m.thinCommon(text, toks, i, w, names) {
			out = span // "the eagle appears": a common noun the cased text saw too seldom (thincommon.go)
		}
		if out == span && names != nil {
			out = m.fromNames(span, t.key, prev, next, names, w, known)
		}
		if out == span && i > 0 && !t.initial && m.surname(text, toks, outs, i) {
			out = write(span, word{})
		}
		if out == span && i > 0 && !t.initial && honorificSurname(text, toks, i) {
			out = writeName(span)
		}
		if out == span && m.properNounOf(t.key, w, known) {
			out = write(span, w)
		}
		if out == span && acronym(t.key, w, known) && !inName(text, toks, outs, i) {
			// "ioc": one story wrote it, always in capitals; not a
			// surname.
			out = strings.ToUpper(span)
		}
		if out == span && m.sourceName(t.key, names, w, known) {
			out = write(span, word{})
		}
		if out == span && !(known && w.lowerMostly()) {
			if celtic, ok := writeCeltic(span); ok && len(span) >= 5 {
				out = celtic // "mcbrannigan": a surname, though unknown
			}
		}
		if out != span && strings.ToLower(out) == strings.ToLower(span) {
			outs[i] = out
		}
	}
	m.raisePhrases(text, toks, outs)
	m.completePhrases(text, toks, outs, spanClass, &words)
	m.raiseGivenNames(text, toks, outs)
	spans := m.raiseNameSpans(text, toks, outs, names)
	if m.raiseWordGivenNames(text, toks, outs, names) {
		spans = true
	}
	titled := m.raiseTitles(text, toks, outs)
	if m.raisePairs(text, toks, outs, spanClass) || titled || spans {
		m.completePhrases(text, toks, outs, spanClass, &words) // "vice President Lane"
	}
	raiseChiefTitles(text, toks, outs) // "chief Justice Roy Hale" -> "Chief Justice Roy Hale" (chieftitle.go)
	for i, t := range toks {
		if spanClass[i] == titleCase && outs[i] == text[t.start:t.end] {
			outs[i] = m.reshape(text, toks, outs, i, names)
		}
	}
	var b strings.Builder
	last := 0
	for i, t := range toks {
		if outs[i] == text[t.start:t.end] {
			continue
		}
		if b.Len() == 0 {
			b.Grow(len(text))
		}
		b.WriteString(text[last:t.start])
		b.WriteString(outs[i])
		last = t.end
	}
	if last == 0 {
		return text
	}
	b.WriteString(text[last:])
	return b.String()
}

// tokenWords holds the model's counts of the words of one text (toks),
// each looked up on first need: Apply's tests and completePhrases read a
// word's counts several times.
type tokenWords struct {
	m     *Model
	toks  []token
	looks []wordLook
}

// wordLook is a word's counts as m.word returns them, once looked up.
type wordLook struct {
	w             word
	known, looked bool
}

// at returns m.word of the key of toks[i].
func (t *tokenWords) at(i int) (word, bool) {
	l := &t.looks[i]
	if !l.looked {
		l.w, l.known = t.m.word(t.toks[i].key)
		l.looked = true
	}
	return l.w, l.known
}

// reshape returns the word toks[i] of text, written with its first
// letter alone capitalised, in the capitals or mixed case cased text
// writes it in, when the model raises the word there (between the
// contexts prev and next):
//   - in mixed case ("Mccain" → "McCain", "Youtube" → "YouTube") when
//     cased text writes it so more often than any other capitalised way,
//     or as a "Mc" or "O'" name when the model does not know the word;
//   - in CAPITALS ("U.s." → "U.S.", "Nasa" → "NASA") only where a
//     sentence or quotation opens, where Multi-News capitalises its first
//     letter alone, when cased text writes it in capitals at least
//     upperMinUses times and upperRatio times as often as capitalised
//     (a dotted word however often): a surname some cased text wrote in
//     capitals ("Stevens said") is kept, and so is a listed given name, a
//     word names (which may be nil) writes capitalised alone, a name of
//     this text, and a word fewer than upperNameUnits units write in
//     capitals before a word outs writes capitalised ("Abby Phillip").
//
// Letters are only ever raised; the word is returned as written otherwise.
func (m *Model) reshape(text string, toks []token, outs []string, i int, names *Names) string {
	t := toks[i]
	span := text[t.start:t.end]
	if t.key == "i" {
		return span
	}
	prev, next := "", ""
	if i > 0 && !t.initial {
		prev = context(toks[i-1].key)
	}
	if i+1 < len(toks) && !toks[i+1].initial {
		next = context(toks[i+1].key)
	}
	low := strings.ToLower(span)
	out := span
	w, known := m.word(t.key)
	other := w.n[titleCase] + w.n[mixedCase]
	switch {
	case !known:
		if celtic, ok := writeCeltic(low); ok && len(span) >= 5 {
			out = celtic // "Mcbrannigan": a surname, though unknown
		}
	case w.n[mixedCase] > w.n[titleCase]+w.n[upperCase]:
		if m.capital(w, t.key, prev, next) {
			out = write(low, w)
		}
	case t.initial && w.n[upperCase] > other:
		if !strings.Contains(t.key, ".") && (w.n[upperCase] < upperMinUses || w.n[upperCase] < upperRatio*other) {
			return span
		}
		if lex.IsGivenName(t.key) {
			return span
		}
		if i+1 < len(toks) && !toks[i+1].initial && int(w.units) < upperNameUnits {
			if cl, _ := class(outs[i+1]); cl == titleCase {
				return span // "Abby Phillip reports": a name, few stories' capitals
			}
		}
		if names != nil {
			if f, ok := names.forms[t.key]; ok {
				if cl, _ := class(f); cl == titleCase {
					return span
				}
			}
		}
		if m.capital(w, t.key, prev, next) {
			out = write(low, w)
		}
	}
	if out == span || !raisedOnly(span, out) {
		return span // most words: nothing to reshape, no runes decoded
	}
	return out
}

// Thresholds of reshape for a word in CAPITALS: cased text writes it so
// at least upperMinUses times, and upperRatio times as often as any other
// capitalised way.
const (
	upperMinUses = 3
	upperRatio   = 5
	// upperNameUnits is how many units must write the word in capitals
	// when a capitalised word follows it, as a surname follows a given
	// name.
	upperNameUnits = 5
)

// raisedOnly reports whether out is span with none, some or all of its
// lower-case letters raised, and no letter lowered.
func raisedOnly(span, out string) bool {
	a, b := []rune(span), []rune(out)
	if len(a) != len(b) {
		return false
	}
	for i, r := range a {
		if b[i] != r && (unicode.IsUpper(r) || unicode.ToUpper(r) != b[i]) {
			return false
		}
	}
	return true
}

// phraseShare is the least capitalised share, beside a capitalised word,
// of a word completing a name: "world" before "Health Organization".
const phraseShare = 0.5

// completePhrases raises the lower-case words of outs that cased text
// capitalises beside the capitalised word next to them at least
// phraseShare of the time ("the world Health Organization" → "the World
// Health Organization"), until no more are raised.
//
// spanClass holds the words' classes as text writes them, and words
// their counts (Apply).
func (m *Model) completePhrases(text string, toks []token, outs []string, spanClass []int8, words *tokenWords) {
	capital := func(i int) bool {
		if i < 0 || i >= len(toks) {
			return false
		}
		if toks[i].initial && spanClass[i] > lowerCase {
			return false // a sentence's first word as written says nothing, reshaped or not ("CNN star")
		}
		cl, ok := class(outs[i])
		return ok && cl != lowerCase
	}
	for changed := true; changed; {
		changed = false
		for i, t := range toks {
			if spanClass[i] != lowerCase || outs[i] != text[t.start:t.end] {
				continue
			}
			w, ok := words.at(i)
			if !ok || int(w.units) < m.minCount() {
				continue
			}
			if w.share() < minPrior {
				continue
			}
			var p pair
			found := false
			if capital(i+1) && !toks[i+1].initial {
				p, found = m.rightPair(t.key, context(toks[i+1].key))
			}
			if (!found || 2*p.capital < p.lower+p.capital) && capital(i-1) && !t.initial {
				p, found = m.leftPair(context(toks[i-1].key), t.key)
			}
			if !found || float64(p.capital) < phraseShare*float64(p.capital+p.lower) {
				if !m.besideCapital(text, toks, i, capital) {
					continue
				}
			}
			outs[i] = write(outs[i], w)
			changed = true
		}
	}
}

// Thresholds of besideCapital: a word cased text capitalises beside any
// capitalised word in at least besideShare of at least besideMinUnits
// units.
const (
	besideShare    = 0.8
	besideMinUnits = 10
	// besideInitialUnits is besideMinUnits for an initial.
	besideInitialUnits = 5
)

// besideCapital reports whether the lower-case word toks[i], beside a
// capitalised word (capital tells which are), is capitalised there by
// cased text on the whole, whatever the capitalised word
// ("president" before a name, "school" after one).
func (m *Model) besideCapital(text string, toks []token, i int, capital func(int) bool) bool {
	key := toks[i].key
	minUnits := uint32(besideMinUnits)
	if utf8.RuneCountInString(key) == 1 {
		if !strings.HasPrefix(text[toks[i].end:], ".") || key == "v" {
			return false // a letter alone, but for an initial ("<Given> s. <Surname>"; not "<Name> v. <Name>")
		}
		// The name after an initial may stand as if a sentence opened
		// there: the name before it alone decides.
		minUnits = besideInitialUnits
	} else if lex.IsStopword(key) || m.inflected(key) {
		return false // "told us <Name>", "filed <Month>"
	}
	var c, n uint32
	if capital(i+1) && !toks[i+1].initial && spaced(text[toks[i].end:toks[i+1].start], key) && !calendarWords[toks[i+1].key] {
		if p, ok := m.pairOf(true, key, capitalContext); ok {
			c, n = c+p.capital, n+p.capital+p.lower
		}
	}
	if capital(i-1) && !toks[i].initial && spaced(text[toks[i-1].end:toks[i].start], toks[i-1].key) && !(i > 1 && (toks[i-2].key == "a" || toks[i-2].key == "an")) {
		if p, ok := m.pairOf(false, capitalContext, key); ok {
			c, n = c+p.capital, n+p.capital+p.lower
		}
	}
	return n >= minUnits && float64(c) >= besideShare*float64(n)
}

// calendarWords, capitalised, say nothing of the word before them ("goes
// public Thursday").
var calendarWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "june": true, "july": true, "august": true,
	"september": true, "october": true, "november": true, "december": true, "jan.": true, "feb.": true, "aug.": true,
	"sept.": true, "oct.": true, "nov.": true, "dec.": true,
}

// minCount returns m.MinCount or its default.
func (m *Model) minCount() int {
	if m.MinCount <= 0 {
		return DefaultMinCount
	}
	return m.MinCount
}

// glued reports whether key is two words run together at an apostrophe
// ("in'the", "jobs'death"), not a name like "o'neil" or "d'angelo".
func glued(key string) bool {
	before, _, ok := strings.Cut(strings.ReplaceAll(key, "’", "'"), "'")
	return ok && utf8.RuneCountInString(before) > 1
}

// inflected reports whether key is an inflection of a word cased text
// writes lower-case: "criticised", "sipped", "fanned", "quickly".
func (m *Model) inflected(key string) bool {
	for _, suffix := range []string{"ed", "ly"} {
		stem, ok := strings.CutSuffix(key, suffix)
		if !ok || len(stem) < 3 {
			continue
		}
		cands := []string{stem, stem + "e", strings.Replace(stem, "is", "iz", 1), strings.Replace(stem, "is", "iz", 1) + "e"}
		if n := len(stem); stem[n-1] == stem[n-2] {
			cands = append(cands, stem[:n-1]) // "sipped", "strutted"
		}
		if strings.HasSuffix(stem, "i") {
			cands = append(cands, stem[:len(stem)-1]+"y") // "carried"
		}
		for _, c := range cands {
			if m.mostlyLower(c) {
				return true
			}
		}
	}
	return false
}

// raiseGivenNames raises the lower-case given names of outs (lex's list,
// which leaves out names that are common words) that cased text does not
// write lower-case more often than capitalised, when a capitalised word
// or a surname follows: "marissa Mayer" → "Marissa Mayer", "chelsea
// quarry" → "Chelsea Quarry" when the model never saw "quarry" lower-case.
func (m *Model) raiseGivenNames(text string, toks []token, outs []string) {
	lowerAt := func(i int) bool {
		cl, ok := class(outs[i])
		return ok && cl == lowerCase
	}
	for i := 0; i+1 < len(toks); i++ {
		t, next := toks[i], toks[i+1]
		if !lowerAt(i) || next.initial || !lex.IsGivenName(t.key) || m.mostlyLower(t.key) {
			continue
		}
		if lowerAt(i + 1) {
			if lex.IsStopword(next.key) || m.inflected(next.key) || glued(next.key) {
				continue
			}
			if w, ok := m.word(next.key); ok && w.capital() <= w.n[lowerCase] {
				continue
			}
		}
		outs[i] = write(outs[i], word{})
		if lowerAt(i+1) && m.surname(text, toks, outs, i+1) {
			outs[i+1] = write(outs[i+1], word{})
		}
	}
}

// surname reports whether toks[i] of text, after a given name outs
// writes capitalised, is that person's surname: a word cased text never
// wrote lower-case more often than capitalised ("mike pence" → "Mike
// Pence"), or, right after a given name that opens the name, one it
// does not write lower-case as a rule (Common) nor after a capitalised
// word ("stephen hawking" → "Stephen Hawking", not "Jason speaks").
func (m *Model) surname(text string, toks []token, outs []string, i int) bool {
	prevKey, key := toks[i-1].key, toks[i].key
	if cl, _ := class(outs[i-1]); cl != titleCase || !lex.IsGivenName(prevKey) || lex.IsStopword(key) {
		return false
	}
	for _, r := range key {
		if !unicode.IsLetter(r) && r != '\'' && r != '’' && r != '-' {
			return false
		}
	}
	if m.inflected(key) {
		return false // "Cameron criticised ...": a verb, not a surname
	}
	if glued(key) {
		return false
	}
	w, ok := m.word(key)
	if !ok || w.capital() > w.n[lowerCase] {
		return true
	}
	if m.Common(key) || !spaced(text[toks[i-1].end:toks[i].start], prevKey) {
		return false // "Wesley Mitchell, police chief"
	}
	if i > 1 && !toks[i-1].initial && !toks[i-2].initial {
		if cl, _ := class(outs[i-2]); cl != lowerCase {
			return false // the given name is itself a surname: "the Stephen Lawrence inquiry"
		}
	}
	if i > 1 && utf8.RuneCountInString(toks[i-2].key) == 1 && spaced(text[toks[i-2].end:toks[i-1].start], toks[i-2].key) && strings.HasPrefix(text[toks[i-2].end:], ".") {
		return false // after an initial, the given name is the surname: "R. Kelly music"
	}
	stem, verb := strings.CutSuffix(key, "s")
	if verb && m.Common(stem) || strings.HasSuffix(key, "ed") || strings.HasSuffix(key, "ly") {
		return false // "Lindsay falls", "Paul likened", "Dina vehemently"
	}
	if p, ok := m.leftPair(capitalContext, key); ok {
		return p.capital >= p.lower
	}
	return !verb || !m.mostlyLower(stem) // not "Jason speaks"
}

// raise returns span (lower-case, known as key, between neighbours prev
// and next: "" for none) in the case the model gives it; w and known are
// m.word(key).
func (m *Model) raise(span, key, prev, next string, w word, known bool) string {
	if known && m.capital(w, key, prev, next) {
		return write(span, w)
	}
	if !strings.Contains(key, "-") || known && w.lowerMostly() {
		return span
	}
	// "anti-trump": each part on its own word counts.
	parts := strings.Split(span, "-")
	changed := false
	var acronyms []int // parts that are acronyms (acronym)
	for i, p := range parts {
		w, ok := m.word(strings.ToLower(p))
		if !ok {
			if _, letter := class(p); letter {
				return span // a part the model does not know: "obi-wan"
			}
			continue
		}
		if 0 < i && i < len(parts)-1 && (utf8.RuneCountInString(p) <= 2 || lex.IsStopword(strings.ToLower(p))) {
			continue // a particle inside: "port-au-prince", "round-the-clock"
		}
		if m.capital(w, strings.ToLower(p), "", "") {
			parts[i] = write(p, w)
			changed = true
		} else if acronym(strings.ToLower(p), w, true) {
			acronyms = append(acronyms, i)
		}
	}
	// An acronym as a part ("isis-style", "pro-dvd") is raised as it is
	// alone, unless the compound is a name ("yat-sen", whose "sen" a name
	// raised) or a game's ("pac-man"). Measured against 0dda51f:
	// Multi-News validation 6 summaries change, train 1-38,000 17, all
	// read, all better ("ISIS-controlled", "DVD-rental", "pro-ISIS");
	// without the two guards train read 5 worse ("YAT-Sen", "PAC-man").
	if !changed && !strings.HasSuffix(key, "-man") {
		for _, i := range acronyms {
			parts[i] = strings.ToUpper(parts[i])
			changed = true
		}
	}
	if !changed {
		return span
	}
	return strings.Join(parts, "-")
}

// capital reports whether the word w (key) between prev and next is
// written capitalised: the unigram odds, times the likelihood ratio of
// each pair the model holds, reach MinShare, on at least MinCount
// capitalised uses.
func (m *Model) capital(w word, key, prev, next string) bool {
	minCount, minShare := m.MinCount, m.MinShare
	if minCount <= 0 {
		minCount = DefaultMinCount
	}
	if minShare <= 0 {
		minShare = DefaultMinShare
	}
	p0 := w.share()
	if int(w.units) < minCount || p0 < minPrior {
		return false // before the pairs: most words end here, unlooked-up
	}
	prior := p0 / (1 - p0)
	odds := prior
	left, hasLeft := m.leftPair(prev, key)
	right, hasRight := m.rightPair(key, next)
	for k, p := range [2]pair{left, right} {
		if k == 0 && !hasLeft || k == 1 && !hasRight {
			continue
		}
		// A pair's share, drawn toward the word's own by pairWeight
		// uses: a pair seen three times does not outweigh thousands.
		q := (float64(p.capital) + pairWeight*p0) / (float64(p.capital+p.lower) + pairWeight)
		odds *= q / (1 - q) / prior
	}
	if odds/(1+odds) < minShare {
		return false
	}
	// Raised by the word before it, a word cased text writes lower-case
	// more often than not, capitalised as a name's first word before
	// another capitalised one ("in New York"),
	// is not one before a common word cased text never wrote after it:
	// "show up in new places" (an acronym is: "the US were").
	if p0 >= 0.5 || !hasLeft || hasRight || next == "" || w.n[titleCase] < w.n[upperCase]+w.n[mixedCase] || !m.mostlyLower(next) {
		return true
	}
	first, ok := m.pairOf(true, key, capitalContext) // "May" stands alone ("in May, ...")
	return !ok || first.capital <= first.lower
}

// minPrior is the least share of capitalised uses of a word that a pair
// may raise: "the", "will" and "of" stay lower-case beside any word.
const minPrior = 0.02

// pairWeight is how many uses of the word alone a pair's counts are
// weighed against.
const pairWeight = 4

// leftPair and rightPair return the counts of the pair a, b of the
// model's left or right pairs, and false when a or b is "" (no
// neighbour) or the model does not hold the pair. The counts are
// returned by value: a pointer to them moved each found pair to the heap.
func (m *Model) leftPair(a, b string) (pair, bool) { return m.pairOf(false, a, b) }

func (m *Model) rightPair(a, b string) (pair, bool) { return m.pairOf(true, a, b) }

func (m *Model) pairOf(right bool, a, b string) (pair, bool) {
	if a == "" || b == "" {
		return pair{}, false
	}
	// The key is built on the stack: a look-up by string(bytes) does
	// not allocate.
	var buf [64]byte
	key := append(append(append(buf[:0], a...), 0), b...)
	var p pair
	var ok bool
	switch {
	case m.tables != nil && right:
		p, ok = m.tables.right.pair(string(key))
	case m.tables != nil:
		p, ok = m.tables.left.pair(string(key))
	case right:
		p, ok = m.right[string(key)]
	default:
		p, ok = m.left[string(key)]
	}
	return p, ok
}

// fromNames raises span when names writes it capitalised: beside a word
// it is written with there, after a title, or alone when the model does
// not hold the word mostly lower-case and it is no title (titles but
// royalTitles) before a stopword, a word the model holds mostly
// lower-case or nothing.
//
// w and known are m.word(key).
func (m *Model) fromNames(span, key, prev, next string, names *Names, w word, known bool) string {
	form, ok := names.forms[key]
	if !ok || strings.ToLower(form) != key {
		return span
	}
	if names.pairs[prev+"\x00"+key] && !m.mostlyLower(prev) || names.pairs[key+"\x00"+next] && !m.mostlyLower(next) {
		return form // "will" beside the "smith" of a written "Will Smith"
	}
	if names.loose[key] && looseBefore[prev] && names.forms[next] == "" {
		return span // "ferry" raised in "Marlow Ferry line", after "the" or "two" alone: "two ferry crew"
	}
	if titleAbbrevs[strings.TrimSuffix(prev, ".")] {
		return form // "Mr. Lane" written, "mr. lane" here
	}
	if titles[key] && !royalTitles[key] && (next == "" || lex.IsStopword(next) || m.mostlyLower(next)) {
		return span // a title before no name: "a state senator testified", "the minister of ..."
	}
	if known && w.capital() >= w.n[lowerCase] {
		return form
	}
	if !known {
		return form // a word cased text never wrote: a name of this story
	}
	return span
}

// AddWordList adds to m the proper nouns of a spelling word list (SCOWL,
// as Debian's wamerican): the words of letters alone it holds only
// capitalised, with no lower-case form beside them ("Tulsa", not "tulsa",
// "Bill" beside "bill"). A word the list holds in capitals or mixed case
// alone ("NASA", "McCain", "iPad"; no "Nasa" beside it) and the model
// never saw joins the model's words in that form.
func (m *Model) AddWordList(words []string) {
	lower := map[string]bool{}
	other := map[string]string{} // the one capitals or mixed form of a key, "" for several
	for _, w := range words {
		k := strings.ToLower(w)
		if k == w {
			lower[w] = true
			continue
		}
		if cl, ok := class(w); ok && (cl == upperCase || cl == mixedCase) {
			if _, seen := other[k]; seen {
				other[k] = ""
			} else {
				other[k] = w
			}
		}
	}
	if m.proper == nil {
		m.proper = map[string]bool{}
	}
	if m.words == nil {
		m.words = map[string]word{}
	}
	letters := func(w string) bool {
		return strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) < 0
	}
	for _, w := range words {
		if cl, ok := class(w); !ok || cl != titleCase || !letters(w) {
			continue
		}
		if k := strings.ToLower(w); !lower[k] {
			m.proper[k] = true
		}
	}
	for k, w := range other {
		if w != "" && !lower[k] && m.proper[k] && letters(w) && len(w) >= 4 && strings.ToUpper(w) == w {
			m.listCapitals(k) // "ISIS" beside "Isis"
			continue
		}
		if w == "" || lower[k] || m.proper[k] || !letters(w) {
			continue // several forms, a lower-case or capitalised one beside it
		}
		m.proper[k] = true
		if _, known := m.words[k]; known {
			continue
		}
		wd := word{}
		if cl, _ := class(w); cl == upperCase {
			wd.n[upperCase] = 1
		} else {
			wd.n[mixedCase], wd.mixed = 1, w
		}
		m.words[k] = wd
	}
}

// listCapitals writes key, a word of four letters or more that the word
// list holds in CAPITALS and capitalised, in CAPITALS when the cased text
// never wrote it lower-case and too few units capitalised it for the model
// to know it ("ISIS" of the news beside "Isis" of the word list): one unit's
// "Isis" is an old story's, the acronym a list entry of its own.
func (m *Model) listCapitals(key string) {
	w, known := m.words[key]
	if known && (w.n[lowerCase] > 0 || int(w.units) >= DefaultMinCount) {
		return
	}
	w.n[upperCase] = w.n[titleCase] + w.n[mixedCase] + 1
	m.words[key] = w
}

// OneStory returns key, a lower-case word, in the form cased text wrote
// it when that text wrote it capitalised at least twice and never in
// lower case, in fewer units (stories) than DefaultMinCount: a name one
// story alone used ("zuckerberg" → "Zuckerberg", "snapchat"), which Apply
// does not raise on the model's evidence alone.
func (m *Model) OneStory(key string) (string, bool) {
	w, ok := m.word(key)
	if !ok || w.n[lowerCase] != 0 || w.capital() < 2 || w.units == 0 || int(w.units) >= DefaultMinCount {
		return "", false
	}
	return write(key, w), true
}

// ProperNoun reports whether key is a proper noun of the model's word
// list ("romney", "tulsa") and no stopword, that the cased text never
// wrote lower-case.
func (m *Model) ProperNoun(key string) bool { return m.properNoun(key) }

// properNoun reports whether key is a proper noun of the model's word
// list and no stopword, that the cased text never wrote lower-case.
func (m *Model) properNoun(key string) bool {
	w, known := m.word(key)
	return m.properNounOf(key, w, known)
}

// properNounOf is properNoun, with w and known m.word(key).
func (m *Model) properNounOf(key string, w word, known bool) bool {
	if known && w.n[lowerCase] != 0 {
		return false // most words: the word list is not read
	}
	return (m.proper[key] || m.tables.isProper(key)) && !lex.IsStopword(key)
}

// Thresholds of sourceName: the sources open at least sourceMinStarts
// sentences with the word, at least sourceStartShare of its uses.
const (
	sourceMinStarts  = 3
	sourceStartShare = 0.1
)

// sourceName reports whether key, a word of letters the model never saw
// lower-case (most often not at all), is a name by the sources' evidence
// (AddSource): they open at least sourceMinStarts sentences with it, and
// those are at least sourceStartShare of its uses. Stopwords and
// inflections of lower-case words are not. w and known are m.word(key).
func (m *Model) sourceName(key string, names *Names, w word, known bool) bool {
	if names == nil || names.src == nil || known && w.n[lowerCase] > 0 || lex.IsStopword(key) || utf8.RuneCountInString(key) < 3 {
		return false
	}
	for _, r := range key {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	if m.inflected(key) {
		return false
	}
	s, l := names.src.counts(key)
	return s >= sourceMinStarts && float64(s) >= sourceStartShare*float64(s+l)
}

// acronym reports whether key, a word of 2 to 5 letters and no stopword,
// is one cased text writes in capitals alone, in CAPITALS more often than
// any other way and never lower-case, and no stopword's plural: an acronym ("IOC", "ADHD") that too
// few stories used for the model to raise it. w and known are
// m.word(key).
func acronym(key string, w word, known bool) bool {
	if !known || w.units == 0 || w.n[lowerCase] != 0 || w.n[upperCase] <= w.n[titleCase]+w.n[mixedCase] {
		return false // most words, read before the stopwords
	}
	if n := len(key); n < 2 || n > 5 || lex.IsStopword(key) || lex.IsStopword(strings.TrimSuffix(key, "s")) {
		return false // not a stopword's plural either: "the dos and don'ts"
	}
	for i := 0; i < len(key); i++ {
		if key[i] < 'a' || key[i] > 'z' {
			return false
		}
	}
	return true
}

// inName reports whether toks[i] stands where a surname or a middle name
// would: after a capitalised given name, or between two words in title
// case ("<Given> <word> <Surname>"), as outs writes them (text where outs
// is not yet written).
func inName(text string, toks []token, outs []string, i int) bool {
	title := func(j int) bool {
		w := outs[j]
		if w == "" {
			w = text[toks[j].start:toks[j].end]
		}
		cl, ok := class(w)
		return ok && cl == titleCase
	}
	if i == 0 || toks[i].initial || !title(i-1) {
		return false
	}
	return lex.IsGivenName(toks[i-1].key) || i+1 < len(toks) && !toks[i+1].initial && title(i+1)
}

// Common reports whether cased text writes the lower-case word key
// lower-case at least commonRatio times as often as capitalised, and at
// least commonRatio times: a common word ("given", "former", "despite"),
// no one's given name, where "mark", "rose" or "bill" may be.
func (m *Model) Common(key string) bool {
	w, ok := m.word(key)
	return ok && w.n[lowerCase] >= commonRatio && w.n[lowerCase] >= commonRatio*w.capital()
}

// commonRatio is how many times more often than capitalised cased text
// writes a Common word lower-case.
const commonRatio = 10

// MostlyLower reports whether cased text writes the lower-case word key
// lower-case more often than capitalised: more often a common word
// ("sharks", "spotted") than a name ("hastings", "tadlock", or a word
// the text never wrote).
func (m *Model) MostlyLower(key string) bool { return m.mostlyLower(key) }

// mostlyLower reports whether cased text writes key lower-case more often
// than not.
func (m *Model) mostlyLower(key string) bool {
	w, ok := m.word(key)
	return ok && w.lowerMostly()
}

// lowerMostly reports whether cased text writes w lower-case more often
// than capitalised (mostlyLower).
func (w word) lowerMostly() bool { return w.n[lowerCase] > w.capital() }

// write returns the lower-case span in the commonest capitalised form of
// w.
func write(span string, w word) string {
	best := titleCase
	for cl := titleCase; cl < numClasses; cl++ {
		if w.n[cl] > w.n[best] {
			best = cl
		}
	}
	switch best {
	case upperCase:
		return strings.ToUpper(span)
	case mixedCase:
		if strings.ToLower(w.mixed) == strings.ToLower(span) {
			return w.mixed
		}
	}
	if w.n[titleCase] == 0 {
		if out, ok := writeCeltic(span); ok {
			return out
		}
	}
	r, n := utf8.DecodeRuneInString(span)
	return string(unicode.ToUpper(r)) + span[n:]
}

// writeCeltic returns the lower-case span written as a name with the
// prefix "mc" or "o'" (and a letter, then another, after it) is:
// "mcbrannigan" → "McBrannigan", "o'dorrel" → "O'Dorrel".
func writeCeltic(span string) (string, bool) {
	for _, prefix := range []string{"mc", "o'", "o’"} {
		rest, ok := strings.CutPrefix(span, prefix)
		if !ok || len(rest) < 2 || rest[0] < 'a' || rest[0] > 'z' || rest[1] < 'a' || rest[1] > 'z' || rest == "clock" {
			continue
		}
		return strings.ToUpper(prefix[:1]) + prefix[1:] + strings.ToUpper(rest[:1]) + rest[1:], true
	}
	return "", false
}

// looseBefore are the determiners and counts before which a common word
// raised beside a name (Names.loose) reads as the common word: "the
// diamond", "two ferry crew" ("that" may be a conjunction before a
// surname: "announced that North will").
var looseBefore = map[string]bool{
	"a": true, "an": true, "the": true, "this": true, "these": true, "those": true,
	"his": true, "her": true, "their": true, "its": true, "our": true, "my": true, "your": true,
	"one": true, "two": true, "three": true, "four": true, "five": true,
	"six": true, "seven": true, "eight": true, "nine": true, "ten": true,
}
