package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"sort"

	"github.com/chorusnews/chorus/dataset"
	"github.com/chorusnews/chorus/rouge"
)

const evalUsage = `usage: chorus eval --references R --candidates C [options]

Scores candidate summaries against reference summaries with ROUGE, giving the
same numbers as the official ROUGE-1.5.5 with the same options.

R and C are each a directory or a JSON Lines file (optionally .gz).

Directories hold one summary per file, one sentence per line (blank lines
are skipped). A file's cluster id is its name up to the first dot. Candidates:
one file per cluster (d30001.txt). References: several files per cluster named
ID.ANYTHING (d30001.A, d30001.B.txt), or one subdirectory per cluster holding
one file per reference (d30001/A, d30001/B).

JSON Lines candidates: {"id": "d30001", "summary": "one sentence per line"}
or "summary": ["sentence", ...]; "cluster" may replace "id", "sentences" may
replace "summary", and an optional "system" field scores several systems from
one file. JSON Lines references: {"id": "d30001", "references": [R, ...]}
where each R is a string (one sentence per line), a list of sentences, or
{"sentences": [...]}.

Clusters present on one side only are reported on stderr and skipped; it is an
error when no cluster has both.

options:
`

// evalFlags are the ROUGE-1.5.5-like options of chorus eval.
type evalFlags struct {
	refs, cands string
	opts        rouge.Options
	confidence  float64
	resamples   int
	formula     string
	perCluster  bool
	json        bool
}

func parseEvalFlags(args []string, stderr io.Writer) (*evalFlags, error) {
	f := &evalFlags{}
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&f.refs, "references", "", "reference summaries: a `PATH` (directory or JSON Lines)")
	fs.StringVar(&f.cands, "candidates", "", "candidate summaries: a `PATH` (directory or JSON Lines)")
	fs.IntVar(&f.opts.MaxN, "n", 2, "compute ROUGE-1 to ROUGE-`N`")
	fs.IntVar(&f.opts.SkipGap, "2", 0, "compute skip-bigrams ROUGE-S with at most `GAP` words between (negative: no limit)")
	fs.BoolVar(&f.opts.SkipUnigrams, "U", false, "with -2, also compute ROUGE-SU (skip-bigrams plus unigrams)")
	fs.BoolVar(&f.opts.NoLCS, "x", false, "do not compute ROUGE-L")
	fs.BoolVar(&f.opts.Stem, "m", false, "stem with the Porter stemmer (and WordNet exceptions) as ROUGE-1.5.5 does")
	fs.BoolVar(&f.opts.RemoveStopwords, "s", false, "remove ROUGE's stopwords")
	fs.IntVar(&f.opts.WordLimit, "l", 0, "use only the first `N` words of every summary")
	fs.IntVar(&f.opts.ByteLimit, "b", 0, "use only the first `N` bytes of every summary")
	fs.Float64Var(&f.opts.Alpha, "p", 0.5, "F-measure weight `ALPHA` of precision (0 < ALPHA <= 1)")
	fs.Float64Var(&f.confidence, "c", 95, "confidence interval in `PERCENT`")
	fs.IntVar(&f.resamples, "r", 1000, "bootstrap resamples `N` (0: plain means, no interval)")
	fs.StringVar(&f.formula, "f", "A", "with several references: A averages over them, B keeps the best")
	fs.BoolVar(&f.perCluster, "per-cluster", false, "also print every cluster's scores (like ROUGE's -d)")
	fs.BoolVar(&f.json, "json", false, "print JSON instead of ROUGE's text format")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), evalUsage)
		fs.PrintDefaults()
	}
	if _, err := parseArgs(fs, args, nil); err != nil {
		return nil, err
	}
	problem := ""
	switch {
	case fs.NArg() > 0:
		problem = fmt.Sprintf("unexpected argument %q", fs.Arg(0))
	case f.refs == "" || f.cands == "":
		problem = "both --references and --candidates are required"
	case f.opts.MaxN < 0 || f.opts.WordLimit < 0 || f.opts.ByteLimit < 0 || f.resamples < 0:
		problem = "-n, -l, -b and -r must not be negative"
	case f.opts.WordLimit > 0 && f.opts.ByteLimit > 0:
		problem = "give a length limit in words (-l) or bytes (-b), not both"
	case f.opts.Alpha <= 0 || f.opts.Alpha > 1:
		problem = "-p must be in (0, 1]"
	case f.confidence < 0 || f.confidence > 100:
		problem = "-c must be within 0 and 100"
	case f.formula != "A" && f.formula != "B":
		problem = "-f must be A or B"
	case f.opts.SkipUnigrams && f.opts.SkipGap == 0:
		problem = "-U needs -2"
	}
	if problem != "" {
		return nil, usagef("%s", problem)
	}
	f.opts.Best = f.formula == "B"
	return f, nil
}

// runEval scores candidate summaries against references and prints ROUGE's
// averages with bootstrap confidence intervals, per system.
func runEval(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	f, err := parseEvalFlags(args, stderr)
	if err != nil {
		return err
	}
	refs, err := dataset.ReadReferences(f.refs)
	if err != nil {
		return err
	}
	cands, err := dataset.ReadCandidates(f.cands)
	if err != nil {
		return err
	}
	results, err := scoreSystems(ctx, refs, cands, f, stderr)
	if err != nil {
		return err
	}
	if f.json {
		return writeEvalJSON(stdout, results, f)
	}
	return writeEvalText(stdout, results, f)
}

// maxEvalWarnings caps the warnings about unmatched clusters.
const maxEvalWarnings = 10

// systemResult is one system's per-cluster scores and their bootstrap.
type systemResult struct {
	name     string
	ids      []string // cluster ids in ROUGE's order
	clusters []rouge.Scores
	average  map[string]rouge.Interval
}

func scoreSystems(ctx context.Context, refs map[string][][]string, cands map[string]map[string][]string, f *evalFlags, stderr io.Writer) ([]systemResult, error) {
	prepared := map[string]*rouge.References{}
	used := map[string]bool{}
	warnings := 0
	warn := func(format string, args ...any) {
		if warnings++; warnings <= maxEvalWarnings {
			fmt.Fprintf(stderr, "chorus eval: warning: "+format+"\n", args...)
		}
	}
	var out []systemResult
	for _, system := range evalSortedKeys(cands) {
		res := systemResult{name: system}
		clusters := cands[system]
		// ROUGE resamples clusters in the order of "clusterID.systemID".
		ids := evalSortedKeys(clusters)
		sort.SliceStable(ids, func(i, j int) bool { return ids[i]+"."+system < ids[j]+"."+system })
		for _, id := range ids {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			ref, ok := refs[id]
			if !ok {
				warn("no references for cluster %s (system %s): skipped", id, system)
				continue
			}
			used[id] = true
			r := prepared[id]
			if r == nil {
				r = rouge.NewReferences(ref, f.opts)
				prepared[id] = r
			}
			res.ids = append(res.ids, id)
			res.clusters = append(res.clusters, r.Score(clusters[id]))
		}
		if len(res.ids) == 0 {
			warn("system %s has no cluster with references: skipped", system)
			continue
		}
		res.average = rouge.Bootstrap(res.clusters, f.resamples, f.confidence, 0)
		out = append(out, res)
	}
	for _, id := range evalSortedKeys(refs) {
		if !used[id] {
			warn("no candidate for cluster %s: skipped", id)
		}
	}
	if warnings > maxEvalWarnings {
		fmt.Fprintf(stderr, "chorus eval: %d more warnings not shown\n", warnings-maxEvalWarnings)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("cannot evaluate: no cluster id appears in both %s and %s", f.refs, f.cands)
	}
	return out, nil
}

func writeEvalText(w io.Writer, results []systemResult, f *evalFlags) error {
	bw := bufio.NewWriter(w)
	for _, res := range results {
		for _, metric := range f.opts.Metrics() {
			iv := res.average[metric]
			fmt.Fprintln(bw, "---------------------------------------------")
			for _, c := range []struct {
				name            string
				mean, low, high float64
			}{
				{"R", iv.Mean.R, iv.Low.R, iv.High.R},
				{"P", iv.Mean.P, iv.Low.P, iv.High.P},
				{"F", iv.Mean.F, iv.Low.F, iv.High.F},
			} {
				fmt.Fprintf(bw, "%s %s Average_%s: %.5f (%g%%-conf.int. %.5f - %.5f)\n",
					res.name, metric, c.name, c.mean, f.confidence, c.low, c.high)
			}
			if f.perCluster {
				fmt.Fprintln(bw, ".............................................")
				for i, id := range res.ids {
					s := res.clusters[i][metric]
					fmt.Fprintf(bw, "%s %s Eval %s.%s R:%.5f P:%.5f F:%.5f\n", res.name, metric, id, res.name, s.R, s.P, s.F)
				}
			}
		}
	}
	return bw.Flush()
}

// evalJSON is the --json output.
type evalJSON struct {
	Options map[string]any        `json:"options"`
	Systems map[string]systemJSON `json:"systems"`
}

type systemJSON struct {
	Clusters   int                                `json:"clusters"`
	Average    map[string]map[string]intervalJSON `json:"average"`
	PerCluster map[string]map[string]scoreJSON    `json:"per_cluster,omitempty"`
}

type intervalJSON struct {
	Mean float64 `json:"mean"`
	Low  float64 `json:"low"`
	High float64 `json:"high"`
}

type scoreJSON struct {
	R float64 `json:"R"`
	P float64 `json:"P"`
	F float64 `json:"F"`
}

func writeEvalJSON(w io.Writer, results []systemResult, f *evalFlags) error {
	out := evalJSON{
		Options: map[string]any{
			"n": f.opts.MaxN, "skip_gap": f.opts.SkipGap, "skip_unigrams": f.opts.SkipUnigrams,
			"lcs": !f.opts.NoLCS, "stem": f.opts.Stem, "remove_stopwords": f.opts.RemoveStopwords,
			"word_limit": f.opts.WordLimit, "byte_limit": f.opts.ByteLimit, "alpha": f.opts.Alpha,
			"confidence": f.confidence, "resamples": f.resamples, "formula": f.formula,
		},
		Systems: map[string]systemJSON{},
	}
	for _, res := range results {
		sj := systemJSON{Clusters: len(res.ids), Average: map[string]map[string]intervalJSON{}}
		for _, metric := range f.opts.Metrics() {
			iv := res.average[metric]
			sj.Average[metric] = map[string]intervalJSON{
				"R": {iv.Mean.R, iv.Low.R, iv.High.R},
				"P": {iv.Mean.P, iv.Low.P, iv.High.P},
				"F": {iv.Mean.F, iv.Low.F, iv.High.F},
			}
		}
		if f.perCluster {
			sj.PerCluster = map[string]map[string]scoreJSON{}
			for i, id := range res.ids {
				m := map[string]scoreJSON{}
				for name, s := range res.clusters[i] {
					m[name] = scoreJSON{s.R, s.P, s.F}
				}
				sj.PerCluster[id] = m
			}
		}
		out.Systems[res.name] = sj
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func evalSortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
