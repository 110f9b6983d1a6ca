package truecase

import "github.com/chorusnews/chorus/internal/lex"

// Thresholds of raisePairs: cased text writes both words of the pair
// capitalised in at least pairMinUses uses and pairShare of them, seen
// from either word.
const (
	pairMinUses = 3
	pairShare   = 0.8
)

// raisePairs raises two lower-case words side by side that cased text
// writes capitalised together, though neither alone ("drug
// administration" → "Drug Administration"), and reports whether it
// raised any; completePhrases then completes the name. spanClass holds
// the words' classes as text writes them (Apply).
func (m *Model) raisePairs(text string, toks []token, outs []string, spanClass []int8) bool {
	lower := func(i int) bool {
		return spanClass[i] == lowerCase && outs[i] == text[toks[i].start:toks[i].end]
	}
	raised := false
	for i := 0; i+1 < len(toks); i++ {
		a, b := toks[i], toks[i+1]
		if b.initial || !lower(i+1) || !lower(i) || !spaced(text[a.end:b.start], a.key) || lex.IsStopword(a.key) || lex.IsStopword(b.key) {
			continue
		}
		// The right pair is looked up only when the left one holds.
		l, ok := m.leftPair(a.key, context(b.key))
		if !ok || l.capital < pairMinUses || float64(l.capital) < pairShare*float64(l.capital+l.lower) {
			continue
		}
		r, ok := m.rightPair(a.key, context(b.key))
		if !ok || r.capital < pairMinUses || float64(r.capital) < pairShare*float64(r.capital+r.lower) {
			continue
		}
		wa, _ := m.word(a.key)
		wb, _ := m.word(b.key)
		outs[i], outs[i+1] = write(outs[i], wa), write(outs[i+1], wb)
		raised = true
	}
	return raised
}
