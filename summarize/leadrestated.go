package summarize

import (
	"github.com/chorusnews/chorus/internal/lex"
)

// Bounds of restatedRunIn.
const (
	// runInMin and runInMax bound the words of the opening part that a
	// sentence goes on to restate.
	runInMin = 3
	runInMax = 30
	// runInTail is the fewest words the rest of the sentence holds.
	runInTail = 8
	// runInReach is how many words after the opening part are read.
	runInReach = 35
	// runInContent is the fewest distinct content words repeated;
	// runInShare the share of the opening's content words they make.
	runInContent = 3
	runInShare   = 0.6
)

// restatedRunIn reports whether s opens with words that the same sentence
// goes on to restate: the distinct content words of its first 3 to 30
// words, stemmed, at least three of them, repeated for three fifths or
// more within the next 35 words. It is the mark of a headline or a
// standfirst run into a lede ("Tarnwick mayor quits over audit tarnwick's
// mayor ilse varga quit on monday after an audit ..."), read without the
// cut point that restatesHeadline needs; a clean sentence rarely repeats
// three of its opening content words so soon.
func restatedRunIn(s string) bool {
	w := lex.LetterWords(lex.LowerASCII(s), runInMax+runInReach)
	if len(w) < runInMin+runInTail {
		return false
	}
	st := make([]string, len(w))
	for i, x := range w {
		if len(x) >= 3 && !lex.IsStopword(x) {
			st[i] = lex.Stem(x)
		}
	}
	for k := runInMin; k < min(runInMax, len(w)-runInTail); k++ {
		head := map[string]bool{}
		for _, x := range st[:k] {
			if x != "" {
				head[x] = true
			}
		}
		if len(head) < runInContent {
			continue
		}
		n := 0
		for x := range head {
			for _, y := range st[k:min(len(st), k+runInReach)] {
				if x == y {
					n++
					break
				}
			}
		}
		if n >= runInContent && float64(n) >= runInShare*float64(len(head)) {
			return true
		}
	}
	return false
}

// restatedRunIn returns restatedRunIn(s), computed once per text of the
// cluster.
func (c *cluster) restatedRunIn(s string) bool { return memo(&c.runIn, s, restatedRunIn) }
