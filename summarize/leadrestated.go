package summarize

import (
	"math/bits"

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
	var buf [runInMax + runInReach]string
	w := lex.AppendLetterWords(buf[:0], lex.LowerASCII(s), runInMax+runInReach)
	if len(w) < runInMin+runInTail {
		return false
	}
	// Each distinct stem gets a bit, in order of first use: the opening's
	// stems (first used within runInMax words) get bits below 64, and a
	// later stem that gets none cannot be among them.
	var (
		stems [64]string
		nst   int
		bit   [runInMax + runInReach]uint64
	)
	for i, x := range w {
		if len(x) < 3 || lex.IsStopword(x) {
			continue
		}
		st := lex.Stem(x)
		j := 0
		for j < nst && stems[j] != st {
			j++
		}
		if j == nst && nst < len(stems) {
			stems[nst] = st
			nst++
		}
		if j < nst {
			bit[i] = 1 << j
		}
	}
	var head uint64 // the stems of w[:k]
	for k := 0; k < min(runInMax, len(w)-runInTail); k++ {
		if k >= runInMin {
			heads := bits.OnesCount64(head)
			if heads >= runInContent {
				var next uint64 // the stems of the next runInReach words
				for _, b := range bit[k:min(len(w), k+runInReach)] {
					next |= b
				}
				n := bits.OnesCount64(head & next)
				if n >= runInContent && float64(n) >= runInShare*float64(heads) {
					return true
				}
			}
		}
		head |= bit[k]
	}
	return false
}

// restatedRunIn returns restatedRunIn(s), computed once per text of the
// cluster.
func (c *cluster) restatedRunIn(s string) bool { return memo(&c.runIn, s, restatedRunIn) }
