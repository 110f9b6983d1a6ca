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

// minCopyWords is the fewest words of a paragraph that dropCopies drops
// when it repeats an earlier one; maxCopyShare the largest share of the
// text's words the copies may hold (a page that repeats more of itself
// means it).
const (
	minCopyWords = 15
	maxCopyShare = 0.2
)

// dropCopies removes each paragraph of prose (minCopyWords words or more,
// ending a sentence) that repeats, word for word, an earlier paragraph of
// the text: a summary box above the story that repeats a paragraph of it,
// a standfirst or a caption printed again in the body. Words are compared
// lower-cased, without punctuation. When the copies would hold more than
// maxCopyShare of the text's words, the text is left as it is: the
// readability set's synthetic pages repeat a lorem-ipsum paragraph that
// their gold holds as many times (without the share, recall .95212 →
// .90096). On the readability pages (chorus bench extraction, 2-core
// EPYC, after markStandfirst) .98127/.95212/.96647 →
// .98169/.95205/.96665 (engadget's verdict box printed twice; medium-3
// and wikipedia-4 lose a repeated line their gold keeps); trafilatura's
// set unchanged (.97773/.94336/.96024; six pages lose copies, none of
// them a snippet).
func dropCopies(text string) string {
	paras := strings.Split(text, "\n\n")
	seen := make(map[string]bool, len(paras))
	keep := make([]string, 0, len(paras))
	total, dropped := 0, 0
	for _, p := range paras {
		w := words(p)
		total += len(w)
		if len(w) >= minCopyWords && endsSentence(p) {
			k := strings.Join(w, " ")
			if seen[k] {
				dropped += len(w)
				continue
			}
			seen[k] = true
		}
		keep = append(keep, p)
	}
	if dropped == 0 || float64(dropped) > maxCopyShare*float64(total) {
		return text
	}
	return strings.Join(keep, "\n\n")
}
