package summarize

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"unicode"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/truecase"
)

// This file learns the table of event words that tell one event
// (paraphrase.txt, eventParaphrases): pairs of word stems that two
// independent sources of a training cluster use in the same place of their
// ledes ("arrested" and "detained", "resigned" and "quit"). Two opening
// sentences align when they name the same people, places and figures
// (their anchors: numbers, and names: capitalized words after the first
// or, as Multi-News is lower-cased, words that cased text writes mostly
// capitalized) and share most of their other content words, and each has
// only a word or two the other lacks: those are counted as pairs. Only word stems and counts are
// kept, never sentences.

const (
	// learnLedeDepth is how many opening sentences of each article are
	// read as its lede.
	learnLedeDepth = 12
	// learnAnchors is the fewest anchors two ledes must share.
	learnAnchors = 2
	// learnShared is the fewest other content stems they must share.
	learnShared = 3
	// learnOwn is the most content stems either may have that the other
	// lacks.
	learnOwn = 10
)

// ParaphraseLearner accumulates training clusters and counts the word
// pairs their sources' aligned ledes exchange. The zero value is ready to
// use.
type ParaphraseLearner struct {
	// Boilerplate is the table whose sentences are not read, as in
	// Summarizer; nil means DefaultBoilerplate().
	Boilerplate *Boilerplate

	pairs    map[[2]string]int // exchanged stems, the smaller first → aligned lede pairs
	own      map[string]int    // stem → aligned lede pairs in which one side alone uses it
	aligned  int
	clusters int

	// The second pass (after Freeze) counts how often the kept pairs'
	// stems occur in one lede sentence.
	kept     map[[2]string]int // pair → sentences holding both
	partners map[string][]string
	sf       map[string]int // stem of a kept pair → sentences holding it
}

// Freeze ends the first pass: the pairs exchanged in at least minCount
// clusters are kept, and Add from now on counts, for the second pass,
// the lede sentences that hold their stems, one or both. A pair of words
// that one sentence often uses together ("arrested and charged",
// "convicted and sentenced") tells two steps, not one event in other
// words (Pairs, maxBoth).
func (l *ParaphraseLearner) Freeze(minCount int) {
	l.kept, l.partners, l.sf = make(map[[2]string]int), make(map[string][]string), make(map[string]int)
	for k, n := range l.pairs {
		if n >= minCount {
			l.kept[k] = 0
			l.partners[k[0]] = append(l.partners[k[0]], k[1])
			l.sf[k[0]], l.sf[k[1]] = 0, 0
		}
	}
}

// cooccur counts the kept stems of each lede and the kept pairs one
// lede holds both of.
func (l *ParaphraseLearner) cooccur(ledes []learnLede) {
	for _, d := range ledes {
		for _, w := range d.stems {
			if _, ok := l.sf[w]; ok {
				l.sf[w]++
			}
			for _, q := range l.partners[w] {
				if _, ok := slices.BinarySearch(d.stems, q); ok {
					l.kept[[2]string{w, q}]++
				}
			}
		}
	}
}

// learnLede is a lede as the learner reads it.
type learnLede struct {
	origin  int
	anchors []string // lower-cased names and numbers
	stems   []string // content stems of the other words
	seq     []string // its anchors and content stems in reading order
}

// Add adds one training cluster's articles; the references are not read.
func (l *ParaphraseLearner) Add(articles []chorus.Article, _ []string) {
	if len(articles) < 2 {
		return
	}
	c := cluster{bp: l.Boilerplate}
	if c.bp == nil {
		c.bp = DefaultBoilerplate()
	}
	c.read(articles)
	if l.pairs == nil {
		l.pairs, l.own = make(map[[2]string]int), make(map[string]int)
	}
	var ledes []learnLede
	for i := range c.cands {
		x := &c.cands[i]
		if x.pos < 0 || x.pos >= learnLedeDepth || x.negated {
			continue
		}
		ledes = append(ledes, readLearnLede(x.text, c.docs[x.doc].origin))
	}
	if l.kept != nil {
		l.cooccur(ledes)
		return
	}
	l.clusters++
	seen := make(map[[2]string]bool)
	for i := range ledes {
		for j := i + 1; j < len(ledes); j++ {
			a, b := &ledes[i], &ledes[j]
			if a.origin == b.origin || lex.Intersect(a.anchors, b.anchors) < learnAnchors || lex.Intersect(a.stems, b.stems) < learnShared {
				continue
			}
			oa, ob := without(a.stems, b.stems), without(b.stems, a.stems)
			if len(oa) == 0 || len(ob) == 0 || len(oa) > learnOwn || len(ob) > learnOwn {
				continue
			}
			l.aligned++
			for _, w := range append(oa, ob...) {
				l.own[w]++
			}
			for _, p := range alignedPairs(a, b, oa, ob) {
				k := [2]string{min(p[0], p[1]), max(p[0], p[1])}
				if !seen[k] { // a cluster counts a pair once
					seen[k] = true
					l.pairs[k]++
				}
			}
		}
	}
}

// alignedPairs returns the pairs of a's own stems oa and b's own stems ob
// that stand in the same place: beside the same neighbour (the token
// before or after) in the two ledes' token sequences.
func alignedPairs(a, b *learnLede, oa, ob []string) [][2]string {
	var out [][2]string
	for i, p := range a.seq {
		if _, ok := slices.BinarySearch(oa, p); !ok {
			continue
		}
		for j, q := range b.seq {
			if _, ok := slices.BinarySearch(ob, q); !ok {
				continue
			}
			left := i > 0 && j > 0 && a.seq[i-1] == b.seq[j-1]
			right := i+1 < len(a.seq) && j+1 < len(b.seq) && a.seq[i+1] == b.seq[j+1]
			if left || right {
				out = append(out, [2]string{p, q})
			}
		}
	}
	return out
}

// learnSkip are lower-case words the learner does not read as content:
// words of time, attribution and report that two wires exchange whatever
// their event.
var learnSkip = lex.Set("said", "says", "say", "told", "tell", "according", "reported", "reports", "report",
	"announced", "today", "yesterday", "tonight", "week", "weekend", "month", "year", "day", "night", "morning",
	"evening", "afternoon", "last", "next", "earlier", "later", "new", "first", "would", "could", "also", "just",
	"now", "still", "may", "might", "will", "one", "two", "three", "percent", "cent")

// readLearnLede reads a sentence's anchors and content stems.
func readLearnLede(s string, origin int) learnLede {
	out := learnLede{origin: origin}
	tc := truecase.Default()
	words := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '-' })
	for i, w := range words {
		w = strings.Trim(w, "'-")
		if w == "" {
			continue
		}
		lw := lex.Lower(w)
		switch {
		case lex.HasDigit(w):
			if !isYear(w) {
				out.anchors = append(out.anchors, lw)
				out.seq = append(out.seq, lw)
			}
		case len(lw) > 2 && !lex.IsStopword(lw) && !months[lw] && !weekdays[lw] && (i > 0 && unicode.IsUpper([]rune(w)[0]) || !tc.MostlyLower(lw)):
			out.anchors = append(out.anchors, lw)
			out.seq = append(out.seq, lw)
		default:
			if len(lw) < 3 || lex.IsStopword(lw) || learnSkip[lw] || months[lw] || weekdays[lw] || lex.IsAttributionVerb(lw) || strings.ContainsAny(lw, "'-") {
				continue
			}
			st := lex.Stem(lw)
			out.stems = append(out.stems, st)
			out.seq = append(out.seq, st)
		}
	}
	out.anchors, out.stems = lex.SortUnique(out.anchors), lex.SortUnique(out.stems)
	return out
}

// without returns the strings of sorted a that sorted b lacks.
func without(a, b []string) []string {
	var out []string
	for _, w := range a {
		if _, ok := slices.BinarySearch(b, w); !ok {
			out = append(out, w)
		}
	}
	return out
}

// Clusters returns the number of clusters added.
func (l *ParaphraseLearner) Clusters() int { return l.clusters }

// Aligned returns the number of aligned lede pairs counted.
func (l *ParaphraseLearner) Aligned() int { return l.aligned }

// ParaphrasePair is a learned pair of stems that tell one event: Count
// aligned lede pairs (each cluster once) exchanged them, and Assoc is
// Count over the geometric mean of how often either was a lede's own word.
type ParaphrasePair struct {
	A, B  string
	Count int
	Assoc float64
}

// Pairs returns the pairs exchanged in at least minCount clusters whose
// association is at least minAssoc and, after a second pass (Freeze),
// whose stems one lede sentence holds together in at most maxBoth of the
// sentences holding the rarer one; the most frequent first (ties by
// stems).
func (l *ParaphraseLearner) Pairs(minCount int, minAssoc, maxBoth float64) []ParaphrasePair {
	var out []ParaphrasePair
	for k, n := range l.pairs {
		if n < minCount {
			continue
		}
		if both, ok := l.kept[k]; ok {
			if rare := min(l.sf[k[0]], l.sf[k[1]]); rare > 0 && float64(both) > maxBoth*float64(rare) {
				continue
			}
		}
		assoc := float64(n) / math.Sqrt(float64(l.own[k[0]])*float64(l.own[k[1]]))
		if assoc < minAssoc {
			continue
		}
		out = append(out, ParaphrasePair{A: k[0], B: k[1], Count: n, Assoc: assoc})
	}
	slices.SortFunc(out, func(x, y ParaphrasePair) int {
		return cmp.Or(cmp.Compare(y.Count, x.Count), cmp.Compare(x.A, y.A), cmp.Compare(x.B, y.B))
	})
	return out
}

// WriteParaphrases writes pairs as the embedded table reads them: a
// comment line, then one "stem stem count" line a pair.
func WriteParaphrases(w io.Writer, about string, pairs []ParaphrasePair) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# %s\n", about)
	for _, p := range pairs {
		fmt.Fprintf(bw, "%s %s %d\n", p.A, p.B, p.Count)
	}
	return bw.Flush()
}
