package bench

import (
	"context"
	"fmt"
	"maps"
	"math"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/baseline"
	"github.com/chorusnews/chorus/dataset"
	"github.com/chorusnews/chorus/rouge"
)

// Options controls a benchmark run. Only Dataset is required.
type Options struct {
	// Dataset is one of dataset.Names().
	Dataset string
	// Dir is the data directory; "" means dataset.Dir().
	Dir string
	// Systems are the systems to run, in table order; nil means
	// DefaultSystems(Dataset).
	Systems []string
	// Limit, when positive, reads only the first Limit clusters.
	Limit int
	// Seed seeds the bootstrap. Seed 0 draws the same resamples as
	// ROUGE-1.5.5 (its clusters are in ROUGE's order when the dataset's are
	// sorted by id, as DUC's are).
	Seed int64
	// Resamples is the number of bootstrap resamples; 0 means 1000.
	Resamples int
	// Workers is the number of clusters summarized at once; 0 means
	// runtime.NumCPU().
	Workers int
	// OnSummary, if set, receives every summary (one sentence per element),
	// system by system, clusters in dataset order. An error stops the run.
	OnSummary func(system, cluster string, sentences []string) error
	// OnScores, if set, receives every cluster's ROUGE scores (fractions,
	// not ×100: one per evaluation, or one per reference left out when
	// jackknifed), in OnSummary's order. An error stops the run.
	OnScores func(system, cluster string, evals []rouge.Scores) error
	// Progress, if set, is called once per cluster per system.
	Progress func()
	// NoQuery withholds the topic statement of a query-focused dataset
	// (dataset.IsQuery) from every system, so that each gives its generic
	// summary; by default chorus and chorus-update are given it
	// (chorus.Options.Query) and the baselines ignore it.
	NoQuery bool
	// References, if set, is a directory of references written by hand
	// for some of the dataset's clusters (dataset.ReadReferences): only
	// those clusters are read, scored against them instead of the
	// dataset's own; Limit counts them.
	References string

	refs map[string][][]string
}

// Result is a benchmark table.
type Result struct {
	Dataset string `json:"dataset"`
	// Protocol names the protocol: "sumrepo" or "multinews".
	Protocol string `json:"protocol"`
	Clusters int    `json:"clusters"`
	Rows     []Row  `json:"rows"`
	// ProtocolDetail gives the budget, measure and ROUGE options.
	ProtocolDetail string `json:"protocol_detail"`
	// Confidence describes the intervals, e.g. "95% bootstrap, 1000 resamples, seed 1".
	Confidence string `json:"confidence"`
	// References is Options.References: the directory of the references
	// scored against, "" for the dataset's own.
	References string `json:"references,omitempty"`
	// PeakRSSPerPass tells whether each row's peak RSS covers only that
	// system's pass (true) or the whole process so far (false).
	PeakRSSPerPass bool `json:"peak_rss_per_pass"`
	// StartRSSMB is the resident set size before the first pass, in MB: the
	// program's own baseline (code, embedded data, package initialization),
	// included in every row's PeakRSSMB.
	StartRSSMB float64 `json:"start_rss_mb"`

	proto Protocol
}

// Row is one system's figures.
type Row struct {
	System string `json:"system"`
	// Rouge maps each reported measure ("ROUGE-1" …) to its figures ×100.
	Rouge map[string]Figure `json:"rouge"`
	// ClustersPerSecond is Clusters / Seconds.
	ClustersPerSecond float64 `json:"clusters_per_second"`
	// Seconds is the summarization time summed over clusters: CPU time of
	// the summarizing threads on Linux (so a busy machine does not inflate
	// it), wall time elsewhere; ROUGE scoring and reading excluded.
	Seconds float64 `json:"seconds"`
	// PeakRSSMB is the peak resident set size (VmHWM) in MB during this
	// system's pass (summarizing and scoring), see Result.PeakRSSPerPass.
	PeakRSSMB float64 `json:"peak_rss_mb"`
	// RougeSeconds is the ROUGE scoring time summed over clusters, measured
	// like Seconds.
	RougeSeconds float64 `json:"rouge_seconds"`
	// WallSeconds is the wall-clock time of the pass with all workers.
	WallSeconds float64 `json:"wall_seconds"`
	// MeanWords is the mean summary length in words, before ROUGE's cut.
	MeanWords float64 `json:"mean_words"`
	// NewContent is, on an update dataset (examples with articles already
	// read), the mean new-content recall ×100 over NewClusters clusters
	// (novelty.go); 0 elsewhere.
	NewContent  float64 `json:"new_content,omitempty"`
	NewClusters int     `json:"new_clusters,omitempty"`
	// BySet is, on an update dataset whose cluster ids end in a set letter
	// ("D0703A-B": set B), each set's mean recall ×100 of every reported
	// measure, sets in letter order; nil elsewhere.
	BySet []SetFigure `json:"by_set,omitempty"`
	// Paired is, on an update dataset, this row against the table's first
	// row over the same evaluations (paired.go); nil for the first row and
	// elsewhere.
	Paired *Paired `json:"paired,omitempty"`
	// Errors counts clusters the system failed on (an error or a panic);
	// they score zero.
	Errors int `json:"errors"`
	// FirstError describes the first failure in dataset order, if any.
	FirstError string `json:"first_error,omitempty"`

	evals    [][]rouge.Scores // each cluster's evaluations, in dataset order
	clusters []string         // each cluster's id, in dataset order
}

// SetFigure is one set's figures of an update dataset (Row.BySet): the
// mean over the set's clusters of each measure's recall ×100 (each
// cluster's mean over its evaluations when jackknifed), without an
// interval.
type SetFigure struct {
	Set      string             `json:"set"`
	Clusters int                `json:"clusters"`
	R        map[string]float64 `json:"R"`
}

// Figure is one ROUGE measure ×100: the mean over clusters of recall,
// precision and F, each with its bootstrap confidence interval.
type Figure struct {
	R     float64 `json:"R"`
	P     float64 `json:"P"`
	F     float64 `json:"F"`
	RLow  float64 `json:"R_low"`
	RHigh float64 `json:"R_high"`
	PLow  float64 `json:"P_low"`
	PHigh float64 `json:"P_high"`
	FLow  float64 `json:"F_low"`
	FHigh float64 `json:"F_high"`
}

// Run benchmarks each system in turn over the dataset, streaming it once per
// system with a bounded pool of workers.
func Run(ctx context.Context, opts Options) (*Result, error) {
	proto, err := ProtocolFor(opts.Dataset)
	if err != nil {
		return nil, err
	}
	if opts.Dir == "" {
		if opts.Dir, err = dataset.Dir(); err != nil {
			return nil, err
		}
	}
	names := opts.Systems
	if len(names) == 0 {
		names = DefaultSystems(opts.Dataset)
	}
	systems := make([]baseline.System, len(names))
	for i, n := range names {
		if systems[i], err = newSystem(n, opts.Dataset); err != nil {
			return nil, err
		}
	}
	if opts.References != "" {
		if opts.refs, err = dataset.ReadReferences(opts.References); err != nil {
			return nil, err
		}
	}
	if opts.Resamples <= 0 {
		opts.Resamples = 1000
	}
	if opts.Workers <= 0 {
		opts.Workers = runtime.NumCPU()
	}
	res := &Result{
		Dataset:        opts.Dataset,
		Protocol:       proto.Name,
		ProtocolDetail: proto.describe(),
		Confidence:     fmt.Sprintf("95%% bootstrap, %d resamples, seed %d", opts.Resamples, opts.Seed),
		PeakRSSPerPass: true,
		References:     opts.References,
		proto:          proto,
	}
	for _, sys := range systems {
		row, n, err := pass(ctx, sys, proto, opts, res)
		if err != nil {
			return nil, fmt.Errorf("cannot benchmark %s: %w", sys.Name(), err)
		}
		res.Clusters = n
		res.Rows = append(res.Rows, row)
	}
	if dataset.IsUpdate(opts.Dataset) {
		for i := 1; i < len(res.Rows); i++ {
			res.Rows[i].Paired = paired(&res.Rows[i], &res.Rows[0], proto.Metrics, opts)
		}
	}
	return res, nil
}

// outcome is one summarized and scored cluster.
type outcome struct {
	i          int
	cluster    string
	sentences  []string
	words      int
	evals      []rouge.Scores // one per evaluation: one, or one per reference left out (Protocol.Jackknife)
	fresh      float64        // new-content recall (novelty.go), when hasNew
	hasNew     bool
	sum, score time.Duration
	err        error
}

// pass runs one system over the dataset and returns its row and the number
// of clusters.
func pass(ctx context.Context, sys baseline.System, proto Protocol, opts Options, res *Result) (Row, int, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	if !resetPeakRSS() {
		res.PeakRSSPerPass = false
	}
	if len(res.Rows) == 0 {
		res.StartRSSMB = math.Round(rssMB())
	}
	began := time.Now()
	jobs := make(chan outcomeJob, opts.Workers)
	results := make(chan outcome, opts.Workers)
	var readErr error
	go func() {
		defer close(jobs)
		i := 0
		send := func(ex dataset.Example) error {
			select {
			case jobs <- outcomeJob{i, ex}:
				i++
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		if opts.refs != nil {
			readErr = dataset.ReadWithReferences(opts.Dir, opts.Dataset, opts.refs, opts.Limit, send)
		} else {
			readErr = dataset.Read(opts.Dir, opts.Dataset, opts.Limit, send)
		}
	}()
	var wg sync.WaitGroup
	for range opts.Workers {
		wg.Go(func() {
			defer lockThread()()
			for j := range jobs {
				sopts := chorus.Options{Words: proto.Words, Fill: true}
				if !opts.NoQuery {
					sopts.Query = j.ex.Query
				}
				results <- work(sys, j, sopts, proto)
			}
		})
	}
	go func() { wg.Wait(); close(results) }()

	var (
		perCluster [][]rouge.Scores
		setOf      []string // cluster → its set letter (setLetter), "" for none
		pending    = map[int]outcome{}
		next       int
		row        = Row{System: sys.Name()}
		sumTime    time.Duration
		words      int
		scoreTime  time.Duration
		fresh      float64
		cbErr      error
		first      = -1
	)
	for o := range results {
		for len(perCluster) <= o.i {
			perCluster = append(perCluster, nil)
		}
		perCluster[o.i] = o.evals
		for len(row.clusters) <= o.i {
			row.clusters = append(row.clusters, "")
		}
		row.clusters[o.i] = o.cluster
		for len(setOf) <= o.i {
			setOf = append(setOf, "")
		}
		setOf[o.i] = setLetter(o.cluster)
		sumTime += o.sum
		words += o.words
		scoreTime += o.score
		if o.hasNew {
			fresh += o.fresh
			row.NewClusters++
		}
		if o.err != nil {
			row.Errors++
			if first < 0 || o.i < first {
				first, row.FirstError = o.i, fmt.Sprintf("cluster %s: %v", o.cluster, o.err)
			}
		}
		if opts.Progress != nil {
			opts.Progress()
		}
		pending[o.i] = o
		for ; ; next++ {
			p, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			if opts.OnSummary != nil && cbErr == nil {
				if cbErr = opts.OnSummary(sys.Name(), p.cluster, p.sentences); cbErr != nil {
					cancel()
				}
			}
			if opts.OnScores != nil && cbErr == nil {
				if cbErr = opts.OnScores(sys.Name(), p.cluster, p.evals); cbErr != nil {
					cancel()
				}
			}
		}
	}
	switch {
	case cbErr != nil:
		return Row{}, 0, cbErr
	case readErr != nil:
		return Row{}, 0, readErr
	case ctx.Err() != nil:
		return Row{}, 0, ctx.Err()
	}
	row.WallSeconds = time.Since(began).Seconds()
	row.Seconds = sumTime.Seconds()
	row.RougeSeconds = scoreTime.Seconds()
	if row.Seconds > 0 {
		row.ClustersPerSecond = float64(len(perCluster)) / row.Seconds
	}
	row.PeakRSSMB = peakRSSMB()
	if len(perCluster) > 0 {
		row.MeanWords = math.Round(10*float64(words)/float64(len(perCluster))) / 10
	}
	if row.NewClusters > 0 {
		row.NewContent = pct(fresh / float64(row.NewClusters))
	}
	var evals []rouge.Scores
	for _, e := range perCluster {
		evals = append(evals, e...)
	}
	row.Rouge = figures(evals, proto, opts)
	if dataset.IsUpdate(opts.Dataset) {
		row.BySet = bySet(perCluster, setOf, proto.Metrics)
		row.evals = perCluster
	}
	return row, len(perCluster), nil
}

// setLetter returns the set of an update cluster id, the capital letter
// after its last "-" ("D0703A-B" → "B"), or "" when it has none.
func setLetter(id string) string {
	i := strings.LastIndexByte(id, '-')
	if i < 0 || len(id)-i != 2 || id[i+1] < 'A' || id[i+1] > 'Z' {
		return ""
	}
	return id[i+1:]
}

// bySet averages each measure's recall over the clusters of each set
// (perCluster: each cluster's evaluations; setOf: each cluster's set), a
// cluster weighing once however many evaluations it has. It returns nil
// when no cluster has a set.
func bySet(perCluster [][]rouge.Scores, setOf []string, metrics []string) []SetFigure {
	sums := map[string]map[string]float64{}
	counts := map[string]int{}
	for i, evals := range perCluster {
		if i >= len(setOf) || setOf[i] == "" || len(evals) == 0 {
			continue
		}
		set := setOf[i]
		if sums[set] == nil {
			sums[set] = map[string]float64{}
		}
		counts[set]++
		for _, m := range metrics {
			r := 0.0
			for _, e := range evals {
				r += e[m].R
			}
			sums[set][m] += r / float64(len(evals))
		}
	}
	var out []SetFigure
	for _, set := range slices.Sorted(maps.Keys(counts)) {
		f := SetFigure{Set: set, Clusters: counts[set], R: map[string]float64{}}
		for _, m := range metrics {
			f.R[m] = pct(sums[set][m] / float64(counts[set]))
		}
		out = append(out, f)
	}
	return out
}

// outcomeJob is one example to summarize, with its position.
type outcomeJob struct {
	i  int
	ex dataset.Example
}

// work summarizes and scores one cluster.
func work(sys baseline.System, j outcomeJob, opts chorus.Options, proto Protocol) outcome {
	o := outcome{i: j.i, cluster: j.ex.Cluster.ID}
	t0 := clock()
	sum, err := safeSummarize(sys, j.ex, opts)
	o.sum = clock() - t0
	o.err = err
	for _, s := range sum.Sentences {
		o.sentences = append(o.sentences, s.Text)
		o.words += len(strings.Fields(s.Text))
	}
	t1 := clock()
	if proto.Jackknife {
		o.evals = rouge.Jackknife(o.sentences, j.ex.References, proto.Options)
	} else {
		o.evals = []rouge.Scores{rouge.Evaluate(o.sentences, j.ex.References, proto.Options)}
	}
	o.score = clock() - t1
	o.fresh, o.hasNew = newContent(o.sentences, j.ex.Before, j.ex.Cluster.Articles, j.ex.References, proto.Words)
	return o
}

// start is the origin of clock's wall-time fallback.
var start = time.Now()

// clock returns the calling thread's CPU time, or wall time where that is
// unavailable.
func clock() time.Duration {
	if d, ok := threadClock(); ok {
		return d
	}
	return time.Since(start)
}

// figures bootstraps the per-evaluation scores (one per cluster, or one per
// cluster and left-out reference when jackknifed) into the reported figures.
func figures(evals []rouge.Scores, proto Protocol, opts Options) map[string]Figure {
	out := map[string]Figure{}
	if len(evals) == 0 {
		return out
	}
	ivs := rouge.Bootstrap(evals, opts.Resamples, 95, opts.Seed)
	for _, m := range proto.Metrics {
		iv := ivs[m]
		out[m] = Figure{
			R: pct(iv.Mean.R), P: pct(iv.Mean.P), F: pct(iv.Mean.F),
			RLow: pct(iv.Low.R), RHigh: pct(iv.High.R),
			PLow: pct(iv.Low.P), PHigh: pct(iv.High.P),
			FLow: pct(iv.Low.F), FHigh: pct(iv.High.F),
		}
	}
	return out
}

// pct scales a ROUGE value to ×100, rounded to 4 decimals.
func pct(x float64) float64 { return math.Round(x*1e6) / 1e4 }

// safeSummarize runs one system on one example, turning a panic into an
// error so that one bad cluster is counted rather than ending the run.
func safeSummarize(sys baseline.System, ex dataset.Example, opts chorus.Options) (sum chorus.Summary, err error) {
	defer func() {
		if p := recover(); p != nil {
			sum, err = chorus.Summary{}, fmt.Errorf("panic: %v", p)
		}
	}()
	return summarizeExample(sys, ex, opts)
}
