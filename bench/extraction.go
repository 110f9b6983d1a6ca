package bench

import (
	"bufio"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"github.com/chorusnews/chorus/extraction"
	"github.com/chorusnews/chorus/input"
)

// ExtractionDatasets are the sets `chorus bench extraction` scores: the
// scrapinghub article-extraction-benchmark (test: report once) and the
// trafilatura and readability sets (dev: tune on these).
var ExtractionDatasets = []string{"scrapinghub-aeb", "trafilatura", "readability"}

// ExtractionHalves are the halves of a dev set that ExtractionOptions.Half
// names: rules are tuned on the first and checked on the second.
var ExtractionHalves = []string{"tune", "held-out"}

// InHalf reports whether the page named name (a readability page's folder
// name, a trafilatura page's stored path) belongs to half: the FNV-1a
// hash of the name is even for "tune", odd for "held-out"; every page
// belongs to "".
func InHalf(name, half string) bool {
	if half == "" {
		return true
	}
	h := fnv.New32a()
	h.Write([]byte(name))
	odd := h.Sum32()%2 == 1
	return odd == (half == "held-out")
}

// ExtractionOptions says which set to score and where it lies.
type ExtractionOptions struct {
	// Dataset is one of ExtractionDatasets.
	Dataset string
	// Dir is the data folder holding extraction/ (see dataset.Dir).
	Dir string
	// Limit scores only the first Limit pages in id order (0: all).
	Limit int
	// Half, on the dev sets, scores only one half of the pages: "tune"
	// or "held-out" (see InHalf); "" scores them all.
	Half string
	// Gold, when set, is a folder of hand-labelled golds scored instead
	// of Dataset (see runGoldDir); Dataset is then only the table's name.
	Gold string
	// Progress, when set, is called after each page.
	Progress func()
}

// ExtractionRow is one system's figures on a set. On the scrapinghub and
// readability sets they are the benchmark's shingle precision, recall and
// F1 (package extraction); on trafilatura's set, snippet precision and
// recall as trafilatura's own evaluation counts them, with Kept the share
// of "with" snippets found and Leaked the share of "without" snippets.
type ExtractionRow struct {
	System    string   `json:"system"`
	Precision float64  `json:"precision"`
	Recall    float64  `json:"recall"`
	F1        float64  `json:"f1"`
	Kept      *float64 `json:"kept,omitempty"`
	Leaked    *float64 `json:"leaked,omitempty"`
	// Published marks figures taken from the benchmark's published
	// per-page scores rather than computed here.
	Published bool `json:"-"`
}

// ExtractionResult is the table `chorus bench extraction` prints.
type ExtractionResult struct {
	Dataset string `json:"dataset"`
	// Half is the half of a dev set scored, "" for all its pages.
	Half  string          `json:"half,omitempty"`
	Pages int             `json:"pages"`
	Rows  []ExtractionRow `json:"rows"`
}

// ChorusText is Chorus's article text of an HTML page: the path `chorus
// summarize` and the service take (input.Parse in HTML mode).
func ChorusText(page string) string {
	cs, err := input.Parse(strings.NewReader(page), "page.html", input.Options{Format: input.FormatHTML})
	if err != nil || len(cs) == 0 || len(cs[0].Articles) == 0 {
		return ""
	}
	return cs[0].Articles[0].Text
}

// trafilaturaText is go-trafilatura's text with its fallback extractors,
// the library Chorus builds on, run here as the baseline on the dev sets.
func trafilaturaText(page string) (text string) {
	defer func() {
		if recover() != nil {
			text = ""
		}
	}()
	res, err := trafilatura.Extract(strings.NewReader(page), trafilatura.Options{EnableFallback: true})
	if err != nil || res == nil {
		return ""
	}
	return res.ContentText
}

// extractors are the systems run here, by row name.
var extractors = []struct {
	name string
	text func(string) string
}{{"chorus", ChorusText}, {"go-trafilatura", trafilaturaText}}

// RunExtraction scores Chorus's extraction on one set, beside the
// published tools (scrapinghub) or go-trafilatura run here (dev sets).
func RunExtraction(opts ExtractionOptions) (*ExtractionResult, error) {
	base := filepath.Join(opts.Dir, "extraction")
	var (
		res *ExtractionResult
		err error
	)
	if opts.Half != "" && !slices.Contains(ExtractionHalves, opts.Half) {
		return nil, fmt.Errorf("cannot score extraction: unknown half %q (want one of %s)", opts.Half, strings.Join(ExtractionHalves, ", "))
	}
	switch {
	case opts.Gold != "":
		res, err = runGoldDir(opts.Gold, opts)
	case opts.Dataset == "scrapinghub-aeb":
		if opts.Half != "" {
			return nil, fmt.Errorf("cannot score extraction: the scrapinghub set is a test set, it has no halves")
		}
		res, err = runAEB(filepath.Join(base, "scrapinghub-aeb"), opts)
	case opts.Dataset == "readability":
		res, err = runReadability(filepath.Join(base, "readability-test-pages"), opts)
	case opts.Dataset == "trafilatura":
		res, err = runTrafilaturaEval(filepath.Join(base, "trafilatura-eval"), opts)
	default:
		return nil, fmt.Errorf("cannot score extraction: unknown dataset %q (want one of %s)", opts.Dataset, strings.Join(ExtractionDatasets, ", "))
	}
	if err != nil {
		return nil, err
	}
	res.Half = opts.Half
	sort.SliceStable(res.Rows, func(i, j int) bool { return res.Rows[i].F1 > res.Rows[j].F1 })
	return res, nil
}

// shingleRow turns per-page counts into a row.
func shingleRow(system string, counts []extraction.Counts, published bool) ExtractionRow {
	s := extraction.Mean(counts)
	return ExtractionRow{System: system, Precision: s.Precision, Recall: s.Recall, F1: s.F1, Published: published}
}

// runAEB scores Chorus on the scrapinghub set; the published tools' rows
// average their published per-page counts over the same pages.
func runAEB(dir string, opts ExtractionOptions) (*ExtractionResult, error) {
	pages, err := extraction.AEBPages(dir)
	if err != nil {
		return nil, fmt.Errorf("cannot score extraction: %w", err)
	}
	if opts.Limit > 0 && opts.Limit < len(pages) {
		pages = pages[:opts.Limit]
	}
	pub, err := extraction.AEBPublished(dir)
	if err != nil {
		return nil, fmt.Errorf("cannot score extraction: %w", err)
	}
	var chorus []extraction.Counts
	for _, p := range pages {
		page, err := extraction.AEBHTML(dir, p.ID)
		if err != nil {
			return nil, fmt.Errorf("cannot score extraction: %w", err)
		}
		chorus = append(chorus, extraction.Match(p.Gold, ChorusText(page)))
		if opts.Progress != nil {
			opts.Progress()
		}
	}
	res := &ExtractionResult{Dataset: opts.Dataset, Pages: len(pages), Rows: []ExtractionRow{shingleRow("chorus", chorus, false)}}
	for _, t := range pub {
		var counts []extraction.Counts
		for _, p := range pages {
			counts = append(counts, t.PerPage[p.ID])
		}
		res.Rows = append(res.Rows, shingleRow(t.Tool, counts, true))
	}
	return res, nil
}

// runReadability scores the readability test pages: the gold text is the
// text of expected.html, Readability.js's cleaned article.
func runReadability(dir string, opts ExtractionOptions) (*ExtractionResult, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("cannot read readability pages: %w", err)
	}
	run := newShingleRun(opts)
	for _, e := range entries {
		if !e.IsDir() || !InHalf(e.Name(), opts.Half) {
			continue
		}
		if run.full() {
			break
		}
		src, err := readGz(filepath.Join(dir, e.Name(), "source.html.gz"))
		if err != nil {
			continue
		}
		want, err := readGz(filepath.Join(dir, e.Name(), "expected.html.gz"))
		if err != nil {
			continue
		}
		run.add(fragmentText(want), src)
	}
	return run.result(), nil
}

// shingleRun scores every extractor page by page with the shingle metric,
// up to opts.Limit pages, reporting each to opts.Progress.
type shingleRun struct {
	opts   ExtractionOptions
	counts [][]extraction.Counts // per extractor, per page
	pages  int
}

// newShingleRun starts a run of every extractor under opts.
func newShingleRun(opts ExtractionOptions) *shingleRun {
	return &shingleRun{opts: opts, counts: make([][]extraction.Counts, len(extractors))}
}

// full reports whether the run has scored opts.Limit pages.
func (r *shingleRun) full() bool { return r.opts.Limit > 0 && r.pages >= r.opts.Limit }

// add scores each extractor's text of page against gold.
func (r *shingleRun) add(gold, page string) {
	for i, x := range extractors {
		r.counts[i] = append(r.counts[i], extraction.Match(gold, x.text(page)))
	}
	r.pages++
	if r.opts.Progress != nil {
		r.opts.Progress()
	}
}

// result is one row per extractor, its mean over the pages.
func (r *shingleRun) result() *ExtractionResult {
	res := &ExtractionResult{Dataset: r.opts.Dataset, Pages: r.pages}
	for i, x := range extractors {
		res.Rows = append(res.Rows, shingleRow(x.name, r.counts[i], false))
	}
	return res
}

// runGoldDir scores a folder of hand-labelled golds with the benchmark's
// metric: each NAME.txt is the gold article body (plain text) of the page
// NAME.html or NAME.html.gz beside it; a .txt without a page is skipped.
// Halves split by the FNV-1a hash of NAME, as on the dev sets.
func runGoldDir(dir string, opts ExtractionOptions) (*ExtractionResult, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("cannot read gold folder: %w", err)
	}
	run := newShingleRun(opts)
	for _, e := range entries {
		name, ok := strings.CutSuffix(e.Name(), ".txt")
		if !ok || e.IsDir() || !InHalf(name, opts.Half) {
			continue
		}
		if run.full() {
			break
		}
		page, err := readGz(filepath.Join(dir, name+".html.gz"))
		if err != nil {
			b, err2 := os.ReadFile(filepath.Join(dir, name+".html"))
			if err2 != nil {
				continue
			}
			page = string(b)
		}
		gold, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, fmt.Errorf("cannot read gold: %w", err)
		}
		run.add(string(gold), page)
	}
	if run.pages == 0 {
		return nil, fmt.Errorf("cannot score extraction: no NAME.txt with NAME.html(.gz) beside it in %s", dir)
	}
	return run.result(), nil
}

// blockTags are the elements whose edges separate words.
var blockTags = map[string]bool{
	"p": true, "div": true, "br": true, "li": true, "ul": true, "ol": true, "h1": true, "h2": true,
	"h3": true, "h4": true, "h5": true, "h6": true, "blockquote": true, "pre": true, "table": true,
	"tr": true, "td": true, "th": true, "section": true, "article": true, "figure": true,
	"figcaption": true, "dd": true, "dt": true, "dl": true, "hr": true, "img": true,
}

// fragmentText returns the text of an HTML fragment, a space at each
// block element's edge and none inside inline markup.
func fragmentText(doc string) string {
	z := html.NewTokenizer(strings.NewReader(doc))
	var b strings.Builder
	skip := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return strings.Join(strings.Fields(b.String()), " ")
		case html.TextToken:
			if skip == 0 {
				b.Write(z.Text())
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			tag := string(name)
			if tag == "script" || tag == "style" {
				if z.Token().Type == html.StartTagToken {
					skip++
				} else if skip > 0 {
					skip--
				}
			}
			if blockTags[tag] {
				b.WriteByte(' ')
			}
		}
	}
}

// snippetCounts are trafilatura-style counts over "with" and "without"
// snippets.
type snippetCounts struct{ tp, fn, fp, tn int }

// runTrafilaturaEval scores the stored pages of trafilatura's evaluation
// set as its own evaluation does: a "with" snippet found in the text is a
// true positive, missed a false negative; a "without" snippet found is a
// false positive, absent a true negative; white space is normalised first.
func runTrafilaturaEval(dir string, opts ExtractionOptions) (*ExtractionResult, error) {
	var gold map[string]struct {
		With    []string `json:"with"`
		Without []string `json:"without"`
	}
	b, err := os.ReadFile(filepath.Join(dir, "evaldata.json"))
	if err != nil {
		return nil, fmt.Errorf("cannot read trafilatura gold: %w", err)
	}
	if err := json.Unmarshal(b, &gold); err != nil {
		return nil, fmt.Errorf("cannot read trafilatura gold: %w", err)
	}
	f, err := os.Open(filepath.Join(dir, "index.jsonl"))
	if err != nil {
		return nil, fmt.Errorf("cannot read trafilatura index: %w", err)
	}
	defer f.Close()
	type item struct{ url, stored string }
	var items []item
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<20)
	for sc.Scan() {
		var ix struct{ URL, Stored string }
		if json.Unmarshal(sc.Bytes(), &ix) != nil || ix.Stored == "" {
			continue
		}
		if _, err := os.Stat(filepath.Join(dir, ix.Stored)); err == nil && InHalf(ix.Stored, opts.Half) {
			items = append(items, item{ix.URL, ix.Stored})
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("cannot read trafilatura index: %w", err)
	}
	sort.Slice(items, func(i, j int) bool { return items[i].stored < items[j].stored })
	if opts.Limit > 0 && opts.Limit < len(items) {
		items = items[:opts.Limit]
	}
	counts := make([]snippetCounts, len(extractors))
	for _, it := range items {
		page, err := readGz(filepath.Join(dir, it.stored))
		if err != nil {
			return nil, err
		}
		g := gold[it.url]
		for i, x := range extractors {
			text := normSpace(x.text(page))
			c := &counts[i]
			for _, s := range g.With {
				if strings.Contains(text, normSpace(s)) {
					c.tp++
				} else {
					c.fn++
				}
			}
			for _, s := range g.Without {
				if strings.Contains(text, normSpace(s)) {
					c.fp++
				} else {
					c.tn++
				}
			}
		}
		if opts.Progress != nil {
			opts.Progress()
		}
	}
	res := &ExtractionResult{Dataset: opts.Dataset, Pages: len(items)}
	for i, x := range extractors {
		c := counts[i]
		r := ExtractionRow{System: x.name, Precision: share(c.tp, c.tp+c.fp), Recall: share(c.tp, c.tp+c.fn)}
		if r.Precision+r.Recall > 0 {
			r.F1 = 2 * r.Precision * r.Recall / (r.Precision + r.Recall)
		}
		kept, leaked := share(c.tp, c.tp+c.fn), share(c.fp, c.fp+c.tn)
		r.Kept, r.Leaked = &kept, &leaked
		res.Rows = append(res.Rows, r)
	}
	return res, nil
}

// share is a/b, 0 when b is 0.
func share(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// normSpace collapses runs of white space to one space.
func normSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// WriteJSON prints the result as one JSON object.
func (r *ExtractionResult) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(r); err != nil {
		return fmt.Errorf("cannot write JSON: %w", err)
	}
	return nil
}

// WriteTable prints the result as an aligned table, best F1 first;
// published figures are marked with '*'.
func (r *ExtractionResult) WriteTable(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	if r.Half != "" {
		fmt.Fprintf(tw, "%s, %s half (%d pages)\n", r.Dataset, r.Half, r.Pages)
	} else {
		fmt.Fprintf(tw, "%s (%d pages)\n", r.Dataset, r.Pages)
	}
	snippets := len(r.Rows) > 0 && r.Rows[0].Kept != nil
	if snippets {
		fmt.Fprintln(tw, "system\tprecision\trecall\tF1\twith kept\twithout leaked")
	} else {
		fmt.Fprintln(tw, "system\tprecision\trecall\tF1")
	}
	for _, row := range r.Rows {
		name := row.System
		if row.Published {
			name += " *"
		}
		fmt.Fprintf(tw, "%s\t%.3f\t%.3f\t%.3f", name, row.Precision, row.Recall, row.F1)
		if snippets && row.Kept != nil && row.Leaked != nil {
			fmt.Fprintf(tw, "\t%.3f\t%.3f", *row.Kept, *row.Leaked)
		}
		fmt.Fprintln(tw)
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("cannot write table: %w", err)
	}
	if r.Dataset == "scrapinghub-aeb" {
		fmt.Fprintln(w, "* published per-page scores (point_scores.json.gz) averaged over the same pages")
	}
	return nil
}
