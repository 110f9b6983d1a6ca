package main

import (
	"context"
	"flag"
	"fmt"
	"io"

	"github.com/chorusnews/chorus/bench"
)

// runBenchClustering runs `chorus bench clustering`: bench.RunClustering
// over a dataset, one table. Missing data is an error, as for `chorus
// bench`.
func runBenchClustering(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fl := flag.NewFlagSet("bench clustering", flag.ContinueOnError)
	fl.SetOutput(stderr)
	var o bench.ClusteringOptions
	fl.StringVar(&o.Dataset, "dataset", "multinews-test", "dataset: multinews-test, multinews-val, duc2004, duc2003")
	fl.IntVar(&o.Limit, "limit", 1000, "number of clusters to read (0 = all)")
	fl.StringVar(&o.Dir, "data", "", "data directory (default: $CHORUS_DATA or ../shared/data beside go.mod)")
	fl.Uint64Var(&o.Seed, "seed", 1, "shuffle seed")
	asJSON := fl.Bool("json", false, "print JSON instead of a table")
	fl.BoolVar(&o.Dated, "dated", false, "order articles by publication date (DUC ids carry one) and apply the time window; otherwise times are ignored")
	fl.Float64Var(&o.Cluster.Join, "join", 0, "join threshold (0 = default)")
	fl.Float64Var(&o.Cluster.Merge, "merge", 0, "merge threshold (0 = default)")
	fl.Float64Var(&o.Cluster.Duplicate, "dup", 0, "near-duplicate threshold (0 = default)")
	fl.DurationVar(&o.Cluster.Window, "window", 0, "time window with --dated (0 = 72h)")
	fl.Float64Var(&o.Cluster.Prior, "prior", 0, "weight in documents of the background document frequencies (0 = default, <0 = none)")
	fl.Usage = func() {
		fmt.Fprintln(fl.Output(), "usage: chorus bench clustering [--dataset NAME] [--limit N] [--data DIR] [--seed N] [--json]")
		fl.PrintDefaults()
	}
	if _, err := parseArgs(fl, args, nil); err != nil {
		return err
	}
	if fl.NArg() > 0 {
		return usagef("clustering: unexpected argument %q", fl.Arg(0))
	}
	if o.Limit < 0 {
		return usagef("clustering: --limit must not be negative, got %d", o.Limit)
	}
	res, err := bench.RunClustering(ctx, o)
	if err != nil {
		return fmt.Errorf("cannot benchmark clustering: %w", err)
	}
	if *asJSON {
		return res.WriteJSON(stdout)
	}
	return res.WriteTable(stdout)
}
