package truecase

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Learner counts the case of words in cased text. Counting is done where
// no sentence or quotation may open (token.go's opens), in paragraphs that
// are not headings written in title case or capitals, and a word in
// capitals beside another is not counted (a shouted dateline or heading).
//
// Each text (or group of texts: AddGroup) is one unit, and the model
// keeps for each word the number of units that capitalise it: a word
// raised on the word of one story alone ("the Snake" of a story about one
// river) is not raised at all.
type Learner struct {
	words  map[string]*word
	mixed  map[string]map[string]int
	left   map[string]*pair
	right  map[string]*pair
	tokens int

	// phrases holds the capitalised uses of phrases (phrase.go), paras
	// the paragraphs to count all their uses in.
	phrases map[string]*phrase
	paras   []string

	unit map[string]bool // the words this unit capitalised so far
}

// NewLearner returns an empty Learner.
func NewLearner() *Learner {
	return &Learner{words: map[string]*word{}, mixed: map[string]map[string]int{},
		left: map[string]*pair{}, right: map[string]*pair{}, phrases: map[string]*phrase{}}
}

// Tokens returns the number of words counted so far.
func (l *Learner) Tokens() int { return l.tokens }

// Add counts the words of a cased text; paragraphs are separated by line
// breaks.
func (l *Learner) Add(text string) { l.AddGroup([]string{text}) }

// AddGroup counts the words of cased texts that tell one story (a
// cluster's documents) as one unit.
func (l *Learner) AddGroup(texts []string) {
	l.unit = map[string]bool{}
	for _, text := range texts {
		for para := range strings.SplitSeq(text, "\n") {
			l.addParagraph(para)
		}
	}
	l.unit = nil
}

// once reports whether the unit has not yet capitalised key (and notes
// that it has now).
func (l *Learner) once(key string) bool {
	if l.unit[key] {
		return false
	}
	l.unit[key] = true
	return true
}

// scan returns the words of a paragraph, their case classes, which of
// them open with a letter, and which the counts of words skip (an
// opening, a word opening with no letter, a word beside one in capitals),
// or no words for a heading in title case or capitals.
func (l *Learner) scan(text string) (toks []token, classes []int, letters []bool, skip func(int) bool) {
	toks = tokens(text)
	classes = make([]int, len(toks))
	letters = make([]bool, len(toks))
	mid, capital := 0, 0
	for i, t := range toks {
		classes[i], letters[i] = class(text[t.start:t.end])
		r, _ := utf8.DecodeRuneInString(text[t.start:])
		letters[i] = letters[i] && unicode.IsLetter(r)
		if !t.initial && letters[i] && len(t.key) > 3 {
			mid++
			if classes[i] != lowerCase {
				capital++
			}
		}
	}
	if mid >= 3 && 2*capital > mid {
		return nil, nil, nil, nil // a heading in title case or capitals
	}
	shout := func(i int) bool { return i >= 0 && i < len(toks) && classes[i] == upperCase }
	skip = func(i int) bool { return toks[i].initial || !letters[i] || shout(i-1) || shout(i+1) }
	return toks, classes, letters, skip
}

func (l *Learner) addParagraph(text string) {
	toks, classes, letters, skip := l.scan(text)
	if len(toks) == 0 {
		return
	}
	l.countPhrases(text, toks, classes, phraseSkip(toks, classes, letters))
	for i, t := range toks {
		if skip(i) {
			continue
		}
		cl := classes[i]
		l.count(t.key, text[t.start:t.end], cl)
		l.tokens++
		if strings.Contains(t.key, "-") {
			for p := range strings.SplitSeq(text[t.start:t.end], "-") {
				if pc, ok := class(p); ok && p != "" {
					l.count(strings.ToLower(p), p, pc)
				}
			}
		}
		capital := cl != lowerCase
		if i > 0 {
			l.pair("\x01", l.left, context(toks[i-1].key)+"\x00"+t.key, capital)
			if !toks[i-1].initial && letters[i-1] && classes[i-1] != lowerCase && spaced(text[toks[i-1].end:t.start], toks[i-1].key) {
				l.pair("\x01", l.left, capitalContext+"\x00"+t.key, capital)
			}
		}
		if i+1 < len(toks) && !toks[i+1].initial {
			l.pair("\x02", l.right, t.key+"\x00"+context(toks[i+1].key), capital)
			if letters[i+1] && classes[i+1] != lowerCase && spaced(text[t.end:toks[i+1].start], t.key) {
				l.pair("\x02", l.right, t.key+"\x00"+capitalContext, capital)
			}
		}
	}
}

// capitalContext stands in a pair for any capitalised neighbour that
// opens no sentence: "president" before a name, "school" after one.
const capitalContext = "\x03"

// spaced reports whether the gap after a word (known as key) is spaces
// alone, or a full stop and spaces after an initial ("J. Doe").
func spaced(gap, key string) bool {
	if len(key) == 1 {
		gap = strings.TrimPrefix(gap, ".")
	}
	return strings.Trim(gap, " ") == ""
}

func (l *Learner) count(key, written string, cl int) {
	if cl == mixedCase {
		m := l.mixed[key]
		if m == nil {
			m = map[string]int{}
			l.mixed[key] = m
		}
		m[written]++
	}
	w := l.words[key]
	if w == nil {
		w = &word{}
		l.words[key] = w
	}
	w.n[cl]++
	switch {
	case cl != lowerCase && l.once(key):
		w.units++
	case cl == lowerCase && l.once("\x00"+key):
		w.lowUnits++
	}
}

func (l *Learner) pair(side string, tbl map[string]*pair, key string, capital bool) {
	kind := side + "l"
	if capital {
		kind = side + "c"
	}
	if !l.once(kind + key) {
		return // pairs count units, as the burst of one story's name would
	}
	p := tbl[key]
	if p == nil {
		p = &pair{}
		tbl[key] = p
	}
	if capital {
		p.capital++
	} else {
		p.lower++
	}
}

// Model returns the model of the text counted so far: the words seen at
// least minWord times, and the pairs seen at least minPair times of the
// words written both lower-case and capitalised.
func (l *Learner) Model(minWord, minPair int) *Model {
	m := &Model{words: map[string]word{}, left: map[string]pair{}, right: map[string]pair{}, phrases: l.phraseModel()}
	for k, w := range l.words {
		total := int(w.n[lowerCase] + w.capital())
		if total < minWord {
			continue
		}
		out := *w
		best := 0
		for form, n := range l.mixed[k] {
			if n > best || n == best && form < out.mixed {
				out.mixed, best = form, n
			}
		}
		m.words[k] = out
	}
	both := func(k string) bool {
		w, ok := m.words[k]
		return ok && w.n[lowerCase] > 0 && w.capital() > 0
	}
	for k, p := range l.left {
		if int(p.lower+p.capital) >= minPair && both(k[strings.IndexByte(k, 0)+1:]) {
			m.left[k] = *p
		}
	}
	for k, p := range l.right {
		if int(p.lower+p.capital) >= minPair && both(k[:strings.IndexByte(k, 0)]) {
			m.right[k] = *p
		}
	}
	return m
}
