package input

import (
	"slices"
	"strings"
)

// minRepeatRun is the fewest paragraphs of a run that dropRepeats takes
// for a copy of the run before it; maxRepeatRun the most it looks at.
const (
	minRepeatRun = 3
	maxRepeatRun = 100
)

// dropRepeats removes a run of paragraphs that repeats, word for word, the
// run just before it: go-trafilatura emits the lines of a block of text
// split by <br> twice, once in the block and once as paragraphs of their
// own. A run counts when it has at least minRepeatRun paragraphs and not
// all of them are the same (a list of identical items is left alone).
// Words are compared lower-cased, without punctuation.
func dropRepeats(text string) string {
	paras := strings.Split(text, "\n\n")
	if len(paras) < 2*minRepeatRun {
		return text
	}
	keys := make([]string, len(paras))
	for i, p := range paras {
		keys[i] = strings.Join(words(p), " ")
	}
	var keep []string
	var kept []string // keys of keep
	for i := 0; i < len(paras); {
		if k := repeatRun(kept, keys[i:]); k > 0 {
			i += k
			continue
		}
		keep = append(keep, paras[i])
		kept = append(kept, keys[i])
		i++
	}
	return strings.Join(keep, "\n\n")
}

// repeatRun returns the length of the longest run opening next that
// repeats the end of kept (see dropRepeats), or 0.
func repeatRun(kept, next []string) int {
	for k := min(maxRepeatRun, len(kept), len(next)); k >= minRepeatRun; k-- {
		run := next[:k]
		if !slices.Equal(run, kept[len(kept)-k:]) {
			continue
		}
		distinct := false
		for _, key := range run {
			if key == "" {
				distinct = false
				break
			}
			distinct = distinct || key != run[0]
		}
		if distinct {
			return k
		}
	}
	return 0
}
