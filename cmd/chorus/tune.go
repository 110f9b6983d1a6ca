package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/chorusnews/chorus/summarize"
	"github.com/chorusnews/chorus/tune"
)

// runTune runs `chorus tune`: the summarizer under variants of its tuning on
// a validation set, one ROUGE line per variant.
func runTune(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("tune", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var (
		name    = fs.String("dataset", "multinews-val", "validation `DATASET` (never a test split)")
		limit   = fs.Int("limit", 500, "read only the first `N` clusters (0: all)")
		data    = fs.String("data", "", "data `DIR` (default $CHORUS_DATA or ../shared/data beside the module)")
		base    = fs.String("base", "", "`SPEC` applied to the default tuning before every variant")
		model   = fs.String("model", "", "model `FILE` to tune with (default: the embedded model)")
		bp      = fs.String("boilerplate", "", "boilerplate table `FILE` to tune with (default: the embedded table)")
		sal     = fs.String("salience", "", "salience table `FILE` to tune with (default: the embedded table)")
		workers = fs.Int("workers", 0, "`N` clusters summarized at once (0: one per CPU)")
		deltas  = fs.Bool("deltas", false, "print each variant's per-cluster ROUGE-1 changes")
	)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: chorus tune [options] [VARIANT ...]\n\n"+
			"Scores the summarizer on a validation set under the bench protocol, first with\n"+
			"the base tuning, then with each VARIANT: name=value,... applied to the base, e.g.\n"+
			"  chorus tune -dataset duc2003 -limit 0 'pospri=0.7' 'pospri=1,pospow=2'\n"+
			"Each variant line says on how many clusters it raises and lowers ROUGE-1.\n\n"+
			"parameters: %s\n\noptions:\n", strings.Join(summarize.TuningNames(), ", "))
		fs.PrintDefaults()
	}
	if _, err := parseArgs(fs, args, nil); err != nil {
		return err
	}
	var problem string
	switch {
	case *limit < 0 || *workers < 0:
		problem = "--limit and --workers must not be negative"
	case tune.IsTestSet(*name):
		problem = fmt.Sprintf("%s is a test set: tune on validation data (multinews-val, duc2003)", *name)
	}
	t := summarize.DefaultTuning()
	if err := t.Set(*base); problem == "" && err != nil {
		problem = fmt.Sprintf("--base: %v", err)
	}
	for _, v := range fs.Args() {
		var probe summarize.Tuning
		if err := probe.Set(v); problem == "" && err != nil {
			problem = fmt.Sprintf("variant %q: %v", v, err)
		}
	}
	if problem != "" {
		return usagef("%s", problem)
	}
	opts := tune.Options{Dataset: *name, Dir: *data, Limit: *limit, Variants: fs.Args(), Workers: *workers}
	opts.Summarizer.Tuning = &t
	if err := readInto(*model, summarize.ReadModel, &opts.Summarizer.Model); err != nil {
		return err
	}
	if err := readInto(*bp, summarize.ReadBoilerplate, &opts.Summarizer.Boilerplate); err != nil {
		return err
	}
	if err := readInto(*sal, summarize.ReadSalience, &opts.Summarizer.Salience); err != nil {
		return err
	}
	res, err := tune.Run(ctx, opts)
	if err != nil {
		return err
	}
	return res.WriteTable(stdout, *deltas)
}

// readInto reads the file at path with read into *dst; an empty path leaves
// *dst alone.
func readInto[T any](path string, read func(io.Reader) (*T, error), dst **T) error {
	if path == "" {
		return nil
	}
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("cannot open %s: %w", path, err)
	}
	defer f.Close()
	v, err := read(f)
	if err != nil {
		return fmt.Errorf("cannot read %s: %w", path, err)
	}
	*dst = v
	return nil
}
