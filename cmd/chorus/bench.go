package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/chorusnews/chorus/bench"
	"github.com/chorusnews/chorus/dataset"
	"github.com/chorusnews/chorus/rouge"
)

// runBench runs `chorus bench`: summarizers over a dataset, one ROUGE table.
// `chorus bench clustering ...` is the clustering benchmark, `chorus bench
// defects ...` the sentence defect measures (bench_defects.go).
func runBench(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) > 0 && args[0] == "clustering" {
		return runBenchClustering(ctx, args[1:], stdin, stdout, stderr)
	}
	if len(args) > 0 && args[0] == "metadata" {
		return runBenchMetadata(ctx, args[1:], stdin, stdout, stderr)
	}
	if len(args) > 0 && args[0] == "extraction" {
		return runBenchExtraction(ctx, args[1:], stdin, stdout, stderr)
	}
	if len(args) > 0 && args[0] == "defects" {
		return runBenchDefects(ctx, args[1:], stdin, stdout, stderr)
	}
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var (
		name      = fs.String("dataset", "", "dataset: "+strings.Join(dataset.Names(), ", "))
		systems   = fs.String("system", "", "comma-separated systems to run, some of "+strings.Join(bench.SystemNames(), ",")+" (default: the dataset's, see bench.DefaultSystems)")
		limit     = fs.Int("limit", 0, "read only the first N clusters (0: all)")
		asJSON    = fs.Bool("json", false, "print the table as JSON")
		out       = fs.String("out", "", "write every summary to `DIR`/SYSTEM/CLUSTER.txt, one sentence per line, and its ROUGE to CLUSTER.rouge.tsv")
		data      = fs.String("data", "", "data `DIR` (default $CHORUS_DATA or ../shared/data beside the module)")
		published = fs.Bool("published", false, "show the published figures beside ours: SumRepo (duc2004), NIST's participants (duc2006, duc2007-update)")
		noQuery   = fs.Bool("no-query", false, "withhold the topic statement of duc2006 and duc2007-update from every system (generic summaries)")
		seed      = fs.Int64("seed", 0, "bootstrap seed (0 draws ROUGE-1.5.5's resamples)")
		workers   = fs.Int("workers", 0, "clusters summarized at once (0: one per CPU)")
		refs      = fs.String("refs", "", "score only the clusters with a reference in `DIR` (CLUSTER.txt or CLUSTER.N.txt, one sentence a line), against those references instead of the dataset's")
	)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: chorus bench --dataset NAME [options]\n       chorus bench clustering [options]\n       chorus bench defects [options]   (summary defects, detector precision and recall)\n       chorus bench extraction --dataset NAME [options]   (HTML main-text extraction)\n\n"+
			"Runs summarizers over a dataset and prints ROUGE with 95%% bootstrap intervals.\n"+
			"DUC: 100 words, recall of ROUGE-1/2/4 (SumRepo). Multi-News: 260 words, F of ROUGE-1/2/SU4.\n"+
			"duc2006, duc2007-update: 250 and 100 words, jackknifed recall of ROUGE-2/SU4 (NIST); chorus and\n"+
			"chorus-update are given the topic statement, chorus-generic is not; chorus-update reads the earlier sets.\n\noptions:\n")
		fs.PrintDefaults()
	}
	if _, err := parseArgs(fs, args, nil); err != nil {
		return err
	}
	var names []string
	if *systems == "" {
		*systems = strings.Join(bench.DefaultSystems(*name), ",")
	}
	for _, s := range strings.Split(*systems, ",") {
		if s = strings.ToLower(strings.TrimSpace(s)); s != "" {
			names = append(names, s)
		}
	}
	var problem string
	switch {
	case fs.NArg() > 0:
		problem = fmt.Sprintf("unexpected argument %q", fs.Arg(0))
	case *name == "":
		problem = "--dataset is required"
	case !slices.Contains(dataset.Names(), *name):
		problem = fmt.Sprintf("unknown dataset %q (want one of %s)", *name, strings.Join(dataset.Names(), ", "))
	case len(names) == 0:
		problem = "--system names no system"
	case *limit < 0 || *workers < 0:
		problem = "--limit and --workers must not be negative"
	}
	for _, s := range names {
		if problem == "" && !slices.Contains(bench.SystemNames(), s) {
			problem = fmt.Sprintf("unknown system %q (want some of %s)", s, strings.Join(bench.SystemNames(), ","))
		}
	}
	if problem != "" {
		return usagef("%s", problem)
	}

	opts := bench.Options{Dataset: *name, Dir: *data, Systems: names, Limit: *limit, Seed: *seed, Workers: *workers, NoQuery: *noQuery, References: *refs}
	if *out != "" {
		opts.OnSummary = summaryWriter(*out)
		opts.OnScores = scoreWriter(*out)
	}
	if f, ok := stderr.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		total := dataset.Count(*name)
		if *refs != "" {
			total = 0 // unknown until the references are read
		}
		if *limit > 0 {
			total = min(total, *limit)
		}
		bar := progressbar.NewOptions(total*len(names),
			progressbar.OptionSetWriter(stderr),
			progressbar.OptionSetDescription("bench "+*name),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		)
		opts.Progress = func() { bar.Add(1) }
		defer bar.Finish()
	}
	res, err := bench.Run(ctx, opts)
	if err != nil {
		return err
	}
	if *asJSON {
		return res.WriteJSON(stdout, *published)
	}
	return res.WriteTable(stdout, *published)
}

// summaryWriter returns a bench.Options.OnSummary that writes each summary
// to dir/SYSTEM/CLUSTER.txt, one sentence per line.
func summaryWriter(dir string) func(system, cluster string, sentences []string) error {
	return func(system, cluster string, sentences []string) error {
		d := filepath.Join(dir, safeName(system))
		if err := os.MkdirAll(d, 0o755); err != nil {
			return fmt.Errorf("cannot write summaries: %w", err)
		}
		text := strings.Join(sentences, "\n")
		if text != "" {
			text += "\n"
		}
		if err := os.WriteFile(filepath.Join(d, safeName(cluster)+".txt"), []byte(text), 0o644); err != nil {
			return fmt.Errorf("cannot write summary: %w", err)
		}
		return nil
	}
}

// scoreWriter returns a bench.Options.OnScores that writes each cluster's
// ROUGE to dir/SYSTEM/CLUSTER.rouge.tsv: a line per metric with recall,
// precision and F ×100, the mean over the cluster's evaluations (one per
// reference left out when jackknifed).
func scoreWriter(dir string) func(system, cluster string, evals []rouge.Scores) error {
	return func(system, cluster string, evals []rouge.Scores) error {
		if len(evals) == 0 {
			return nil // a cluster the system failed on: no score
		}
		var metrics []string
		for m := range evals[0] {
			metrics = append(metrics, m)
		}
		slices.Sort(metrics)
		var b strings.Builder
		b.WriteString("metric\trecall\tprecision\tf\n")
		for _, m := range metrics {
			var r, p, f float64
			for _, e := range evals {
				r, p, f = r+e[m].R, p+e[m].P, f+e[m].F
			}
			n := float64(len(evals))
			fmt.Fprintf(&b, "%s\t%.3f\t%.3f\t%.3f\n", m, 100*r/n, 100*p/n, 100*f/n)
		}
		d := filepath.Join(dir, safeName(system))
		if err := os.MkdirAll(d, 0o755); err != nil {
			return fmt.Errorf("cannot write scores: %w", err)
		}
		if err := os.WriteFile(filepath.Join(d, safeName(cluster)+".rouge.tsv"), []byte(b.String()), 0o644); err != nil {
			return fmt.Errorf("cannot write scores: %w", err)
		}
		return nil
	}
}

// safeName keeps letters, digits, '-', '_' and '.' of s for a file name.
func safeName(s string) string {
	b := []byte(s)
	for i, c := range b {
		ok := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.'
		if !ok {
			b[i] = '_'
		}
	}
	if s := strings.Trim(string(b), "."); s != "" {
		return s
	}
	return "_"
}
