package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/clean"
	"github.com/chorusnews/chorus/dataset"
	"github.com/chorusnews/chorus/defect"
	"github.com/chorusnews/chorus/sentence"
	"github.com/chorusnews/chorus/summarize"
)

// This file writes the sentence slices that people label for the defect
// detectors (chorus bench defects -sample DIR). Its output holds dataset
// text and must stay outside the repository.

// pipeSentence is one sentence of one source document as the pipeline
// (clean → sentence) splits it.
type pipeSentence struct {
	key        string
	dataset    string
	cluster    string
	doc        int
	text       string
	prev, next string
	selected   bool
}

// docSentences returns the sentences of text in order, as the summarizer
// reads them: clean paragraphs split into sentences.
func docSentences(text string) []string {
	var out []string
	for _, para := range clean.Paragraphs(text) {
		for _, s := range sentence.Split(para) {
			if s = strings.TrimSpace(s); s != "" {
				out = append(out, s)
			}
		}
	}
	return out
}

// clusterSentences returns every sentence of every article of c with its
// neighbours and its label key.
func clusterSentences(name, cluster string, articles []chorus.Article) [][]pipeSentence {
	docs := make([][]pipeSentence, len(articles))
	for d, a := range articles {
		ss := docSentences(a.Text)
		for i, s := range ss {
			p := pipeSentence{dataset: name, cluster: cluster, doc: d, text: s}
			if i > 0 {
				p.prev = ss[i-1]
			}
			if i+1 < len(ss) {
				p.next = ss[i+1]
			}
			p.key = fmt.Sprintf("%s:%s:%d:%s", name, cluster, d, defect.TextHash(s))
			docs[d] = append(docs[d], p)
		}
	}
	return docs
}

// markSelected runs the summarizer on articles and marks the source sentence
// each summary sentence came from.
func markSelected(articles []chorus.Article, docs [][]pipeSentence) {
	sum, err := summarize.Summarize(articles, chorus.Options{})
	if err != nil {
		return
	}
	byID := make(map[string]int, len(articles))
	for i, a := range articles {
		byID[a.ID] = i
	}
	for _, s := range sum.Sentences {
		want := defect.Normalize(s.Text)
		best, bestDoc, bestScore := -1, -1, 0.0
		for _, src := range s.Sources {
			d, ok := byID[sum.Sources[src-1].Article]
			if !ok {
				continue
			}
			for i, p := range docs[d] {
				have := defect.Normalize(p.text)
				score := 0.0
				switch {
				case have == want:
					score = 2
				case strings.Contains(have, want) || strings.Contains(want, have):
					score = 1 + float64(min(len(have), len(want)))/float64(max(len(have), len(want)))/2
				}
				if score > bestScore {
					best, bestDoc, bestScore = i, d, score
				}
			}
		}
		if best >= 0 {
			docs[bestDoc][best].selected = true
		}
	}
}

var suspiciousRE = regexp.MustCompile(`(?i)(photo|click|©|copyright|subscribe|newsletter|follow us|sign up|caption|getty|\(ap\)|reuters|associated press|updated|posted|comment|contest|sweepstake|terms of|privacy|cookie|read more|e-?mail|twitter|facebook|instagram|advertis|donat|watch|video|image|credit|staff writer|correspondent|reporting by|editing by|all rights|for use by|\bclients\b|listen|pictured|left\)|right\)|sponsored|@|http|www\.|\.com)`)

var leaners = map[string]bool{"he": true, "she": true, "they": true, "it": true, "his": true, "her": true,
	"their": true, "its": true, "this": true, "these": true, "those": true, "that": true, "such": true,
	"we": true, "i": true, "you": true, "but": true, "however": true, "and": true, "also": true, "again": true,
	"meanwhile": true, "still": true, "yet": true, "so": true, "instead": true, "then": true, "the": false,
	"both": true, "another": true, "there": true, "here": true, "later": true, "earlier": true, "now": true,
	"though": true, "although": true, "or": true, "plus": true, "even": true, "likewise": true, "similarly": true}

// suspicious reports whether s looks like it may carry a defect, so that
// the sample holds enough of the rare classes.
func suspicious(s string) bool {
	words := strings.Fields(s)
	if len(words) < 8 {
		return true
	}
	if strings.ContainsAny(s, "\"“”") || strings.Contains(s, "``") || strings.Contains(s, "''") {
		return true
	}
	first := strings.ToLower(strings.Trim(words[0], `"'“”‘’,.:;()`))
	if leaners[first] {
		return true
	}
	t := strings.TrimRight(s, " \"'”’)")
	if !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "!") && !strings.HasSuffix(t, "?") {
		return true
	}
	if strings.HasSuffix(t, ":") || strings.HasSuffix(t, "?") {
		return true
	}
	upper := 0
	for _, w := range words[:min(len(words), 4)] {
		if len(w) > 1 && strings.ToUpper(w) == w && strings.ToLower(w) != w {
			upper++
		}
	}
	if upper >= 2 {
		return true
	}
	return suspiciousRE.MatchString(s)
}

// sampleSpec says how many sentences to draw from one dataset.
type sampleSpec struct {
	name     string
	clusters int // clusters to read (0: all)
	every    int // keep one cluster in every so many
	selected int // sentences the summarizer picked
	random   int // other source sentences
	cap      int // at most so many of each kind per cluster
}

// writeSample draws the labelling slices into dir.
func writeSample(dataDir, dir string, stderr io.Writer) error {
	specs := []sampleSpec{
		{"multinews-train", 0, 60, 350, 350, 3},
		{"multinews-val", 0, 8, 225, 225, 3},
		{"duc2003", 0, 1, 175, 175, 8},
		{"duc2006", 0, 1, 225, 225, 6},
	}
	rng := rand.New(rand.NewPCG(10, 2026))
	var all []pipeSentence
	for _, sp := range specs {
		var sel, rest []pipeSentence
		n := 0
		fn := func(name, cluster string, articles []chorus.Article) {
			n++
			if sp.every > 1 && rng.IntN(sp.every) != 0 {
				return
			}
			docs := clusterSentences(name, cluster, articles)
			markSelected(articles, docs)
			for _, d := range docs {
				for _, p := range d {
					if p.selected {
						sel = append(sel, p)
					} else {
						rest = append(rest, p)
					}
				}
			}
		}
		var err error
		if sp.name == "duc2006" {
			err = readDUC2006(filepath.Join(dataDir, "duc2006", "duc2006_main.jsonl.gz"), fn)
		} else {
			err = dataset.Read(dataDir, sp.name, sp.clusters, func(ex dataset.Example) error {
				id := strings.TrimPrefix(ex.Cluster.ID, sp.name+"-")
				fn(sp.name, id, ex.Cluster.Articles)
				return nil
			})
		}
		if err != nil {
			return err
		}
		a := draw(rng, sel, sp.selected, sp.cap)
		b := draw(rng, rest, sp.random, sp.cap)
		fmt.Fprintf(stderr, "%s: %d clusters read, %d selected (%d drawn), %d other (%d drawn)\n",
			sp.name, n, len(sel), len(a), len(rest), len(b))
		all = append(all, a...)
		all = append(all, b...)
	}
	// Deduplicate keys, then shuffle and deal: 150 shared by A and C.
	seen := map[string]bool{}
	uniq := all[:0]
	for _, p := range all {
		if !seen[p.key] {
			seen[p.key] = true
			uniq = append(uniq, p)
		}
	}
	rng.Shuffle(len(uniq), func(i, j int) { uniq[i], uniq[j] = uniq[j], uniq[i] })
	const overlap = 150
	per := (len(uniq) + overlap) / 3
	shared := uniq[:overlap]
	restA := uniq[overlap:per]
	sliceB := uniq[per:min(2*per, len(uniq))]
	restC := uniq[min(2*per, len(uniq)):]
	sliceA := append(slices.Clone(shared), restA...)
	sliceC := append(slices.Clone(shared), restC...)
	for _, s := range []*[]pipeSentence{&sliceA, &sliceC} {
		rng.Shuffle(len(*s), func(i, j int) { (*s)[i], (*s)[j] = (*s)[j], (*s)[i] })
	}
	for name, s := range map[string][]pipeSentence{"A": sliceA, "B": sliceB, "C": sliceC} {
		if err := writeSlice(filepath.Join(dir, "slice-"+name+".tsv"), s); err != nil {
			return err
		}
		fmt.Fprintf(stderr, "slice-%s: %d sentences\n", name, len(s))
	}
	// Which keys came from the summarizer, for the record (no text).
	f, err := os.Create(filepath.Join(dir, "selected-keys.txt"))
	if err != nil {
		return fmt.Errorf("cannot write selected keys: %w", err)
	}
	defer f.Close()
	for _, p := range uniq {
		if p.selected {
			fmt.Fprintln(f, p.key)
		}
	}
	return nil
}

// draw takes n sentences from pool: half (or as many as there are) that
// look suspicious, the rest at random, at most cap per cluster.
func draw(rng *rand.Rand, pool []pipeSentence, n, cap int) []pipeSentence {
	rng.Shuffle(len(pool), func(i, j int) { pool[i], pool[j] = pool[j], pool[i] })
	perCluster := map[string]int{}
	var out []pipeSentence
	take := func(want int, ok func(pipeSentence) bool) {
		for i := range pool {
			if len(out) >= want {
				return
			}
			p := pool[i]
			if p.key == "" || !ok(p) || perCluster[p.cluster] >= cap {
				continue
			}
			perCluster[p.cluster]++
			out = append(out, p)
			pool[i].key = ""
		}
	}
	take(n/2, func(p pipeSentence) bool { return suspicious(p.text) })
	take(n, func(p pipeSentence) bool { return true })
	return out
}

func writeSlice(path string, s []pipeSentence) error {
	var b strings.Builder
	b.WriteString("key\tprevious\tsentence\tnext\n")
	field := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	for _, p := range s {
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\n", p.key, field(p.prev), field(p.text), field(p.next))
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("cannot write slice: %w", err)
	}
	return nil
}

// readDUC2006 streams the DUC 2006 documents, one cluster at a time.
func readDUC2006(path string, fn func(name, cluster string, articles []chorus.Article)) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("cannot open duc2006: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return fmt.Errorf("cannot read duc2006: %w", err)
	}
	r := bufio.NewReaderSize(zr, 1<<20)
	for {
		line, err := r.ReadBytes('\n')
		if len(strings.TrimSpace(string(line))) > 0 {
			var d struct {
				ID        string `json:"id"`
				Documents []struct {
					ID, Title, Text string
				} `json:"documents"`
			}
			if jerr := json.Unmarshal(line, &d); jerr != nil {
				return fmt.Errorf("cannot parse duc2006: %w", jerr)
			}
			arts := make([]chorus.Article, len(d.Documents))
			for i, doc := range d.Documents {
				arts[i] = chorus.Article{ID: doc.ID, Title: doc.Title, Text: doc.Text, Source: dataset.DocAgency(doc.ID)}
				if t, ok := dataset.DocDate(doc.ID); ok {
					arts[i].Published = t
				}
			}
			fn("duc2006", d.ID, arts)
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("cannot read duc2006: %w", err)
		}
	}
}
