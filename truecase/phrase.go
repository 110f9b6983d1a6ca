package truecase

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A phrase is a name of several words that cased text writes capitalised
// as a whole, though each word alone is mostly lower-case ("national park
// service", "department of agriculture", "ways and means"): from
// phraseMinWords to phraseMaxWords words, opening and closing with a word
// that is no stopword, the function words of phraseFunction allowed
// inside. A use is capitalised when every word but those function words
// is, and the function words are lower-case.
const (
	phraseMinWords = 2
	phraseMaxWords = 5
)

// phraseFunction reports whether key is one of the stopwords a phrase
// may hold inside, written lower-case: "Department of Agriculture",
// "Ways and Means", "Corporation for Public Broadcasting".
func phraseFunction(key string) bool {
	switch key {
	case "of", "and", "the", "for":
		return true
	}
	return false
}

// Thresholds of raisePhrases: at least phraseMinUnits units capitalise
// the phrase, in at least phraseMinShare of its uses. The Learner keeps
// phrases at keepPhraseUnits and keepPhraseShare, looser, so that the
// model may be measured at other thresholds.
const (
	phraseMinUnits  = 2
	phraseMinShare  = 0.8
	keepPhraseUnits = 2
	keepPhraseShare = 0.5
)

// phrase holds a phrase's uses in cased text, capitalised or not, and the
// units that capitalise it.
type phrase struct{ lower, capital, units uint32 }

// phraseWord reports whether toks[j] may stand at place j-i of a phrase
// opening at toks[i] and closing at toks[last]: a word with a letter, no
// sentence opening after the first, spaced from the word before, a
// function word only inside.
func phraseWord(text string, toks []token, i, j, last int) bool {
	t := toks[j]
	if j > i && (t.initial || !spaced(text[toks[j-1].end:t.start], toks[j-1].key)) {
		return false
	}
	if phraseFunction(t.key) {
		return i < j && j < last
	}
	if lex.IsStopword(t.key) {
		return false
	}
	for k := 0; k < len(t.key); k++ {
		if b := t.key[k]; b >= 'a' && b <= 'z' || b >= 0x80 {
			return true
		}
	}
	return false
}

// phraseKey appends to buf the key of the phrase toks[i:j]: its words'
// keys joined by spaces.
func phraseKey(buf []byte, toks []token, i, j int) []byte {
	for k := i; k < j; k++ {
		if k > i {
			buf = append(buf, ' ')
		}
		buf = append(buf, toks[k].key...)
	}
	return buf
}

// phraseOf returns the counts of the phrase key and whether the model
// holds it.
func (m *Model) phraseOf(key []byte) (phrase, bool) {
	if m.tables != nil {
		return m.tables.phrase(string(key))
	}
	p, ok := m.phrases[string(key)]
	return p, ok
}

// phraseOpener reports whether a phrase of the model may open with the
// word key: for a model Read decoded, whether one does.
func (m *Model) phraseOpener(key string) bool {
	if m.tables == nil {
		return true
	}
	_, ok := m.tables.phraseOpeners[key]
	return ok
}

// raisePhrases raises the lower-case words of the phrases of text that
// cased text writes capitalised as a whole (phrase), the longest phrase
// opening at a word first (not at a sentence's opening word that cased
// text writes mostly lower-case), and reports whether it raised any: "the
// national park service" → "the National Park Service", "the u.s.
// department of agriculture" → "the U.S. Department of Agriculture". The
// function words inside stay lower-case.
func (m *Model) raisePhrases(text string, toks []token, outs []string) bool {
	if m.tables == nil && len(m.phrases) == 0 || m.tables != nil && m.tables.phrases.n == 0 {
		return false
	}
	var buf [128]byte
	raised := false
	for i := 0; i+1 < len(toks); i++ {
		if !m.phraseOpener(toks[i].key) {
			continue // no phrase of the model opens with the word: most words
		}
		if !phraseWord(text, toks, i, i, i+1) {
			continue
		}
		// An opening word cased text writes mostly lower-case says
		// nothing ("National home prices") but in a phrase cased text
		// all but always capitalises (openPhrase).
		opening := toks[i].initial && m.mostlyLower(toks[i].key) && !afterDotted(text, toks, outs, i)
		// The longest run of phrase words from i, then the phrases
		// within it from the longest down.
		end := i + 1
		for end < len(toks) && end-i < phraseMaxWords && phraseWord(text, toks, i, end, end+1) {
			end++
		}
		for j := end; j-i >= phraseMinWords; j-- {
			if !phraseWord(text, toks, i, j-1, j-1) {
				continue // a function word cannot close a phrase
			}
			p, ok := m.phraseOf(phraseKey(buf[:0], toks, i, j))
			if !ok || p.units < phraseMinUnits || float64(p.capital) < phraseMinShare*float64(p.capital+p.lower) {
				continue
			}
			if opening && !openPhrase(p) {
				continue
			}
			for k := i; k < j; k++ {
				if phraseFunction(toks[k].key) || outs[k] != text[toks[k].start:toks[k].end] {
					continue
				}
				if cl, ok := class(outs[k]); ok && cl == lowerCase {
					w, _ := m.word(toks[k].key)
					outs[k] = write(outs[k], w)
					raised = true
				}
			}
			break // the phrases opening further on may go on past it ("department of fish and wildlife")
		}
	}
	return raised
}

// afterDotted reports whether toks[i], a lower-case word, follows a
// dotted abbreviation outs writes in capitals, and one space ("U.S. centers
// for disease control"): the tokens take a sentence to open there, but a
// summary's sentence goes on, and a phrase of the model may open with the
// word. Measured against 492942d (lower-cased clusters; letter case
// alone): validation 12 of 5,598 summaries changed, all read, all better
// ("the U.S. Centers for Disease Control", "the U.S. Fish and Wildlife
// Service", "the U.S. Court of Appeals", "the U.S. Federal Reserve").
// Train 1-38,000: 88 changed, every raised word read in context: all
// better ("U.S. Food and Drug", "U.S. Air Force", "U.S. Securities and
// Exchange Commission", "U.S. Library of Congress", "S.C. State Police").
func afterDotted(text string, toks []token, outs []string, i int) bool {
	if i == 0 || text[toks[i-1].end:toks[i].start] != " " || text[toks[i].start] < 'a' || text[toks[i].start] > 'z' {
		return false
	}
	prev := outs[i-1]
	if !strings.HasSuffix(prev, ".") || !dotted(strings.ToLower(prev)) {
		return false
	}
	cl, ok := class(prev)
	return ok && cl == upperCase
}

// eachPhrase calls fn with the key of every phrase of the paragraph text
// (its tokens toks, their case classes, and skip for the words not to
// count: an opening, a word without a letter or beside one in capitals)
// and whether the paragraph writes it capitalised.
func eachPhrase(text string, toks []token, classes []int, skip func(int) bool, fn func(key string, capital bool)) {
	var buf []byte
	for i := range toks {
		if skip(i) || !phraseWord(text, toks, i, i, i+1) {
			continue
		}
		capital := classes[i] != lowerCase
		for j := i + 1; j < len(toks) && j-i < phraseMaxWords; j++ {
			if skip(j) || !phraseWord(text, toks, i, j, j+1) {
				break
			}
			if phraseFunction(toks[j].key) {
				capital = capital && classes[j] == lowerCase
				continue
			}
			capital = capital && classes[j] != lowerCase
			buf = phraseKey(buf[:0], toks, i, j+1)
			fn(string(buf), capital)
		}
	}
}

// countPhrases counts the capitalised phrases of a paragraph, each once
// per unit among the units, and keeps the paragraph for the count of
// all uses (phraseModel).
func (l *Learner) countPhrases(text string, toks []token, classes []int, skip func(int) bool) {
	counted := false
	eachPhrase(text, toks, classes, skip, func(key string, capital bool) {
		counted = true
		if !capital {
			return
		}
		p := l.phrases[key]
		if p == nil {
			p = &phrase{}
			l.phrases[key] = p
		}
		p.capital++
		if l.once("\x04" + key) {
			p.units++
		}
	})
	if counted {
		l.paras = append(l.paras, text)
	}
}

// phraseModel returns the phrases the Learner's units capitalise that a
// model keeps (keepPhraseUnits, keepPhraseShare), with their uses not
// capitalised counted over every paragraph kept.
func (l *Learner) phraseModel() map[string]phrase {
	cand := map[string]*phrase{}
	for k, p := range l.phrases {
		if p.units >= keepPhraseUnits {
			cand[k] = &phrase{units: p.units}
		}
	}
	for _, text := range l.paras {
		toks, classes, letters, _ := l.scan(text)
		eachPhrase(text, toks, classes, phraseSkip(toks, classes, letters), func(key string, capital bool) {
			if p := cand[key]; p != nil {
				if capital {
					p.capital++
				} else {
					p.lower++
				}
			}
		})
	}
	out := map[string]phrase{}
	for k, p := range cand {
		if float64(p.capital) >= keepPhraseShare*float64(p.capital+p.lower) {
			out[k] = *p
		}
	}
	return out
}

// phraseSkip returns which words of a paragraph no phrase counted holds:
// an opening, a word opening with no letter, and a word in capitals
// beside another (a shouted dateline), but not a word beside one in
// capitals ("U.S. Department").
func phraseSkip(toks []token, classes []int, letters []bool) func(int) bool {
	shout := func(i int) bool { return i >= 0 && i < len(toks) && classes[i] == upperCase }
	return func(i int) bool {
		return toks[i].initial || !letters[i] || shout(i) && (shout(i-1) || shout(i+1))
	}
}

// Thresholds of openPhrase: a phrase raised from a sentence's opening
// word that cased text writes mostly lower-case ("White house press
// secretary ...") is one at least openPhraseUnits units capitalise, and
// written lower-case at most once in openPhraseRatio capitalised uses.
const (
	openPhraseUnits = 20
	openPhraseRatio = 20
)

// openPhrase reports whether the phrase p may be raised from a sentence's
// opening word the model holds mostly lower-case: "White house" opening
// a sentence reads "White House" ({1 lower, 105 capitalised, 27 units}),
// where a phrase seen less or less surely capitalised is left as written
// ("National home prices"; "Disease control is of ..." a sentence on
// disease control, {0, 36, 10 units}). Measured against 6cfaca0 in
// summaries of lower-cased clusters (letter case alone): validation 5
// of 5,598 changed, all read, all better ("White House press secretary",
// "White House chief of staff"); train 1-38,000 about 50, all read: all
// better ("Associated Press", "White House counselor", and "house" raised
// elsewhere by the summary's "White House": "the House oversight
// committee"), but for one mixed: "White House Trade adviser".
func openPhrase(p phrase) bool {
	return p.units >= openPhraseUnits && p.lower*openPhraseRatio <= p.capital
}
