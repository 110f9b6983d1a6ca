// Package tune is the tuning harness of the summarizer: it scores variants
// of summarize.Tuning on a validation dataset with ROUGE under the bench
// protocol, reading the data once, and says for each variant how many
// clusters it improves and worsens. It sits beside bench in the evaluation
// half of Chorus: dataset → summarize (one Tuning per variant) → rouge → a
// table of variants. chorus tune wires flags to it.
//
// Tune on validation data only: Run refuses test splits.
package tune

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"
	"text/tabwriter"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/bench"
	"github.com/chorusnews/chorus/dataset"
	"github.com/chorusnews/chorus/rouge"
	"github.com/chorusnews/chorus/summarize"
)

// Options says what to tune on and which variants to compare.
type Options struct {
	// Dataset is the validation dataset (multinews-val, duc2003, ...);
	// test splits are refused.
	Dataset string
	// Dir is the data directory; "" means dataset.Dir().
	Dir string
	// Limit reads only the first Limit clusters; 0 reads all.
	Limit int
	// Summarizer holds the model and tables to tune with; its nil fields
	// mean the embedded ones. Its Tuning, nil for DefaultTuning(), is the
	// base every variant starts from.
	Summarizer summarize.Summarizer
	// Variants are the variants compared with the base, each a
	// summarize.Tuning.Set spec ("minsrc=4,overlap=0.35") applied to it.
	Variants []string
	// Workers is the number of clusters summarized at once; 0 means one
	// per CPU. The figures do not depend on it.
	Workers int
}

// Row is the score of one variant.
type Row struct {
	// Variant is the spec applied to the base; "" for the base itself.
	Variant string
	// Figures are the ROUGE figures ×100 as chorus bench reports them
	// (ROUGE-1.5.5's bootstrap mean), in the order of the protocol's
	// Metrics, by its Measure (recall or F).
	Figures []float64
	// Better and Worse count the clusters whose ROUGE-1 the variant
	// raises and lowers against the base (0 for the base).
	Better, Worse int
	// Deltas are the per-cluster changes of ROUGE-1 ×100 against the
	// base, in dataset order (nil for the base).
	Deltas []float64
}

// Result is the outcome of Run.
type Result struct {
	// Dataset and Clusters say what was read.
	Dataset  string
	Clusters int
	// IDs are the cluster ids, in dataset order.
	IDs []string
	// Protocol is the bench protocol of the dataset.
	Protocol bench.Protocol
	// Rows holds the base first, then each variant in the order given.
	Rows []Row
}

// resamples is the number of bootstrap resamples whose mean is reported,
// as chorus bench reports it (ROUGE-1.5.5's mean of 1000 resample means,
// seed 0), so that the base row equals the bench figure.
const resamples = 1000

// IsTestSet reports whether the named dataset is held out for reporting,
// so that no tuning may read it.
func IsTestSet(name string) bool {
	return strings.Contains(name, "test") || name == "duc2004" || name == "longbench200" || name == "duc2007-update"
}

// Run scores the base tuning and each variant on the dataset.
func Run(ctx context.Context, opts Options) (*Result, error) {
	proto, err := bench.ProtocolFor(opts.Dataset)
	if err != nil {
		return nil, err
	}
	if IsTestSet(opts.Dataset) {
		return nil, chorus.Errorf(chorus.EINVALID, "%s is a test set: tune on validation data (multinews-val, duc2003)", opts.Dataset)
	}
	base := summarize.DefaultTuning()
	if opts.Summarizer.Tuning != nil {
		base = *opts.Summarizer.Tuning
	}
	tunings := []summarize.Tuning{base}
	for _, v := range opts.Variants {
		t := base
		if err := t.Set(v); err != nil {
			return nil, chorus.Errorf(chorus.EINVALID, "variant %q: %v", v, err)
		}
		tunings = append(tunings, t)
	}
	dir := opts.Dir
	if dir == "" {
		if dir, err = dataset.Dir(); err != nil {
			return nil, fmt.Errorf("cannot find the data: %w", err)
		}
	}
	var (
		clusters [][]chorus.Article
		refs     []*rouge.References
		ids      []string
	)
	err = dataset.Read(dir, opts.Dataset, opts.Limit, func(ex dataset.Example) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		clusters = append(clusters, ex.Cluster.Articles)
		ids = append(ids, ex.Cluster.ID)
		refs = append(refs, rouge.NewReferences(ex.References, proto.Options))
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", opts.Dataset, err)
	}
	res := &Result{Dataset: opts.Dataset, Clusters: len(clusters), IDs: ids, Protocol: proto}
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	var first []float64 // ROUGE-1 per cluster of the base
	for i, t := range tunings {
		sz := opts.Summarizer
		sz.Tuning = &t
		sz.NoVoices = true // ROUGE reads only the sentences
		scores, err := score(ctx, &sz, clusters, refs, proto, workers)
		if err != nil {
			return nil, err
		}
		row := Row{Figures: make([]float64, len(proto.Metrics))}
		if len(scores) > 0 {
			ivs := rouge.Bootstrap(scores, resamples, 95, 0)
			for k, m := range proto.Metrics {
				row.Figures[k] = 100 * figure(ivs[m].Mean, proto.Measure)
			}
		}
		r1 := make([]float64, len(scores))
		for c, sc := range scores {
			r1[c] = figure(sc[proto.Metrics[0]], proto.Measure)
		}
		if i == 0 {
			first = r1
		} else {
			row.Variant = opts.Variants[i-1]
			row.Deltas = make([]float64, len(r1))
			for c := range r1 {
				row.Deltas[c] = 100 * (r1[c] - first[c])
				switch {
				case r1[c] > first[c]+1e-9:
					row.Better++
				case r1[c] < first[c]-1e-9:
					row.Worse++
				}
			}
		}
		res.Rows = append(res.Rows, row)
	}
	return res, nil
}

// figure returns the measure ("R" or "F") of s.
func figure(s rouge.Score, measure string) float64 {
	if measure == "R" {
		return s.R
	}
	return s.F
}

// score summarizes every cluster with sz, workers at a time, and returns
// the ROUGE scores in cluster order. A cluster the summarizer rejects (no
// usable text) scores zero, as in bench.
func score(ctx context.Context, sz *summarize.Summarizer, clusters [][]chorus.Article, refs []*rouge.References, proto bench.Protocol, workers int) ([]rouge.Scores, error) {
	out := make([]rouge.Scores, len(clusters))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range min(workers, max(len(clusters), 1)) {
		wg.Go(func() {
			for i := range jobs {
				sum, err := sz.Summarize(clusters[i], chorus.Options{Words: proto.Words, Fill: true})
				var sents []string
				if err == nil {
					for _, s := range sum.Sentences {
						sents = append(sents, s.Text)
					}
				}
				out[i] = refs[i].Score(sents)
			}
		})
	}
	var err error
	for i := range clusters {
		if err = ctx.Err(); err != nil {
			break
		}
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	return out, err
}

// WriteTable writes the rows as a table: one line per variant with its
// mean figures and, against the base, the clusters whose ROUGE-1 it raises
// and lowers. With deltas, each variant's non-zero per-cluster ROUGE-1
// changes follow the table.
func (r *Result) WriteTable(w io.Writer, deltas bool) error {
	fmt.Fprintf(w, "dataset %s, %d clusters; %d-word summaries, ROUGE %s ×100 (ROUGE-1.5.5 %s)\n\n",
		r.Dataset, r.Clusters, r.Protocol.Words, r.Protocol.Measure, r.Protocol.Command)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(tw, "variant\t")
	for _, m := range r.Protocol.Metrics {
		fmt.Fprintf(tw, "%s %s\t", m, r.Protocol.Measure)
	}
	fmt.Fprint(tw, "R-1 better\tworse\t\n")
	for i, row := range r.Rows {
		name := row.Variant
		if i == 0 {
			name = "(base)"
		}
		fmt.Fprintf(tw, "%s\t", name)
		for _, f := range row.Figures {
			fmt.Fprintf(tw, "%.2f\t", f)
		}
		if i == 0 {
			fmt.Fprint(tw, "\t\t\n")
		} else {
			fmt.Fprintf(tw, "+%d\t-%d\t\n", row.Better, row.Worse)
		}
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("cannot write the table: %w", err)
	}
	if deltas {
		for _, row := range r.Rows[min(1, len(r.Rows)):] {
			fmt.Fprintf(w, "\n%s: R-1 change per cluster:", row.Variant)
			for c, d := range row.Deltas {
				if d != 0 && c < len(r.IDs) {
					fmt.Fprintf(w, " %s:%+.1f", r.IDs[c], d)
				}
			}
			fmt.Fprintln(w)
		}
	}
	return nil
}
