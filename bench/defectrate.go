package bench

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/baseline"
	"github.com/chorusnews/chorus/dataset"
	"github.com/chorusnews/chorus/defect"
)

// DefectRateOptions controls a run of RunDefectRates. Only Dataset is
// required.
type DefectRateOptions struct {
	// Dataset is one of dataset.Names().
	Dataset string
	// Dir is the data directory; "" means dataset.Dir().
	Dir string
	// Systems are the systems to run, in table order; nil means SystemNames().
	Systems []string
	// Limit, when positive, reads only the first Limit clusters.
	Limit int
	// Summary is the summary budget; the zero value is each system's default
	// for readers (chorus.Options{}).
	Summary chorus.Options
	// Workers is the number of clusters summarized at once; 0 means
	// runtime.NumCPU().
	Workers int
}

// DefectRates is a table of summary defects per system.
type DefectRates struct {
	Dataset string
	Budget  string
	Rows    []DefectRateRow
}

// DefectRateRow counts one system's summary defects.
type DefectRateRow struct {
	System string
	// Summaries and Sentences count the summaries made and their
	// sentences; Errors the clusters that gave no summary.
	Summaries, Sentences, Words, Errors int
	// With counts, per class, the summaries holding at least one sentence
	// of that class; Count the sentences of that class. Index OK counts
	// any defect.
	With, Count [9]int
}

// RunDefectRates summarizes every cluster of a dataset with each system and
// counts the defects of the summaries (defect.InSummary): a sentence that
// leans on another counts unless the sentence before it in the summary is
// the one before it in its source.
func RunDefectRates(ctx context.Context, opts DefectRateOptions) (*DefectRates, error) {
	if opts.Dir == "" {
		d, err := dataset.Dir()
		if err != nil {
			return nil, fmt.Errorf("cannot find data: %w", err)
		}
		opts.Dir = d
	}
	if len(opts.Systems) == 0 {
		opts.Systems = SystemNames()
	}
	if opts.Workers <= 0 {
		opts.Workers = runtime.NumCPU()
	}
	words, sentences := opts.Summary.Budget()
	res := &DefectRates{Dataset: opts.Dataset, Budget: fmt.Sprintf("%d words, %d sentences (0: none)", words, sentences)}
	if opts.Summary == (chorus.Options{}) {
		res.Budget = "each system's default (chorus.Options{})"
	}
	for _, name := range opts.Systems {
		sys, err := newSystem(name, opts.Dataset)
		if err != nil {
			return nil, err
		}
		row, err := defectPass(ctx, sys, opts)
		if err != nil {
			return nil, err
		}
		res.Rows = append(res.Rows, row)
	}
	return res, nil
}

// defectPass runs one system over the dataset.
func defectPass(ctx context.Context, sys baseline.System, opts DefectRateOptions) (DefectRateRow, error) {
	row := DefectRateRow{System: sys.Name()}
	jobs := make(chan dataset.Example, opts.Workers)
	var (
		mu      sync.Mutex
		wg      sync.WaitGroup
		readErr error
	)
	go func() {
		defer close(jobs)
		readErr = dataset.Read(opts.Dir, opts.Dataset, opts.Limit, func(ex dataset.Example) error {
			select {
			case jobs <- ex:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()
	for range opts.Workers {
		wg.Go(func() {
			for ex := range jobs {
				sets, words, err := summaryDefects(sys, ex, opts.Summary)
				mu.Lock()
				row.add(sets, words, err)
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	if readErr != nil {
		return row, readErr
	}
	return row, ctx.Err()
}

// summaryDefects summarizes one cluster and returns the classes of its
// sentences in context.
func summaryDefects(sys baseline.System, ex dataset.Example, opts chorus.Options) ([]defect.Set, int, error) {
	sum, err := safeSummarize(sys, ex, opts)
	if err != nil {
		return nil, 0, err
	}
	docs := clusterSentences("", "", ex.Cluster.Articles)
	pos := locate(sum, ex.Cluster.Articles, docs)
	texts := make([]string, len(sum.Sentences))
	follows := make([]bool, len(sum.Sentences))
	words := 0
	for i, s := range sum.Sentences {
		texts[i] = s.Text
		words += len(strings.Fields(s.Text))
		if i > 0 && pos[i][0] >= 0 && pos[i][0] == pos[i-1][0] && pos[i][1] == pos[i-1][1]+1 {
			follows[i] = true
		}
	}
	return defect.InSummary(texts, follows), words, nil
}

// add counts one summary.
func (r *DefectRateRow) add(sets []defect.Set, words int, err error) {
	if err != nil {
		r.Errors++
		return
	}
	r.Summaries++
	r.Sentences += len(sets)
	r.Words += words
	var any defect.Set
	for _, s := range sets {
		any |= s
		if s.First() != defect.OK {
			r.Count[defect.OK]++
		}
		for _, c := range defect.Classes()[1:] {
			if s.Has(c) {
				r.Count[c]++
			}
		}
	}
	if any != 0 {
		r.With[defect.OK]++
	}
	for _, c := range defect.Classes()[1:] {
		if any.Has(c) {
			r.With[c]++
		}
	}
}

// WriteTable writes the defect rates as a Markdown table, one row per
// system: for each class, the share of summaries with at least one such
// sentence and, in brackets, such sentences per summary.
func (d *DefectRates) WriteTable(w io.Writer) error {
	fmt.Fprintf(w, "Summary defects on %s, budget: %s. Each cell: share of summaries with at least one (sentences per summary).\n\n", d.Dataset, d.Budget)
	classes := append(defect.Classes()[1:], defect.OK)
	fmt.Fprint(w, "| system | summaries | sentences | words |")
	for _, c := range classes {
		name := c.String()
		if c == defect.OK {
			name = "any defect"
		}
		fmt.Fprintf(w, " %s |", name)
	}
	fmt.Fprint(w, "\n|---|---:|---:|---:|")
	for range classes {
		fmt.Fprint(w, "---:|")
	}
	fmt.Fprintln(w)
	for _, r := range d.Rows {
		fmt.Fprintf(w, "| %s | %d | %.1f | %.0f |", r.System, r.Summaries, perSummary(r.Sentences, r.Summaries), perSummary(r.Words, r.Summaries))
		for _, c := range classes {
			fmt.Fprintf(w, " %s (%.2f) |", ratio(r.With[c], r.Summaries), perSummary(r.Count[c], r.Summaries))
		}
		fmt.Fprintln(w)
	}
	for _, r := range d.Rows {
		if r.Errors > 0 {
			fmt.Fprintf(w, "\n%s gave no summary for %d clusters.\n", r.System, r.Errors)
		}
	}
	_, err := fmt.Fprintln(w)
	return err
}

func perSummary(n, summaries int) float64 {
	if summaries == 0 {
		return 0
	}
	return float64(n) / float64(summaries)
}
