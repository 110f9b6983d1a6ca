package bench

import (
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/defect"
	"github.com/chorusnews/chorus/summarize"
)

// This file draws the sentence slices that people label for the defect
// detectors (chorus bench defects -sample DIR). Its output holds dataset
// text and must stay outside the repository.

// sampleSpec says how many sentences to draw from one dataset.
type sampleSpec struct {
	name     string
	every    int // keep one cluster in every so many, at random
	selected int // sentences the summarizer picked
	random   int // other source sentences
	cap      int // at most so many of each kind per cluster
}

var sampleSpecs = []sampleSpec{
	{"multinews-train", 60, 350, 350, 3},
	{"multinews-val", 8, 225, 225, 3},
	{"duc2003", 1, 175, 175, 8},
	{"duc2006", 1, 225, 225, 6},
}

// sampleOverlap is the number of sentences slices A and C share, for the
// agreement between two labellers.
const sampleOverlap = 150

// sampled is one drawn sentence and whether the summarizer picked it.
type sampled struct {
	SourceSentence
	cluster  string
	selected bool
}

// WriteDefectSample draws about 1,950 development sentences, half of them
// picked by the summarizer (default options) and half other source
// sentences, the suspicious ones oversampled, and writes them to dir as
// slice-A.tsv, slice-B.tsv and slice-C.tsv (700 each; A and C share 150)
// with columns key, previous, sentence, next, plus selected-keys.txt. The
// draw is deterministic. It logs counts to log.
func WriteDefectSample(dataDir, dir string, log io.Writer) error {
	rng := rand.New(rand.NewPCG(10, 2026))
	var all []sampled
	for _, sp := range sampleSpecs {
		var sel, rest []sampled
		n := 0
		err := readSources(dataDir, sp.name, 0, func(cluster string, articles []chorus.Article) error {
			n++
			if sp.every > 1 && rng.IntN(sp.every) != 0 {
				return nil
			}
			docs := clusterSentences(sp.name, cluster, articles)
			picked := summarySources(articles, docs)
			for d, doc := range docs {
				for i, s := range doc {
					p := sampled{s, cluster, picked[[2]int{d, i}]}
					if p.selected {
						sel = append(sel, p)
					} else {
						rest = append(rest, p)
					}
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
		a := draw(rng, sel, sp.selected, sp.cap)
		b := draw(rng, rest, sp.random, sp.cap)
		fmt.Fprintf(log, "%s: %d clusters read, %d selected (%d drawn), %d other (%d drawn)\n",
			sp.name, n, len(sel), len(a), len(rest), len(b))
		all = append(all, a...)
		all = append(all, b...)
	}
	seen := map[string]bool{}
	uniq := all[:0]
	for _, p := range all {
		if !seen[p.Key] {
			seen[p.Key] = true
			uniq = append(uniq, p)
		}
	}
	rng.Shuffle(len(uniq), func(i, j int) { uniq[i], uniq[j] = uniq[j], uniq[i] })
	per := (len(uniq) + sampleOverlap) / 3
	if per < sampleOverlap {
		return fmt.Errorf("cannot draw slices: only %d sentences", len(uniq))
	}
	sliceA := slices.Clone(uniq[:per])
	sliceB := uniq[per:min(2*per, len(uniq))]
	sliceC := append(slices.Clone(uniq[:sampleOverlap]), uniq[min(2*per, len(uniq)):]...)
	for _, s := range [][]sampled{sliceA, sliceC} {
		rng.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	}
	for _, s := range []struct {
		name string
		rows []sampled
	}{{"A", sliceA}, {"B", sliceB}, {"C", sliceC}} {
		if err := writeSlice(filepath.Join(dir, "slice-"+s.name+".tsv"), s.rows); err != nil {
			return err
		}
		fmt.Fprintf(log, "slice-%s: %d sentences\n", s.name, len(s.rows))
	}
	var b strings.Builder
	for _, p := range uniq {
		if p.selected {
			fmt.Fprintln(&b, p.Key)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "selected-keys.txt"), []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("cannot write selected keys: %w", err)
	}
	return nil
}

// summarySources runs the summarizer on articles and returns the (article,
// sentence) positions its summary sentences came from.
func summarySources(articles []chorus.Article, docs [][]SourceSentence) map[[2]int]bool {
	out := map[[2]int]bool{}
	sum, err := summarize.Summarize(articles, chorus.Options{})
	if err != nil {
		return out
	}
	for _, pos := range locate(sum, articles, docs) {
		if pos[0] >= 0 {
			out[pos] = true
		}
	}
	return out
}

// locate returns, for each summary sentence, the (article, sentence)
// position of the source sentence it was taken from, or {-1, -1}: the
// sentence of a cited article whose normalised text equals it, failing
// that, contains it or is contained in it with the most overlap, and
// failing that, shares most of its words (a sentence the summary rewrote).
func locate(sum chorus.Summary, articles []chorus.Article, docs [][]SourceSentence) [][2]int {
	byID := make(map[string]int, len(articles))
	for i, a := range articles {
		if _, dup := byID[a.ID]; !dup {
			byID[a.ID] = i
		}
	}
	out := make([][2]int, len(sum.Sentences))
	for k, s := range sum.Sentences {
		want := defect.Normalize(s.Text)
		out[k] = [2]int{-1, -1}
		best := 0.0
		for _, src := range s.Sources {
			if src < 1 || src > len(sum.Sources) {
				continue
			}
			d, ok := byID[sum.Sources[src-1].Article]
			if !ok || d >= len(docs) {
				continue
			}
			for i, p := range docs[d] {
				have := defect.Normalize(p.Text)
				score := 0.0
				switch {
				case have == want:
					score = 2
				case have != "" && want != "" && (strings.Contains(have, want) || strings.Contains(want, have)):
					score = 1 + float64(min(len(have), len(want)))/float64(max(len(have), len(want)))/2
				default:
					score = rewriteOverlap(want, have)
				}
				if score > best {
					best, out[k] = score, [2]int{d, i}
				}
			}
		}
	}
	return out
}

// rewriteOverlap scores a source sentence the summary may have rewritten
// (a name written in full, a pronoun replaced, a clause cut): the share of
// the longer sentence's distinct words the two share, when it is at least
// 0.6, else 0. It stays below 1, so an exact or contained match wins.
func rewriteOverlap(want, have string) float64 {
	a, b := strings.Fields(want), strings.Fields(have)
	if len(a) < 4 || len(b) < 4 {
		return 0
	}
	set := make(map[string]bool, len(b))
	for _, w := range b {
		set[w] = true
	}
	seen := make(map[string]bool, len(a))
	shared := 0
	for _, w := range a {
		if set[w] && !seen[w] {
			shared++
		}
		seen[w] = true
	}
	r := float64(shared) / float64(max(len(seen), len(set)))
	if r < 0.6 {
		return 0
	}
	return r * 0.99
}

var suspiciousRE = regexp.MustCompile(`(?i)(photo|click|©|copyright|subscribe|newsletter|follow us|sign up|caption|getty|\(ap\)|reuters|associated press|updated|posted|comment|contest|sweepstake|terms of|privacy|cookie|read more|e-?mail|twitter|facebook|instagram|advertis|donat|watch|video|image|credit|staff writer|correspondent|reporting by|editing by|all rights|for use by|\bclients\b|listen|pictured|left\)|right\)|sponsored|@|http|www\.|\.com)`)

// leaners are opening words that often lean on the sentence before.
var leaners = map[string]bool{"he": true, "she": true, "they": true, "it": true, "his": true, "her": true,
	"their": true, "its": true, "this": true, "these": true, "those": true, "that": true, "such": true,
	"we": true, "i": true, "you": true, "but": true, "however": true, "and": true, "also": true, "again": true,
	"meanwhile": true, "still": true, "yet": true, "so": true, "instead": true, "then": true,
	"both": true, "another": true, "there": true, "here": true, "later": true, "earlier": true, "now": true,
	"though": true, "although": true, "or": true, "plus": true, "even": true, "likewise": true, "similarly": true}

// suspicious reports whether s looks like it may carry a defect, so that
// the sample holds enough of the rare classes. It is a sampling weight,
// not a detector.
func suspicious(s string) bool {
	words := strings.Fields(s)
	if len(words) < 8 {
		return true
	}
	if strings.ContainsAny(s, "\"“”") || strings.Contains(s, "``") || strings.Contains(s, "''") {
		return true
	}
	if leaners[strings.ToLower(strings.Trim(words[0], `"'“”‘’,.:;()`))] {
		return true
	}
	t := strings.TrimRight(s, " \"'”’)")
	if !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "!") {
		return true
	}
	upper := 0
	for _, w := range words[:min(len(words), 4)] {
		if len(w) > 1 && strings.ToUpper(w) == w && strings.ToLower(w) != w {
			upper++
		}
	}
	return upper >= 2 || suspiciousRE.MatchString(s)
}

// draw takes n sentences from pool: half (or as many as there are) that
// look suspicious, the rest at random, at most limit per cluster.
func draw(rng *rand.Rand, pool []sampled, n, limit int) []sampled {
	rng.Shuffle(len(pool), func(i, j int) { pool[i], pool[j] = pool[j], pool[i] })
	perCluster := map[string]int{}
	taken := make([]bool, len(pool))
	var out []sampled
	take := func(want int, ok func(sampled) bool) {
		for i, p := range pool {
			if len(out) >= want {
				return
			}
			if taken[i] || !ok(p) || perCluster[p.cluster] >= limit {
				continue
			}
			perCluster[p.cluster]++
			taken[i] = true
			out = append(out, p)
		}
	}
	take(n/2, func(p sampled) bool { return suspicious(p.Text) })
	take(n, func(sampled) bool { return true })
	return out
}

// writeSlice writes one labelling slice: a header, then key, previous,
// sentence and next, tab-separated, white space collapsed.
func writeSlice(path string, rows []sampled) error {
	var b strings.Builder
	b.WriteString("key\tprevious\tsentence\tnext\n")
	field := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	for _, p := range rows {
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\n", p.Key, field(p.Prev), field(p.Text), field(p.Next))
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("cannot write slice: %w", err)
	}
	return nil
}
